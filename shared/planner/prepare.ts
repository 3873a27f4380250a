/**
 * Indexes a planner base once (when it loads) so that evaluating a plan afterwards costs
 * only what the plan touches: live totals while painting stay far under a frame (16 ms)
 * even for a whole district.
 *
 * Reach follows the coverage engine's definitions (shared/coverage/types.ts): a household
 * is reached through an active lead's links or an active liaison for its whole building or
 * neighbourhood; only active members count.
 */
import { leadServes } from '../coverage/types';
import type { BaseBranch, BaseBuilding, BaseMember, BranchFigures, CoverageTotal, PlannerBase } from './types';

/** What decides a building's reach, so it can be recomputed after the plan's changes. */
export interface ReachFactors {
  /** Households linked by active leads (may exceed the building's households). */
  linked: number;
  /** Active liaisons for the building itself. */
  liaisons: number;
  /** Active members living here. */
  residentMembers: number;
  /** Active household-leads living here. */
  leads: number;
}

export interface PreparedBase {
  base: PlannerBase;
  buildings: Map<number, BaseBuilding>;
  branches: Map<number, BaseBranch>;
  communities: Map<number, PlannerBase['communities'][number]>;
  neighbourhoods: Map<number, PlannerBase['neighbourhoods'][number]>;
  members: Map<number, BaseMember>;
  membersByBuilding: Map<number, BaseMember[]>;
  membersByBranch: Map<number, BaseMember[]>;
  buildingsByNeighbourhood: Map<number, number[]>;
  buildingsByCommunity: Map<number, number[]>;
  branchesByCommunity: Map<number, number[]>;
  /** Lead by member id. */
  leads: Map<number, PlannerBase['leads'][number]>;
  /** `memberId:kind:targetId` of every liaison. */
  liaisonKeys: Set<string>;
  /** Active liaisons per neighbourhood. */
  neighbourhoodLiaisons: Map<number, number>;
  factors: Map<number, ReachFactors>;
  /** Figures of every branch as the base stands. */
  figures: Map<number, BranchFigures>;
  total: CoverageTotal;
}

export const liaisonKey = (memberId: number, kind: string, targetId: number): string => `${memberId}:${kind}:${targetId}`;

/** Reached households of a building from its factors (see the file comment). */
export function reachedOf(b: BaseBuilding, f: ReachFactors, neighbourhoodLiaisons: number): number {
  if (f.liaisons > 0 || neighbourhoodLiaisons > 0) return b.households;
  return Math.min(b.households, f.linked);
}

/** Whether a building with these figures is a gap (households, none reached, no active resident). */
export function isGap(households: number, reached: number, residentMembers: number): boolean {
  return households > 0 && reached === 0 && residentMembers === 0;
}

export function emptyFigures(): BranchFigures {
  return { buildings: 0, households: 0, residents: 0, reached: 0, coverage: null, members: 0, fullMembers: 0, leads: 0, gapBuildings: 0 };
}

/** Adds (sign 1) or removes (sign -1) one building's figures. */
export function addBuildingFigures(f: BranchFigures, b: BaseBuilding, reached: number, leads: number, residentMembers: number, sign: 1 | -1): void {
  f.buildings += sign;
  f.households += sign * b.households;
  f.residents += sign * b.residents;
  f.reached += sign * reached;
  f.leads += sign * leads;
  if (isGap(b.households, reached, residentMembers)) f.gapBuildings += sign;
}

