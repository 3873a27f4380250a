/**
 * Resolvers for members, household-leads and liaisons.
 *
 * - A member lives in the building named by `building_id`, else by exact `address` among
 *   current buildings (none: refused, "a member whose building does not exist"; neither
 *   given: the member lives outside the sub-district). Their branch is `branch_code` or
 *   `branch_name`, else the grid of the building they live in.
 * - A household-lead is an existing member; their building is `building_id`, `address`, or
 *   the member's own; their point is the file's, else the building's centre. Links are
 *   `links` (`12:6;13:4`), else `linked_households` in their own building.
 * - A liaison names an existing member and an existing building or neighbourhood.
 */
import type { Geometry } from 'geojson';
import type { LeadLink } from '../../shared/model';
import type { DataLayer } from '../../shared/import/layers';
import type { RowIssue } from '../../shared/import/row';
import { anchorPoint } from './lookups';
import { matchExisting, num, refError, text, updatable, type ResolveContext, type ResolveInput, type ResolveResult, type SqlValue } from './resolve-common';

/** The current building a row names by id or address: its id, null when it names none, or an error. */
function buildingOf(ctx: ResolveContext, id: number | null, address: string | null): { id: number | null; issue?: RowIssue } {
  if (id !== null) return ctx.lk.exists('building', id) ? { id } : { id: null, issue: refError('unknown_reference', 'building_id', `building ${id} does not exist (or is no longer current)`) };
  if (address === null) return { id: null };
  const found = ctx.lk.idBy('building', 'address', address);
  if (found === 'many') return { id: null, issue: refError('ambiguous_reference', 'address', `more than one current building has the address "${address}"; give building_id`) };
  if (found === null) return { id: null, issue: refError('unknown_reference', 'address', `no current building has the address "${address}"`) };
  return { id: found };
}

function branchOf(ctx: ResolveContext, code: string | null, name: string | null): { id: number | null; issue?: RowIssue } | null {
  const [column, field, value] = code !== null ? ['code', 'branch_code', code] : name !== null ? ['name', 'branch_name', name] : [null, null, null];
  if (!column || !field || value === null) return null;
  const id = ctx.lk.idBy('grid_branch', column, value);
  if (typeof id === 'number') return { id };
  return { id: null, issue: refError(id === 'many' ? 'ambiguous_reference' : 'unknown_reference', field, `no single current grid branch has ${column} "${value}"`) };
}

