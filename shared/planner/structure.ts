/**
 * The grid structure after a plan: which buildings move, which branches are dissolved (an
 * existing branch left with no building) and who succeeds them, and whose organisational
 * branch changes.
 *
 * Members follow their building: an active, moving or lost-contact member living in a
 * building that moves, and organised in the branch the building leaves, moves with it.
 * Members organised elsewhere stay where they are, transferred-out and deceased members are
 * history and stay, and a plan may set any member's branch explicitly (`setMemberBranch`),
 * which wins. When a building is unassigned its residents keep their branch. Members left in
 * a dissolved branch go to its successor: the branch that took most of its households.
 */
import type { FoldedPlan } from './fold';
import type { PreparedBase } from './prepare';
import { targetLabel } from './labels';
import type { BranchTarget, BuildingMove, MemberMove, PlanError } from './types';

/** Members in these states keep their branch whatever happens to their building. */
const STAYING = new Set(['transferred_out', 'deceased']);

export interface PlanStructure {
  moves: (BuildingMove & { field: string })[];
  /** The branch each building ends in. */
  finalOf(buildingId: number): BranchTarget;
  /** Dissolved branch → successor (null when all its buildings were unassigned). */
  dissolved: Map<number, number | string | null>;
  /** Buildings each branch holds after the plan, for the branches that change. */
  buildingCounts: Map<number | string, number>;
  memberMoves: MemberMove[];
  errors: PlanError[];
}

/** Orders targets: existing ids ascending, then new keys. */
export function compareTargets(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function communityName(p: PreparedBase, id: number): string {
  return p.communities.get(id)?.name ?? String(id);
}

function communityOfTarget(p: PreparedBase, folded: FoldedPlan, to: BranchTarget): number | null {
  if (to === null) return null;
  return (typeof to === 'number' ? p.branches.get(to)?.communityId : folded.created.get(to)?.communityId) ?? null;
}

/** Works out the structure (see the file comment), adding errors for what cannot be. */
export function planStructure(p: PreparedBase, folded: FoldedPlan): PlanStructure {
  const errors: PlanError[] = [];
  const label = (to: BranchTarget): string => targetLabel(p, folded.created, to);
  const moves: PlanStructure['moves'] = [];
  const counts = new Map<number | string, number>();
  const count = (t: number | string): number => counts.get(t) ?? (typeof t === 'number' ? (p.figures.get(t)?.buildings ?? 0) : 0);
  /** Households each branch hands to each other branch, to find successors. */
  const handed = new Map<number, Map<number | string, number>>();
  for (const [id, { to, field }] of folded.targets) {
    const b = p.buildings.get(id);
    if (!b || b.branchId === to) continue;
    const from = b.branchId === null ? undefined : p.branches.get(b.branchId);
    if (from?.lock) {
      errors.push({
        code: 'locked_branch', message: `Branch ${from.name} (${from.code}) is locked by ${from.lock.by}; its building ${b.address} cannot be taken.`,
        params: { branch: label(from.id), by: from.lock.by, building: b.address }, record: `branch ${from.id}`, field,
      });
    }
    const home = b.communityId ?? from?.communityId ?? null;
    const target = communityOfTarget(p, folded, to);
    if (to !== null && home !== null && target !== home) {
      errors.push({
        code: 'other_community', message: `Building ${b.address} lies in community ${home}; branch ${String(to)} belongs to community ${target}. Grids stay inside their community.`,
        params: { building: b.address, community: communityName(p, home), branch: label(to), branchCommunity: target === null ? '—' : communityName(p, target) }, record: `building ${id}`, field,
      });
    }
    moves.push({ buildingId: id, from: b.branchId, to, households: b.households, field });
    if (b.branchId !== null) {
      counts.set(b.branchId, count(b.branchId) - 1);
      if (to !== null) {
        const h = handed.get(b.branchId) ?? new Map<number | string, number>();
        h.set(to, (h.get(to) ?? 0) + b.households);
        handed.set(b.branchId, h);
      }
    }
    if (to !== null) counts.set(to, count(to) + 1);
  }
  moves.sort((a, b) => a.buildingId - b.buildingId);

  const dissolved = new Map<number, number | string | null>();
  for (const [t, n] of counts) if (typeof t === 'number' && n === 0) dissolved.set(t, null);
  for (const id of dissolved.keys()) {
    let best: number | string | null = null;
    let most = -1;
    for (const [to, households] of handed.get(id) ?? []) {
      if (typeof to === 'number' && dissolved.has(to)) continue;
      if (households > most || (households === most && best !== null && compareTargets(to, best) < 0)) {
        best = to;
        most = households;
      }
    }
    dissolved.set(id, best);
  }
  for (const created of folded.created.values()) {
    if (count(created.key) === 0) errors.push({ code: 'empty_new_branch', message: `New branch "${created.name}" gets no building; paint some into it or drop it.`, params: { name: created.name }, record: `new branch ${created.key}`, field: created.field });
  }
  for (const [communityId, branchIds] of p.branchesByCommunity) {
    const surviving = branchIds.some((id) => !dissolved.has(id)) || [...folded.created.values()].some((c) => c.communityId === communityId && count(c.key) > 0);
    if (!surviving) errors.push({ code: 'community_without_grid', message: `Community ${communityName(p, communityId)} would be left with no grid at all.`, params: { community: communityName(p, communityId) }, record: `community ${communityId}`, field: 'steps' });
  }

  const memberTo = new Map<number, MemberMove>();
  for (const m of moves) {
    if (m.to === null || m.from === null) continue;
    for (const member of p.membersByBuilding.get(m.buildingId) ?? []) {
      if (member.branchId === m.from && !STAYING.has(member.status) && !folded.pins.has(member.id)) {
        memberTo.set(member.id, { memberId: member.id, from: m.from, to: m.to, reason: 'follows_building' });
      }
    }
  }
  for (const [memberId, pin] of folded.pins) {
    const member = p.members.get(memberId);
    if (!member) continue;
    if (typeof pin.to === 'number' && dissolved.has(pin.to)) {
      errors.push({ code: 'unknown_branch', message: `Member ${memberId} is given to branch ${pin.to}, which this plan dissolves.`, params: { variant: 'dissolved', member: memberId, branch: label(pin.to) }, record: `member ${memberId}`, field: `${pin.field}.to` });
    } else if (pin.to !== member.branchId) memberTo.set(memberId, { memberId, from: member.branchId, to: pin.to, reason: 'set_by_plan' });
  }
  for (const [id, successor] of dissolved) {
    const left = (p.membersByBranch.get(id) ?? []).filter((m) => !memberTo.has(m.id) && !STAYING.has(m.status));
    if (left.length === 0) continue;
    if (successor === null) {
      const branch = p.branches.get(id);
      errors.push({
        code: 'nowhere_to_go', message: `Branch ${branch?.name ?? id} is dissolved but ${left.length} member(s) organised there have no branch to go to; set their branch in the plan.`,
        params: { branch: label(id), count: left.length }, record: `branch ${id}`, field: 'steps',
      });
      continue;
    }
    for (const m of left) memberTo.set(m.id, { memberId: m.id, from: id, to: successor, reason: 'branch_dissolved' });
  }

  const final = new Map<number, BranchTarget>(moves.map((m) => [m.buildingId, m.to]));
  return {
    moves,
    finalOf: (id) => (final.has(id) ? (final.get(id) as BranchTarget) : (p.buildings.get(id)?.branchId ?? null)),
    dissolved,
    buildingCounts: counts,
    memberMoves: [...memberTo.values()].sort((a, b) => a.memberId - b.memberId),
    errors,
  };
}
