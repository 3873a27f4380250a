/**
 * Appointing liaisons (联系人) and household-leads (党员中心户) by hand, beside "suggest": who
 * in a community may be appointed and what each already answers for, and the plan step that
 * makes one appointment (one undoable step). The evaluator checks the step like any other
 * (an active full member, an existing target, 0 … building households), so a step built here
 * from stale data is still refused with a clear error rather than applied.
 */
import { largestAllowed, type RuleConfig } from '../rules/config';
import { foldPlan } from './fold';
import { liaisonKey, type PreparedBase } from './prepare';
import { reachAfter, reachDelta } from './reach-delta';
import type { BaseMember, PlanBody, PlanStep } from './types';

/** A member as the appointing list shows them (the name comes from the server, audited). */
export interface AppointCandidate {
  memberId: number;
  full: boolean;
  homeBuildingId: number | null;
  branchId: number | null;
  /** Liaison posts held and households linked as lead, after the plan. */
  load: { liaisonTargets: number; linkedHouseholds: number };
  /** Null: may be appointed; else why not. */
  refusal: 'probationary' | null;
}

/** What a liaison answers for: a whole building or a whole neighbourhood. */
export type LiaisonScope = { kind: 'building' | 'neighbourhood'; id: number };

/**
 * Active members of community `communityId`: living in one of its buildings, or organised in
 * one of its branches (a member may live elsewhere). Ordered by id; the server orders by name.
 */
export function communityMembers(p: PreparedBase, communityId: number): BaseMember[] {
  const branches = new Set(p.branchesByCommunity.get(communityId) ?? []);
  return p.base.members.filter((m) => {
    if (m.status !== 'active') return false;
    const home = m.buildingId === null ? undefined : p.buildings.get(m.buildingId);
    return home?.communityId === communityId || (m.branchId !== null && branches.has(m.branchId));
  });
}

/** Each member's load after `body`: liaison posts held and households linked as lead. */
export function loadsAfter(p: PreparedBase, body: PlanBody): (memberId: number) => AppointCandidate['load'] {
  const folded = foldPlan(p, body);
  const delta = reachDelta(p, folded);
  const roles = new Map<number, number>();
  for (const l of p.base.liaisons) roles.set(l.memberId, (roles.get(l.memberId) ?? 0) + 1);
  for (const { add, liaison } of folded.liaisons.values()) roles.set(liaison.memberId, (roles.get(liaison.memberId) ?? 0) + (add ? 1 : -1));
  return (memberId) => ({
    liaisonTargets: roles.get(memberId) ?? 0,
    linkedHouseholds: delta.leadTotals.get(memberId) ?? (p.leads.get(memberId)?.links.reduce((s, l) => s + l.households, 0) ?? 0),
  });
}

/** `members` as candidates after `body` (see `AppointCandidate`). */
export function appointCandidates(p: PreparedBase, body: PlanBody, members: readonly BaseMember[]): AppointCandidate[] {
  const load = loadsAfter(p, body);
  return members.map((m) => ({ memberId: m.id, full: m.full, homeBuildingId: m.buildingId, branchId: m.branchId, load: load(m.id), refusal: m.full ? null : 'probationary' }));
}

/** Whether `memberId` is liaison for `scope` after `body`. */
export function isLiaisonAfter(p: PreparedBase, body: PlanBody, memberId: number, scope: LiaisonScope): boolean {
  const key = liaisonKey(memberId, scope.kind, scope.id);
  return foldPlan(p, body).liaisons.get(key)?.add ?? p.liaisonKeys.has(key);
}

/** The step making `memberId` liaison for `scope`; null when they already are. */
export function liaisonStep(p: PreparedBase, body: PlanBody, memberId: number, scope: LiaisonScope, label: string): PlanStep | null {
  if (isLiaisonAfter(p, body, memberId, scope)) return null;
  return { label, ops: [{ op: 'addLiaison', memberId, targetKind: scope.kind, targetId: scope.id }] };
}

/** Households `memberId` links in `buildingId` after `body`. */
function linkAfter(p: PreparedBase, body: PlanBody, memberId: number, buildingId: number): number {
  const change = foldPlan(p, body).leads.get(memberId);
  if (change?.links.has(buildingId)) return change.links.get(buildingId) ?? 0;
  if (change?.reset) return 0;
  return p.leads.get(memberId)?.links.find((l) => l.buildingId === buildingId)?.households ?? 0;
}

/**
 * How many more households of `buildingId` the member could take on as lead after `body`: the
 * building's unreached households, capped by what the lead limit leaves them (never below 0).
 */
export function leadRoom(p: PreparedBase, body: PlanBody, rules: RuleConfig, memberId: number, buildingId: number): number {
  const delta = reachDelta(p, foldPlan(p, body));
  const b = p.buildings.get(buildingId);
  const r = reachAfter(p, delta, buildingId);
  if (!b || !r) return 0;
  const linked = loadsAfter(p, body)(memberId).linkedHouseholds;
  return Math.max(0, Math.min(b.households - r.reached1, largestAllowed(rules.leadMaxHouseholds) - linked));
}

/**
 * The step linking `memberId` as household-lead to `more` more households of `buildingId`
 * (on top of any link they have there); null when `more` is not a positive whole number.
 */
export function leadStep(p: PreparedBase, body: PlanBody, memberId: number, buildingId: number, more: number, label: string): PlanStep | null {
  if (!Number.isInteger(more) || more <= 0) return null;
  const households = linkAfter(p, body, memberId, buildingId) + more;
  return { label, ops: [{ op: 'linkLead', memberId, buildingId, households }] };
}
