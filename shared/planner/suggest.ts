/**
 * "Suggest": which active full members would reach the most unreached households if made a
 * liaison (联系人) or a household-lead (党员中心户), ranked by that gain, then by their current
 * load (fewest roles and linked households first), then by how near they live.
 *
 * - As liaison a member answers for a whole building or neighbourhood: the gain is its
 *   unreached households; candidates are the scope's buildings and neighbourhoods within
 *   `LIAISON_RADIUS_M` of the member's home.
 * - As lead a member links up to the lead limit (10) minus what they already link, filling
 *   the nearest unreached households within `LEAD_RADIUS_M` of home first.
 * Reach is counted after the plan, so accepting one suggestion changes the next ranking.
 */
import { METRES_PER_DEGREE_LAT } from '../geo/reading-order';
import type { BBox } from '../model';
import { largestAllowed, type RuleConfig } from '../rules/config';
import { foldPlan } from './fold';
import { distanceM } from './points';
import { liaisonKey, type PreparedBase } from './prepare';
import { reachAfter, reachDelta } from './reach-delta';
import { planStructure } from './structure';
import type { BaseBuilding, PlanBody, PlanOp } from './types';

export const LIAISON_RADIUS_M = 400;
export const LEAD_RADIUS_M = 150;

export type SuggestScope = { kind: 'branch' | 'community' | 'neighbourhood' | 'building'; id: number | string };

export interface Suggestion {
  memberId: number;
  role: 'liaison' | 'lead';
  /** Households the member would newly reach. */
  gain: number;
  load: { liaisonTargets: number; linkedHouseholds: number };
  homeBuildingId: number;
  /** From home to the target (liaison) or to the farthest linked building (lead), metres. */
  distanceM: number;
  /** The operations to add to the plan to make it so. */
  ops: PlanOp[];
}

/** Up to `limit` suggestions for `role` in `scope` after `body` (see the file comment). */
export function suggestMembers(p: PreparedBase, body: PlanBody, rules: RuleConfig, scope: SuggestScope, role: 'liaison' | 'lead', limit = 10): Suggestion[] {
  const folded = foldPlan(p, body);
  const structure = planStructure(p, folded);
  const delta = reachDelta(p, folded);
  const inScope = (b: BaseBuilding): boolean => {
    switch (scope.kind) {
      case 'branch': return structure.finalOf(b.id) === scope.id;
      case 'community': return b.communityId === scope.id;
      case 'neighbourhood': return b.neighbourhoodId === scope.id;
      case 'building': return b.id === scope.id;
    }
  };
  const unreached = new Map<number, number>();
  for (const b of p.base.buildings) {
    if (!inScope(b)) continue;
    const r = reachAfter(p, delta, b.id);
    if (r && b.households > r.reached1) unreached.set(b.id, b.households - r.reached1);
  }
  if (unreached.size === 0) return [];
  const targets = [...unreached.keys()].map((id) => p.buildings.get(id) as BaseBuilding);

  const roles = new Map<number, number>();
  for (const l of p.base.liaisons) roles.set(l.memberId, (roles.get(l.memberId) ?? 0) + 1);
  for (const { add, liaison } of folded.liaisons.values()) roles.set(liaison.memberId, (roles.get(liaison.memberId) ?? 0) + (add ? 1 : -1));
  const linkedOf = (memberId: number): number => delta.leadTotals.get(memberId) ?? (p.leads.get(memberId)?.links.reduce((s, l) => s + l.households, 0) ?? 0);

  // Members living outside the scope's box grown by the radius cannot reach it: skip them cheaply.
  const radius = role === 'lead' ? LEAD_RADIUS_M : LIAISON_RADIUS_M;
  const dLat = radius / METRES_PER_DEGREE_LAT;
  const dLng = dLat / Math.cos(((targets[0] as BaseBuilding).at[1] * Math.PI) / 180);
  const box = targets.reduce<BBox>((bb, b) => [Math.min(bb[0], b.at[0] - dLng), Math.min(bb[1], b.at[1] - dLat), Math.max(bb[2], b.at[0] + dLng), Math.max(bb[3], b.at[1] + dLat)], [Infinity, Infinity, -Infinity, -Infinity]);
  const out: Suggestion[] = [];
  for (const m of p.base.members) {
    const home = m.status === 'active' && m.full && m.buildingId !== null ? p.buildings.get(m.buildingId) : undefined;
    if (!home || home.at[0] < box[0] || home.at[0] > box[2] || home.at[1] < box[1] || home.at[1] > box[3]) continue;
    const load = { liaisonTargets: roles.get(m.id) ?? 0, linkedHouseholds: linkedOf(m.id) };
    const near = targets.map((b) => ({ b, d: distanceM(home.at, b.at) })).filter((x) => x.d <= radius);
    if (near.length === 0) continue;
    const s = role === 'lead' ? asLead(m.id, near, unreached, largestAllowed(rules.leadMaxHouseholds) - load.linkedHouseholds) : asLiaison(p, m.id, near, unreached, folded.liaisons);
    if (s) out.push({ memberId: m.id, role, load, homeBuildingId: home.id, ...s });
  }
  out.sort((a, b) => b.gain - a.gain || a.load.liaisonTargets + a.load.linkedHouseholds - (b.load.liaisonTargets + b.load.linkedHouseholds) || a.distanceM - b.distanceM || a.memberId - b.memberId);
  return out.slice(0, limit);
}

