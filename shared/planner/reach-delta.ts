/**
 * How a plan's liaison and household-lead changes shift reach: per building and per
 * neighbourhood deltas of the factors in prepare.ts, so only the buildings they concern are
 * recounted. Only active members reach anyone, so changes by other members shift nothing; a
 * lead reaches from where its member lives (`leadServes`), and a plan that links a lead again
 * homes it there.
 */
import type { FoldedPlan } from './fold';
import { leadServes } from '../coverage/types';
import { reachedOf, type PreparedBase, type ReachFactors } from './prepare';
import type { PlannedLiaison } from './types';

export interface ReachDelta {
  /** Change of households linked by active leads, per building. */
  linked: Map<number, number>;
  /** Change of active liaisons per building, and per neighbourhood. */
  buildingLiaisons: Map<number, number>;
  neighbourhoodLiaisons: Map<number, number>;
  /** Change of active leads living in each building. */
  leads: Map<number, number>;
  /** Buildings whose reach may change. */
  affected: Set<number>;
  /** For the diff. */
  added: PlannedLiaison[];
  removed: PlannedLiaison[];
  links: { memberId: number; buildingId: number; from: number; to: number }[];
  removedLeads: number[];
  /** Total households each changed lead is linked to after the plan. */
  leadTotals: Map<number, number>;
}

const bump = (map: Map<number, number>, key: number, by: number): void => {
  if (by !== 0) map.set(key, (map.get(key) ?? 0) + by);
};

/** The reach deltas of `folded` against `p`. */
export function reachDelta(p: PreparedBase, folded: FoldedPlan): ReachDelta {
  const d: ReachDelta = {
    linked: new Map(), buildingLiaisons: new Map(), neighbourhoodLiaisons: new Map(), leads: new Map(), affected: new Set(),
    added: [], removed: [], links: [], removedLeads: [], leadTotals: new Map(),
  };
  const active = (memberId: number): boolean => p.members.get(memberId)?.status === 'active';

  for (const { add, liaison } of folded.liaisons.values()) {
    (add ? d.added : d.removed).push(liaison);
    if (!active(liaison.memberId)) continue;
    const sign = add ? 1 : -1;
    if (liaison.targetKind === 'building') {
      bump(d.buildingLiaisons, liaison.targetId, sign);
      d.affected.add(liaison.targetId);
    } else {
      bump(d.neighbourhoodLiaisons, liaison.targetId, sign);
      for (const id of p.buildingsByNeighbourhood.get(liaison.targetId) ?? []) d.affected.add(id);
    }
  }

  for (const [memberId, change] of folded.leads) {
    const lead = p.leads.get(memberId);
    const before = new Map((lead?.links ?? []).map((l) => [l.buildingId, l.households]));
    const after = new Map(change.removed || change.reset ? [] : before);
    for (const [buildingId, households] of change.links) {
      if (households > 0) after.set(buildingId, households);
      else after.delete(buildingId);
    }
    const wasLead = lead !== undefined;
    const isLead = !change.removed && (wasLead || after.size > 0);
    if (wasLead && !isLead) d.removedLeads.push(memberId);
    // Before, the lead counts only where it serves (its member still lives in its building);
    // after, applying homes it where the member lives now (server/planner/apply.ts).
    const m = p.members.get(memberId);
    const servedAt = lead && m && leadServes(lead.buildingId, m.status, m.buildingId) ? lead.buildingId : null;
    const servesAt = isLead && m && m.status === 'active' ? m.buildingId : null;
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const from = before.get(id) ?? 0;
      const to = after.get(id) ?? 0;
      if (from !== to) d.links.push({ memberId, buildingId: id, from, to });
      const shift = (servesAt === null ? 0 : to) - (servedAt === null ? 0 : from);
      if (shift !== 0) {
        bump(d.linked, id, shift);
        d.affected.add(id);
      }
    }
    d.leadTotals.set(memberId, [...after.values()].reduce((s, n) => s + n, 0));
    if (servedAt !== servesAt) {
      for (const [home, by] of [[servedAt, -1], [servesAt, 1]] as const) {
        if (home === null) continue;
        bump(d.leads, home, by);
        d.affected.add(home);
      }
    }
  }
  d.links.sort((a, b) => a.memberId - b.memberId || a.buildingId - b.buildingId);
  d.removedLeads.sort((a, b) => a - b);
  return d;
}

/** A building's reach factors after `delta`, and its reached households before and after. */
export function reachAfter(p: PreparedBase, delta: ReachDelta, buildingId: number): { before: ReachFactors; after: ReachFactors; reached0: number; reached1: number } | null {
  const b = p.buildings.get(buildingId);
  const before = p.factors.get(buildingId);
  if (!b || !before) return null;
  const nbh0 = b.neighbourhoodId === null ? 0 : (p.neighbourhoodLiaisons.get(b.neighbourhoodId) ?? 0);
  const nbh1 = nbh0 + (b.neighbourhoodId === null ? 0 : (delta.neighbourhoodLiaisons.get(b.neighbourhoodId) ?? 0));
  const after: ReachFactors = {
    ...before,
    linked: before.linked + (delta.linked.get(buildingId) ?? 0),
    liaisons: before.liaisons + (delta.buildingLiaisons.get(buildingId) ?? 0),
    leads: before.leads + (delta.leads.get(buildingId) ?? 0),
  };
  return { before, after, reached0: reachedOf(b, before, nbh0), reached1: reachedOf(b, after, nbh1) };
}