export function resolvePerson(layer: DataLayer, input: ResolveInput, ctx: ResolveContext): ResolveResult {
  const v = input.values;
  const id = num(v.id);
  const issues: RowIssue[] = [];
  const result = (table: string, match: ReturnType<typeof matchExisting>, columns: Record<string, SqlValue>, sources: Record<string, readonly string[]>, key: string, extra: { geometry?: Geometry | null; links?: LeadLink[] | null; always?: string[] } = {}): ResolveResult => {
    if (match.issue) issues.push(match.issue);
    if (issues.some((i) => i.severity === 'error')) return { resolved: null, issues };
    return {
      resolved: {
        table, existingId: match.existingId, newId: match.newId, columns, updateColumns: updatable(ctx, sources, extra.always ?? []),
        geometry: extra.geometry ?? null, links: extra.links ?? null, key,
      },
      issues,
    };
  };
  const memberMustExist = (): number | null => {
    const m = num(v.member_id);
    if (m !== null && !ctx.lk.exists('member', m)) issues.push(refError('unknown_reference', 'member_id', `member ${m} does not exist; import the members first`));
    return m;
  };

  if (layer === 'members') {
    const building = buildingOf(ctx, num(v.building_id), text(v.address));
    if (building.issue) issues.push(building.issue);
    let branch = branchOf(ctx, text(v.branch_code), text(v.branch_name));
    if (branch?.issue) issues.push(branch.issue);
    if (!branch) {
      branch = { id: building.id === null ? null : ctx.lk.row<{ branch_id: number | null }>('SELECT branch_id FROM building WHERE id = ?', building.id)?.branch_id ?? null };
      if (branch.id === null && !building.issue) issues.push({ severity: 'warning', code: 'no_place', field: 'branch_code', message: 'no grid branch: give branch_code, or a building that lies in a grid' });
    }
    const name = text(v.name) ?? '';
    const phone = text(v.phone) ?? '';
    const match = matchExisting(ctx, 'member', id, () => ctx.lk.row<{ id: number }>('SELECT id FROM member WHERE name = ? AND phone = ?', name, phone)?.id ?? null);
    return result('member', match, {
      name, gender: text(v.gender), birth_year: num(v.birth_year), membership: text(v.membership) ?? 'full', category: text(v.category), education: text(v.education),
      branch_id: branch.id, building_id: building.id, status: text(v.status) ?? 'active', last_contact: text(v.last_contact), phone,
    }, {
      name: ['name'], gender: ['gender'], birth_year: ['birth_year'], membership: ['membership'], category: ['category'], education: ['education'],
      branch_id: ['branch_code', 'branch_name', 'building_id', 'address'], building_id: ['building_id', 'address'], status: ['status'], last_contact: ['last_contact'], phone: ['phone'],
    }, id !== null ? `id ${id}` : `${name} ${phone}`);
  }

  const member = memberMustExist();
  if (layer === 'leads') {
    let building = buildingOf(ctx, num(v.building_id), text(v.address));
    if (building.id === null && !building.issue && member !== null) {
      building = { id: ctx.lk.row<{ building_id: number | null }>('SELECT building_id FROM member WHERE id = ?', member)?.building_id ?? null };
    }
    if (building.issue) issues.push(building.issue);
    else if (building.id === null && issues.length === 0) issues.push(refError('unknown_reference', 'building_id', 'a household-lead needs the building they live in: give building_id or address'));
    let point = input.geometry?.type === 'Point' ? (input.geometry.coordinates as [number, number]) : null;
    if (!point && building.id !== null) {
      const fp = ctx.lk.row<{ footprint: string }>('SELECT footprint FROM building WHERE id = ?', building.id);
      point = fp ? anchorPoint(JSON.parse(fp.footprint) as Geometry, true) : null;
    }
    let links: LeadLink[] | null = null;
    if (Array.isArray(v.links)) links = v.links;
    else if (typeof v.linked_households === 'number' && building.id !== null) links = [{ buildingId: building.id, households: v.linked_households }];
    for (const l of links ?? []) {
      if (!ctx.lk.exists('building', l.buildingId)) issues.push(refError('unknown_reference', 'links', `linked building ${l.buildingId} does not exist`));
    }
    const match = matchExisting(ctx, 'household_lead', id, () => (member === null ? null : ctx.lk.idBy('household_lead', 'member_id', String(member))));
    return result('household_lead', match, { member_id: member, building_id: building.id, lng: point?.[0] ?? null, lat: point?.[1] ?? null },
      { member_id: ['member_id'], building_id: ['building_id', 'address'] }, id !== null ? `id ${id}` : `member ${member}`,
      { links: ctx.mapped.has('links') || ctx.mapped.has('linked_households') ? links ?? [] : null, always: input.geometry ? ['lng', 'lat'] : [] });
  }

  const kind = text(v.target_kind);
  const target = num(v.target_id);
  if (kind && target !== null && !ctx.lk.exists(kind === 'building' ? 'building' : 'neighbourhood', target)) {
    issues.push(refError('unknown_reference', 'target_id', `${kind} ${target} does not exist`));
  }
  const match = matchExisting(ctx, 'liaison', id, () =>
    ctx.lk.row<{ id: number }>('SELECT id FROM liaison WHERE member_id = ? AND target_kind = ? AND target_id = ?', member, kind, target)?.id ?? null);
  return result('liaison', match, { member_id: member, target_kind: kind, target_id: target },
    { member_id: ['member_id'], target_kind: ['target_kind'], target_id: ['target_id'] }, id !== null ? `id ${id}` : `${member}:${kind}:${target}`);
}
