/**
 * Typed calls for the planner's workspace (`/api/planner/…`, planners and admins only). The
 * shapes of plans and evaluations are in shared/planner/types.ts; the client evaluates plans
 * itself with the same functions, so only stored plans, locks and suggestions go over HTTP.
 */
import type { PlanConflicts, RebaseReport } from '../../../shared/planner/conflicts';
import type { AppointCandidate } from '../../../shared/planner/appoint';
import type { Suggestion, SuggestScope } from '../../../shared/planner/suggest';
import type { PlanBody, PlanSeen, PlannerBaseResponse } from '../../../shared/planner/types';
import type { FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../../../shared/model';
import { expectObject, getJson, requestJson } from './http';

/** A stored plan as the server answers it (the fields the workspace reads). */
export interface StoredPlan {
  id: number;
  name: string;
  status: 'draft' | 'applied' | 'discarded';
  author: string;
  updatedAt: string;
  baseVersion: number;
  revision: number;
  body: PlanBody;
  seen: PlanSeen;
  lastRebase: RebaseReport | null;
}

/** A line of the plans list (the server answers it with its column names). */
export interface PlanListItem {
  id: number;
  name: string;
  status: StoredPlan['status'];
  author: string;
  updated_at: string;
  revision: number;
  /** How many steps the plan holds. */
  steps: number;
}

/** What applying a plan did: the new branches with the codes they were given. */
export interface ApplyAnswer {
  plan: StoredPlan;
  result: { version: number; created: { key: string; id: number; code: string }[]; changed: number[]; dissolved: number[] };
}

/** A suggestion with the member's name (a read of personal data the server audits). */
export type NamedSuggestion = Suggestion & { name: string };

/** `GET /api/planner/base`: the grid to paint on and the rules it is judged by. */
export async function fetchPlannerBase(signal?: AbortSignal): Promise<PlannerBaseResponse> {
  return expectObject<PlannerBaseResponse>(await getJson('/api/planner/base', signal), 'GET /api/planner/base', 'rules');
}

/** `GET /api/planner/plans?status=draft`: stored drafts, newest first. */
export async function fetchDrafts(signal?: AbortSignal): Promise<PlanListItem[]> {
  return expectObject<{ plans: PlanListItem[] }>(await getJson('/api/planner/plans?status=draft', signal), 'GET /api/planner/plans', 'plans').plans;
}

/** `GET /api/planner/plans/:id`: one stored plan. */
export async function fetchPlan(id: number): Promise<StoredPlan> {
  return expectObject<{ plan: StoredPlan }>(await getJson(`/api/planner/plans/${id}`), 'GET /api/planner/plans/:id', 'plan').plan;
}

/** `GET /api/planner/plans/:id` of a draft: what changed under it since it was drawn (empty lists when nothing did). */
export async function fetchPlanConflicts(id: number): Promise<PlanConflicts> {
  const answer = expectObject<{ conflicts?: PlanConflicts }>(await getJson(`/api/planner/plans/${id}`), 'GET /api/planner/plans/:id', 'plan');
  return answer.conflicts ?? { buildings: [], branches: [], members: [] };
}

/** `POST /api/planner/plans`: stores a new draft with what its author saw. */
export async function createPlan(name: string, plan: PlanBody, seen: PlanSeen): Promise<StoredPlan> {
  return expectObject<StoredPlan>(await requestJson('POST', '/api/planner/plans', { body: { name, plan, seen } }), 'POST /api/planner/plans', 'revision');
}

/** `PUT /api/planner/plans/:id`: saves a draft's steps; 409 when someone saved it first. */
export async function savePlan(id: number, name: string, plan: PlanBody, seen: PlanSeen, expectedRevision: number): Promise<StoredPlan> {
  const body = { name, plan, seen, expectedRevision };
  return expectObject<StoredPlan>(await requestJson('PUT', `/api/planner/plans/${id}`, { body }), 'PUT /api/planner/plans/:id', 'revision');
}

/** `POST /api/planner/plans/:id/discard`. */
export async function discardPlan(id: number, expectedRevision: number): Promise<void> {
  await requestJson('POST', `/api/planner/plans/${id}/discard`, { body: { expectedRevision } });
}

/** `POST /api/planner/plans/:id/rebase`: the plan carried onto the current grid, and what that overrode or dropped. */
export async function rebaseStoredPlan(id: number, expectedRevision: number): Promise<{ plan: StoredPlan; report: RebaseReport }> {
  const path = `/api/planner/plans/${id}/rebase`;
  return expectObject<{ plan: StoredPlan; report: RebaseReport }>(await requestJson('POST', path, { body: { expectedRevision } }), `POST ${path}`, 'report');
}

/**
 * `POST /api/planner/plans/:id/apply`: one transaction, taking effect on `effectiveOn` (YYYY-MM-DD,
 * today or earlier; the server's today when absent); 409 naming what changed when the grid moved meanwhile.
 */
export async function applyStoredPlan(id: number, expectedRevision: number, effectiveOn?: string): Promise<ApplyAnswer> {
  const path = `/api/planner/plans/${id}/apply`;
  return expectObject<ApplyAnswer>(await requestJson('POST', path, { body: { expectedRevision, ...(effectiveOn ? { effectiveOn } : {}) } }), `POST ${path}`, 'result');
}

/** `POST /api/planner/locks`: no plan may take the branch's buildings until it is unlocked. */
export async function lockBranch(branchId: number, note: string): Promise<void> {
  await requestJson('POST', '/api/planner/locks', { body: { branchId, note } });
}

/** `DELETE /api/planner/locks/:id`. */
export async function unlockBranch(branchId: number): Promise<void> {
  await requestJson('DELETE', `/api/planner/locks/${branchId}`);
}

/** `POST /api/planner/suggest`: members ranked by the unreached households they would reach after `plan`. */
export async function fetchSuggestions(plan: PlanBody, scope: SuggestScope, role: 'liaison' | 'lead'): Promise<NamedSuggestion[]> {
  const body = await requestJson('POST', '/api/planner/suggest', { body: { plan, scope, role, limit: 8 } });
  return expectObject<{ suggestions: NamedSuggestion[] }>(body, 'POST /api/planner/suggest', 'suggestions').suggestions;
}

/** A member to appoint by hand, with their name (a read of personal data the server audits). */
export type NamedCandidate = AppointCandidate & { name: string };

/** `POST /api/planner/members`: active members of a community whose name contains `q`, with their load after `plan`. */
export async function fetchAppointCandidates(communityId: number, q: string, plan: PlanBody, signal?: AbortSignal): Promise<NamedCandidate[]> {
  const body = await requestJson('POST', '/api/planner/members', { body: { communityId, q, plan, limit: 20 }, ...(signal ? { signal } : {}) });
  return expectObject<{ members: NamedCandidate[] }>(body, 'POST /api/planner/members', 'members').members;
}

/** `POST /api/planner/member-names`: names of members (those a plan moves), by id. */
export async function fetchMemberNames(ids: readonly number[], signal?: AbortSignal): Promise<Map<number, string>> {
  const body = await requestJson('POST', '/api/planner/member-names', { body: { ids }, ...(signal ? { signal } : {}) });
  const { names } = expectObject<{ names: { memberId: number; name: string }[] }>(body, 'POST /api/planner/member-names', 'names');
  return new Map(names.map((n) => [n.memberId, n.name]));
}

/** A grid as the plan would redraw it: its branch (id, or a new branch's key) and code (predicted for new grids). */
export interface PreviewGridProps {
  branch: number | string;
  code: string | null;
  isNew: boolean;
}

/** `POST /api/planner/evaluate` with `geometry`: the grids the plan redraws, before it is applied (empty when the plan has errors). */
export async function fetchPlanPreview(plan: PlanBody): Promise<FeatureCollection<AreaGeometry, PreviewGridProps>> {
  const body = expectObject<{ geometry?: { features: FeatureCollection<AreaGeometry, PreviewGridProps>['features'] } }>(
    await requestJson('POST', '/api/planner/evaluate', { body: { plan, geometry: true } }),
    'POST /api/planner/evaluate',
    'evaluation',
  );
  return { type: 'FeatureCollection', features: body.geometry?.features ?? [] };
}