type Near = { b: BaseBuilding; d: number }[];

function asLead(memberId: number, near: Near, unreached: Map<number, number>, capacity: number): Pick<Suggestion, 'gain' | 'distanceM' | 'ops'> | null {
  if (capacity <= 0) return null;
  let left = capacity;
  let farthest = 0;
  const ops: PlanOp[] = [];
  for (const { b, d } of [...near].sort((x, y) => x.d - y.d || x.b.id - y.b.id)) {
    if (left === 0) break;
    const take = Math.min(left, unreached.get(b.id) ?? 0);
    if (take === 0) continue;
    ops.push({ op: 'linkLead', memberId, buildingId: b.id, households: take });
    left -= take;
    farthest = d;
  }
  return ops.length === 0 ? null : { gain: capacity - left, distanceM: Math.round(farthest), ops };
}

function asLiaison(p: PreparedBase, memberId: number, near: Near, unreached: Map<number, number>, pending: Map<string, { add: boolean }>): Pick<Suggestion, 'gain' | 'distanceM' | 'ops'> | null {
  const has = (kind: string, id: number): boolean => pending.get(liaisonKey(memberId, kind, id))?.add ?? p.liaisonKeys.has(liaisonKey(memberId, kind, id));
  let best: { gain: number; d: number; op: PlanOp } | null = null;
  const consider = (gain: number, d: number, op: PlanOp): void => {
    if (gain > 0 && (!best || gain > best.gain || (gain === best.gain && d < best.d))) best = { gain, d, op };
  };
  const neighbourhoods = new Map<number, number>();
  for (const { b, d } of near) {
    if (!has('building', b.id)) consider(unreached.get(b.id) ?? 0, d, { op: 'addLiaison', memberId, targetKind: 'building', targetId: b.id });
    if (b.neighbourhoodId !== null) neighbourhoods.set(b.neighbourhoodId, Math.min(neighbourhoods.get(b.neighbourhoodId) ?? Infinity, d));
  }
  for (const [n, d] of neighbourhoods) {
    if (has('neighbourhood', n)) continue;
    const gain = (p.buildingsByNeighbourhood.get(n) ?? []).reduce((s, id) => s + (unreached.get(id) ?? 0), 0);
    consider(gain, d, { op: 'addLiaison', memberId, targetKind: 'neighbourhood', targetId: n });
  }
  const found = best as { gain: number; d: number; op: PlanOp } | null;
  return found ? { gain: found.gain, distanceM: Math.round(found.d), ops: [found.op] } : null;
}
