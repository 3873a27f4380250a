/**
 * Resolvers for the layers that are places: communities, grid branches, neighbourhoods,
 * buildings, roads, water and demolition zones.
 *
 * - A community belongs to the sub-district whose 9-digit code starts its 12-digit code.
 * - A grid belongs to the community named by `community_code`, else by the first 12 digits
 *   of its own code, else the community that holds it.
 * - A neighbourhood: `community_code`, else `community_name`, else the community holding it.
 * - A building: its grid by `branch_code` or `branch_name`, else the current grid that holds
 *   its footprint's centre (none: imported as unassigned, with a warning); its neighbourhood
 *   by `neighbourhood_id` or `neighbourhood_name`, else the one holding it (none is fine:
 *   street-front shops and public buildings stand outside compounds).
 */
import type { DataLayer } from '../../shared/import/layers';
import type { RowIssue } from '../../shared/import/row';
import { anchorPoint } from './lookups';
import { matchExisting, num, refError, text, updatable, type ResolveContext, type ResolveInput, type ResolveResult, type SqlValue } from './resolve-common';

type Found = { id: number | null; issue?: RowIssue };

/** A reference by a code or name column: an error when given but not found or not unique. */
function byColumn(ctx: ResolveContext, table: string, column: string, field: string, value: string | null, what: string): Found | null {
  if (value === null) return null;
  const id = ctx.lk.idBy(table, column, value);
  if (id === 'many') return { id: null, issue: refError('ambiguous_reference', field, `more than one ${what} is called "${value}"; give its code instead`) };
  if (id === null) return { id: null, issue: refError('unknown_reference', field, `no ${what} has ${column} "${value}"`) };
  return { id };
}

function communityOf(ctx: ResolveContext, input: ResolveInput, codePrefix: string | null): Found {
  const v = input.values;
  const found = byColumn(ctx, 'community', 'code', 'community_code', text(v.community_code), 'community')
    ?? byColumn(ctx, 'community', 'name', 'community_name', text(v.community_name), 'community');
  if (found) return found;
  if (codePrefix) {
    const id = ctx.lk.idBy('community', 'code', codePrefix);
    if (typeof id === 'number') return { id };
  }
  const at = input.geometry ? ctx.lk.containing('community', anchorPoint(input.geometry, false)) : null;
  return at !== null ? { id: at } : { id: null, issue: refError('no_place', 'community_code', 'no community holds this area and the row names none (community_code or community_name)') };
}

const fail = (issues: RowIssue[]): ResolveResult => ({ resolved: null, issues });

