/**
 * Applies an analysed plan in one transaction: new branches, grid polygons and codes,
 * building assignments, members' branches, liaisons and leads, history, branch revisions,
 * the plan's status, the audit entry and the data version. Anything wrong — a date before a
 * touched record's current period, a branch founded today being dissolved, a derived grid
 * failing the topology check — throws and leaves the database as it was.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../shared/model';
import { unionBBox, geometryBBox } from '../../shared/geo/bbox';
import type { PlanAnalysis } from '../../shared/planner/evaluate';
import type { Owner } from '../../shared/planner/grid-geometry';
import type { PreparedBase } from '../../shared/planner/prepare';
import type { BranchTarget } from '../../shared/planner/types';
import type { RuleConfig } from '../../shared/rules/config';
import type { DataVersion } from '../db/version';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import type { TopologyMemo } from '../services/topology-memo';
import type { CellRepository } from './cells-repository';
import { planGeometry } from './geometry';
import type { GridWriteRepository } from './grid-writes';
import type { LockRepository } from './locks-repository';
import type { PlanRepository } from './plans-repository';

export interface ApplyDeps {
  db: Database;
  version: DataVersion;
  rules: RuleConfig;
  cells: CellRepository;
  writes: GridWriteRepository;
  locks: LockRepository;
  plans: PlanRepository;
  audit: AuditRepository;
  /** The coverage service's memo: the check before the writes is usually known already. */
  topology: TopologyMemo;
}

export interface ApplyRequest {
  planId: number;
  prepared: PreparedBase;
  analysis: PlanAnalysis;
  /** The day the new grid takes effect, YYYY-MM-DD. */
  on: string;
  who: { accountId: number; username: string; role: string; ip: string };
}

export interface ApplyResult {
  from: number;
  version: number;
  created: { key: string; id: number; code: string }[];
  /** Existing branches whose polygon, name or buildings changed, and those dissolved. */
  changed: number[];
  dissolved: number[];
  /** Building moves with new branches' real ids, for carrying the coverage model forward. */
  moves: { buildingId: number; toBranchId: number | null }[];
  /** True when the plan only moved buildings: the coverage model can be carried forward. */
  onlyMoves: boolean;
  bbox: BBox | null;
}

/** Total m² of overlaps, gaps and overhangs of the current grids of `communities`. */
function topologyArea(d: ApplyDeps, communities: readonly number[]): number {
  let total = 0;
  for (const c of communities) {
    for (const f of d.topology.findings(d.writes.community(c))) total += f.areaM2 ?? 0;
  }
  return total;
}

const refuse = (message: string, record: string, field = 'effectiveOn'): never => {
  throw new HttpError(400, message, field, record);
};