/** Sets `coverage` from households and reached. */
export function settleFigures(f: BranchFigures): void {
  f.coverage = f.households > 0 ? f.reached / f.households : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes `base` and computes its figures. Linear in its size. */
export function prepareBase(base: PlannerBase): PreparedBase {
  const buildings = new Map(base.buildings.map((b) => [b.id, b]));
  const members = new Map(base.members.map((m) => [m.id, m]));
  const membersByBuilding = new Map<number, BaseMember[]>();
  const membersByBranch = new Map<number, BaseMember[]>();
  const buildingsByNeighbourhood = new Map<number, number[]>();
  const buildingsByCommunity = new Map<number, number[]>();
  const branchesByCommunity = new Map<number, number[]>();
  const factors = new Map<number, ReachFactors>();
  for (const b of base.buildings) {
    factors.set(b.id, { linked: 0, liaisons: 0, residentMembers: 0, leads: 0 });
    if (b.neighbourhoodId !== null) push(buildingsByNeighbourhood, b.neighbourhoodId, b.id);
    if (b.communityId !== null) push(buildingsByCommunity, b.communityId, b.id);
  }
  for (const br of base.branches) push(branchesByCommunity, br.communityId, br.id);
  const active = (memberId: number): boolean => members.get(memberId)?.status === 'active';
  for (const m of base.members) {
    if (m.branchId !== null) push(membersByBranch, m.branchId, m);
    if (m.buildingId === null) continue;
    push(membersByBuilding, m.buildingId, m);
    const f = factors.get(m.buildingId);
    if (f && m.status === 'active') f.residentMembers += 1;
  }
  const leads = new Map(base.leads.map((l) => [l.memberId, l]));
  for (const l of base.leads) {
    const m = members.get(l.memberId);
    // As the coverage engine counts: a lead whose member moved away reaches nobody.
    if (!m || !leadServes(l.buildingId, m.status, m.buildingId)) continue;
    const home = factors.get(l.buildingId);
    if (home) home.leads += 1;
    for (const link of l.links) {
      const f = factors.get(link.buildingId);
      if (f) f.linked += link.households;
    }
  }
  const liaisonKeys = new Set<string>();
  const neighbourhoodLiaisons = new Map<number, number>();
  for (const l of base.liaisons) {
    liaisonKeys.add(liaisonKey(l.memberId, l.targetKind, l.targetId));
    if (!active(l.memberId)) continue;
    if (l.targetKind === 'neighbourhood') neighbourhoodLiaisons.set(l.targetId, (neighbourhoodLiaisons.get(l.targetId) ?? 0) + 1);
    else {
      const f = factors.get(l.targetId);
      if (f) f.liaisons += 1;
    }
  }

  const figures = new Map<number, BranchFigures>(base.branches.map((b) => [b.id, emptyFigures()]));
  const total: CoverageTotal = { households: 0, reached: 0, coverage: null, unassignedBuildings: 0 };
  for (const b of base.buildings) {
    const f = factors.get(b.id) as ReachFactors;
    const reached = reachedOf(b, f, b.neighbourhoodId === null ? 0 : (neighbourhoodLiaisons.get(b.neighbourhoodId) ?? 0));
    const branch = b.branchId === null ? undefined : figures.get(b.branchId);
    if (!branch) {
      total.unassignedBuildings += 1;
      continue;
    }
    addBuildingFigures(branch, b, reached, f.leads, f.residentMembers, 1);
    total.households += b.households;
    total.reached += reached;
  }
  for (const m of base.members) {
    const branch = m.branchId === null ? undefined : figures.get(m.branchId);
    if (!branch || m.status !== 'active') continue;
    branch.members += 1;
    if (m.full) branch.fullMembers += 1;
  }
  for (const f of figures.values()) settleFigures(f);
  total.coverage = total.households > 0 ? total.reached / total.households : null;

  return {
    base, buildings, members, membersByBuilding, membersByBranch, buildingsByNeighbourhood, buildingsByCommunity, branchesByCommunity, leads, liaisonKeys, neighbourhoodLiaisons, factors, figures, total,
    branches: new Map(base.branches.map((b) => [b.id, b])),
    communities: new Map(base.communities.map((c) => [c.id, c])),
    neighbourhoods: new Map(base.neighbourhoods.map((n) => [n.id, n])),
  };
}