export function resolvePlace(layer: DataLayer, input: ResolveInput, ctx: ResolveContext): ResolveResult {
  const v = input.values;
  const id = num(v.id);
  const issues: RowIssue[] = [];
  const done = (table: string, match: ReturnType<typeof matchExisting>, columns: Record<string, SqlValue>, sources: Record<string, readonly string[]>, key: string): ResolveResult => {
    if (match.issue) issues.push(match.issue);
    if (issues.some((i) => i.severity === 'error')) return fail(issues);
    return {
      resolved: { table, existingId: match.existingId, newId: match.newId, columns, updateColumns: updatable(ctx, sources), geometry: input.geometry, links: null, key },
      issues,
    };
  };
  switch (layer) {
    case 'communities': {
      const code = text(v.code) ?? '';
      const sub = ctx.lk.idBy('subdistrict', 'code', code.slice(0, 9));
      if (typeof sub !== 'number') return fail([refError('unknown_reference', 'code', `no sub-district has code ${code.slice(0, 9)}, the first 9 digits of community code ${code}`)]);
      const match = matchExisting(ctx, 'community', id, () => ctx.lk.idBy('community', 'code', code));
      return done('community', match, { subdistrict_id: sub, code, name: text(v.name) ?? '', name_en: text(v.name_en) ?? '', party_org_level: text(v.party_org_level) },
        { subdistrict_id: ['code'], code: ['code'], name: ['name'], name_en: ['name_en'], party_org_level: ['party_org_level'] }, `code ${code}`);
    }
    case 'branches': {
      const code = text(v.code) ?? '';
      const community = communityOf(ctx, input, code.slice(0, 12));
      if (community.issue) issues.push(community.issue);
      const secretary = num(v.secretary_member_id);
      if (secretary !== null && !ctx.lk.exists('member', secretary)) issues.push(refError('unknown_reference', 'secretary_member_id', `no member ${secretary} to be secretary`));
      const match = matchExisting(ctx, 'grid_branch', id, () => ctx.lk.idBy('grid_branch', 'code', code));
      return done('grid_branch', match, {
        community_id: community.id, code, name: text(v.name) ?? '', secretary_member_id: secretary, valid_from: text(v.valid_from) ?? ctx.today, valid_to: null,
      }, { community_id: ['community_code', 'code'], code: ['code'], name: ['name'], secretary_member_id: ['secretary_member_id'], valid_from: ['valid_from'] }, `code ${code}`);
    }
    case 'neighbourhoods': {
      const community = communityOf(ctx, input, null);
      if (community.issue) issues.push(community.issue);
      const name = text(v.name) ?? '';
      const match = matchExisting(ctx, 'neighbourhood', id, () =>
        ctx.lk.row<{ id: number }>('SELECT id FROM neighbourhood WHERE name = ? AND community_id = ?', name, community.id)?.id ?? null);
      return done('neighbourhood', match, { community_id: community.id, name, kind: text(v.kind) ?? 'xiaoqu' },
        { community_id: ['community_code', 'community_name'], name: ['name'], kind: ['kind'] }, `${community.id}:${name}`);
    }
    case 'buildings': {
      const anchor = input.geometry ? anchorPoint(input.geometry, true) : null;
      let branch = byColumn(ctx, 'grid_branch', 'code', 'branch_code', text(v.branch_code), 'current grid') ?? byColumn(ctx, 'grid_branch', 'name', 'branch_name', text(v.branch_name), 'current grid');
      if (!branch) {
        branch = { id: anchor ? ctx.lk.containing('grid_branch', anchor) : null };
        if (branch.id === null) issues.push({ severity: 'warning', code: 'no_place', field: 'branch_code', message: 'no current grid holds the footprint: imported as unassigned (give branch_code to place it)' });
      }
      if (branch.issue) issues.push(branch.issue);
      const nid = num(v.neighbourhood_id);
      let nbhd: Found | null = nid === null ? null : ctx.lk.exists('neighbourhood', nid) ? { id: nid } : { id: null, issue: refError('unknown_reference', 'neighbourhood_id', `no neighbourhood ${nid}`) };
      nbhd ??= byColumn(ctx, 'neighbourhood', 'name', 'neighbourhood_name', text(v.neighbourhood_name), 'neighbourhood');
      nbhd ??= { id: anchor ? ctx.lk.containing('neighbourhood', anchor) : null };
      if (nbhd.issue) issues.push(nbhd.issue);
      const match = matchExisting(ctx, 'building', id, () => null);
      return done('building', match, {
        neighbourhood_id: nbhd.id, branch_id: branch.id, address: text(v.address) ?? '', floors: num(v.floors) ?? 1, households: num(v.households) ?? 0,
        residents: num(v.residents) ?? 0, use: text(v.use) ?? 'residential', status: text(v.status) ?? 'normal', valid_from: text(v.valid_from) ?? ctx.today, valid_to: null,
      }, {
        neighbourhood_id: ['neighbourhood_id', 'neighbourhood_name'], branch_id: ['branch_code', 'branch_name'], address: ['address'], floors: ['floors'],
        households: ['households'], residents: ['residents'], use: ['use'], status: ['status'], valid_from: ['valid_from'],
      }, id === null ? '' : `id ${id}`);
    }
    case 'roads':
      return done('road', matchExisting(ctx, 'road', id, () => null), { name: text(v.name) ?? '', kind: text(v.kind) ?? 'residential' },
        { name: ['name'], kind: ['kind'] }, id === null ? '' : `id ${id}`);
    case 'water':
      return done('water', matchExisting(ctx, 'water', id, () => null), { name: text(v.name) ?? '' }, { name: ['name'] }, id === null ? '' : `id ${id}`);
    case 'zones':
      return done('demolition_zone', matchExisting(ctx, 'demolition_zone', id, () => null), {
        name: text(v.name) ?? '', stage: text(v.stage) ?? 'announced', announced_on: text(v.announced_on), moving_on: text(v.moving_on),
        cleared_on: text(v.cleared_on), finished_on: text(v.finished_on),
      }, {
        name: ['name'], stage: ['stage'], announced_on: ['announced_on'], moving_on: ['moving_on'], cleared_on: ['cleared_on'], finished_on: ['finished_on'],
      }, id === null ? '' : `id ${id}`);
    default:
      return fail([refError('bad_value', 'layer', `${layer} is not a place layer`)]);
  }
}
