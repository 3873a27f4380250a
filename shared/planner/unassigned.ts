/**
 * "Find unassigned" and "Fix unassigned": never leave a building without a grid by accident.
 *
 * Find lists the buildings with no grid once the plan is applied, in reading order (rows
 * north → south, west → east). Fix proposes a branch for each: the branch holding most of
 * the households of its own neighbourhood if any of them is assigned (neighbourhoods stay
 * whole); otherwise the nearest branch of its community (by distance to that branch's
 * nearest building) that still has room under the household maximum, or the nearest at
 * all when none has. Locked branches and branches the plan dissolves are never proposed.
 * The proposals come as one plan step, ready to append (and undo).
 */
import { readingOrderOfPoints } from '../geo/reading-order';
import { meetsMax, type RuleConfig } from '../rules/config';
import { evaluatePlan } from './evaluate';
import { foldPlan } from './fold';
import { distanceM } from './points';
import type { PreparedBase } from './prepare';
import { planStructure } from './structure';
import type { BaseBuilding, BranchTarget, PlanBody, PlanStep } from './types';

export interface UnassignedBuilding {
  id: number;
  address: string;
  communityId: number | null;
  households: number;
  at: [number, number];
}

export interface FixProposal {
  buildingId: number;
  to: number | string;
  reason: 'neighbourhood' | 'nearest_with_room' | 'nearest';
  /** Distance to the branch's nearest building, metres (0 for the neighbourhood rule). */
  distanceM: number;
}

/** A building "Fix unassigned" could not place: why as a code (for the UI's wording) and in English. */
export interface UnresolvedBuilding {
  buildingId: number;
  code: 'no_community' | 'no_branch';
  reason: string;
}

/** Buildings with no grid after `body`, in reading order. */
export function findUnassigned(p: PreparedBase, body: PlanBody = { steps: [] }): UnassignedBuilding[] {
  const finalOf = planStructure(p, foldPlan(p, body)).finalOf;
  const list = p.base.buildings.filter((b) => finalOf(b.id) === null);
  return readingOrderOfPoints(list.map((b) => b.at)).map((k) => {
    const b = list[k] as BaseBuilding;
    return { id: b.id, address: b.address, communityId: b.communityId, households: b.households, at: b.at };
  });
}

/** Proposals for every unassigned building (see the file comment), and those it could not place. */
export function fixUnassigned(p: PreparedBase, body: PlanBody, rules: RuleConfig): { proposals: FixProposal[]; step: PlanStep | null; unresolved: UnresolvedBuilding[] } {
  const folded = foldPlan(p, body);
  const structure = planStructure(p, folded);
  const evaluation = evaluatePlan(p, body, rules);
  const households = new Map<number | string, number>();
  for (const [id, f] of p.figures) households.set(id, f.households);
  for (const t of evaluation.branches) households.set(t.branch, t.after?.households ?? 0);
  const usable = (t: BranchTarget): t is number | string =>
    t !== null && (typeof t === 'string' ? folded.created.has(t) : !structure.dissolved.has(t) && !p.branches.get(t)?.lock);

  const proposals: FixProposal[] = [];
  const unresolved: UnresolvedBuilding[] = [];
  for (const u of findUnassigned(p, body)) {
    const b = p.buildings.get(u.id) as BaseBuilding;
    const share = new Map<number | string, number>();
    for (const id of b.neighbourhoodId === null ? [] : (p.buildingsByNeighbourhood.get(b.neighbourhoodId) ?? [])) {
      const t = structure.finalOf(id);
      if (usable(t)) share.set(t, (share.get(t) ?? 0) + (p.buildings.get(id)?.households ?? 0));
    }
    let pick: FixProposal | null = null;
    const best = [...share].sort((x, y) => y[1] - x[1])[0];
    if (best) pick = { buildingId: b.id, to: best[0], reason: 'neighbourhood', distanceM: 0 };
    else if (b.communityId !== null) {
      const nearest = new Map<number | string, number>();
      for (const id of p.buildingsByCommunity.get(b.communityId) ?? []) {
        const t = structure.finalOf(id);
        const other = p.buildings.get(id);
        if (!usable(t) || !other) continue;
        const d = distanceM(b.at, other.at);
        if (d < (nearest.get(t) ?? Infinity)) nearest.set(t, d);
      }
      const ranked = [...nearest].sort((x, y) => x[1] - y[1]);
      const roomy = ranked.find(([t]) => meetsMax((households.get(t) ?? 0) + b.households, rules.gridMaxHouseholds));
      const chosen = roomy ?? ranked[0];
      if (chosen) pick = { buildingId: b.id, to: chosen[0], reason: roomy ? 'nearest_with_room' : 'nearest', distanceM: Math.round(chosen[1]) };
    }
    if (!pick) {
      unresolved.push(b.communityId === null
        ? { buildingId: b.id, code: 'no_community', reason: 'its community is not known' }
        : { buildingId: b.id, code: 'no_branch', reason: 'its community has no branch that may take it' });
      continue;
    }
    proposals.push(pick);
    households.set(pick.to, (households.get(pick.to) ?? 0) + b.households);
  }
  const byTarget = new Map<number | string, number[]>();
  for (const pr of proposals) byTarget.set(pr.to, [...(byTarget.get(pr.to) ?? []), pr.buildingId]);
  const step: PlanStep | null = proposals.length === 0 ? null : {
    label: `fix ${proposals.length} unassigned`,
    ops: [...byTarget].map(([to, buildingIds]) => ({ op: 'assign', buildingIds, to })),
  };
  return { proposals, step, unresolved };
}