/** Applies `r` (see the file comment). Call with an analysis whose evaluation is ok. */
export function applyPlan(d: ApplyDeps, r: ApplyRequest): ApplyResult {
  const { prepared: p, analysis: a, on } = r;
  return d.db.transaction((): ApplyResult => {
    const from = d.version.get();
    const geometry = planGeometry(p, a, d.cells);
    const communityIds = [...new Set(a.evaluation.branches.map((b) => b.communityId))];
    const before = topologyArea(d, communityIds);
    if (geometry.problems.length > 0) throw new HttpError(409, `The grid geometry cannot be built: ${geometry.problems.join(' ')}`, 'steps', `plan ${r.planId}`);

    const touched = new Set<number>([...a.evaluation.branches.map((b) => b.branch), ...geometry.polygons.keys()].filter((t): t is number => typeof t === 'number'));
    let bbox: BBox | null = null;
    const grow = (box: BBox): void => {
      bbox = bbox ? unionBBox(bbox, box) : box;
    };
    for (const id of touched) {
      const row = d.writes.branch(id);
      if (row && row.valid_from > on) refuse(`Branch ${row.name} has been as it is since ${row.valid_from}; the plan cannot take effect earlier, on ${on}.`, `branch ${id}`);
      if (row) grow([row.min_lng, row.min_lat, row.max_lng, row.max_lat]);
    }
    for (const m of a.structure.moves) {
      const start = d.writes.buildingPeriod(m.buildingId).start;
      if (start > on) refuse(`Building ${m.buildingId} has had its grid since ${start}; the plan cannot take effect earlier, on ${on}.`, `building ${m.buildingId}`);
    }
    for (const m of a.structure.memberMoves) {
      const start = d.writes.memberPeriod(m.memberId).start;
      if (start > on) refuse(`Member ${m.memberId} has had their branch since ${start}; the plan cannot take effect earlier, on ${on}.`, `member ${m.memberId}`);
    }

    // Dissolve first: a new grid may take a code a dissolved one frees.
    for (const id of a.structure.dissolved.keys()) {
      const row = d.writes.branch(id);
      if (row && !d.writes.dissolveBranch(row, on)) {
        throw new HttpError(409, `Branch ${row.name} was founded on ${on}; it cannot also end that day. Apply this from the next day.`, 'effectiveOn', `branch ${id}`);
      }
    }
    const ids = new Map<string, number>();
    const created: ApplyResult['created'] = [];
    for (const c of a.folded.created.values()) {
      const polygon = geometry.polygons.get(c.key);
      const code = geometry.codes.get(c.key);
      if (!polygon || !code) throw new HttpError(409, `New branch ${c.name} has no land or no code.`, 'steps', `new branch ${c.key}`);
      const id = d.writes.createBranch(c.communityId, code, c.name, polygon, on);
      ids.set(c.key, id);
      created.push({ key: c.key, id, code });
      grow(geometryBBox(polygon));
    }
    const resolve = (t: BranchTarget | Owner): number | null => (t === null ? null : typeof t === 'number' ? t : (ids.get(t) ?? null));

    for (const id of touched) {
      if (a.structure.dissolved.has(id)) continue;
      const row = d.writes.branch(id);
      const polygon = geometry.polygons.get(id) ?? null;
      const name = a.folded.renames.get(id)?.name ?? row?.name;
      if (!row || (!polygon && name === row.name)) continue;
      d.writes.changeBranch(row, { code: row.code, name: name ?? row.name, polygon }, on, r.planId);
      if (polygon) grow(geometryBBox(polygon));
    }
    for (const m of a.structure.moves) d.writes.moveBuilding(m.buildingId, resolve(m.to), on, r.planId);
    for (const m of a.structure.memberMoves) d.writes.moveMember(m.memberId, resolve(m.to), on, r.planId);
    for (const [cellId, owner] of geometry.cellOwners) d.cells.setOwner(cellId, resolve(owner) as number);
    for (const { add, liaison } of a.folded.liaisons.values()) d.writes.setLiaison(liaison.memberId, liaison.targetKind, liaison.targetId, add);
    for (const [memberId, change] of a.folded.leads) {
      if (change.removed) {
        d.writes.removeLead(memberId);
        continue;
      }
      // A lead is homed where its member lives now: one appointed before a move is re-homed (see `leadServes`).
      const home = p.buildings.get(p.members.get(memberId)?.buildingId ?? p.leads.get(memberId)?.buildingId ?? -1);
      if (!home) throw new HttpError(400, `Member ${memberId} has no home building for a household-lead.`, 'steps', `member ${memberId}`);
      d.writes.setLead(memberId, { buildingId: home.id, at: home.at }, change.links, change.reset);
    }
    for (const id of touched) d.locks.bumpRevision(id);

    const after = topologyArea(d, communityIds);
    if (after > before + d.rules.topologyToleranceM2) {
      throw new HttpError(500, `The derived grids fail the topology check (${Math.round(after - before)} m² more overlap, gap or overhang than before); nothing was changed.`);
    }

    const version = d.version.bump();
    d.plans.markApplied(r.planId, version, on, r.who);
    const e = a.evaluation.diff;
    d.audit.record({
      accountId: r.who.accountId, username: r.who.username, role: r.who.role, action: 'plan_apply', target: `plan ${r.planId}`,
      recordIds: e.moves.map((m) => m.buildingId), ip: r.who.ip,
      detail: `effective ${on}; ${e.moves.length} building(s) moved, ${created.length} branch(es) created, ${e.dissolved.length} dissolved, ${e.members.length} member(s) change branch`,
    });
    const onlyMoves = created.length === 0 && e.dissolved.length === 0 && e.members.length === 0 && e.renamed.length === 0
      && e.liaisons.added.length + e.liaisons.removed.length + e.leads.length + e.removedLeads.length === 0
      // A lead linked again with the same links may still have been re-homed: that changes reach too.
      && a.folded.leads.size === 0;
    return {
      from, version, created, dissolved: [...a.structure.dissolved.keys()],
      changed: [...touched].filter((id) => !a.structure.dissolved.has(id)).sort((x, y) => x - y),
      moves: a.structure.moves.map((m) => ({ buildingId: m.buildingId, toBranchId: resolve(m.to) })),
      onlyMoves, bbox,
    };
  })();
}
