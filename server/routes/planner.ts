/**
 * The planner's workspace (issue "Planner's workspace: assign buildings to branches"):
 * the base a client paints on, live evaluation, stored plans (save, reopen, rebase, discard,
 * apply), locks, find/fix unassigned, suggestions, members to appoint by hand and the names of
 * members a plan moves. Planners and admins only; every read of names is audited. Shapes are in
 * shared/planner/types.ts; the work is in server/planner/.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeConflicts, hasConflicts } from '../../shared/planner/conflicts';
import { personalDataAccess } from '../../shared/auth/roles';
import { appointCandidates, communityMembers, type AppointCandidate } from '../../shared/planner/appoint';
import { suggestMembers, type SuggestScope } from '../../shared/planner/suggest';
import type { PlanBody, PlanSeen } from '../../shared/planner/types';
import { findUnassigned, fixUnassigned } from '../../shared/planner/unassigned';
import { accountOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import { plannerHistoryRepository } from '../planner/history-repository';
import { PLAN_STATUSES, type PlanRow, type PlanStatus } from '../planner/plans-repository';
import { idParams, schemas } from '../planner/schemas';
import { plannerService, toPlanDto } from '../planner/service';

const PLANNERS = ['admin', 'planner'] as const;
const EMPTY: PlanBody = { steps: [] };

export async function plannerRoutes(app: FastifyInstance, opts: { audit: AuditRepository }): Promise<void> {
  const planner = plannerService({ db: app.db, version: app.dataVersion, rules: app.coverage.rules, coverage: app.coverage, events: app.events, audit: opts.audit });
  const history = plannerHistoryRepository(app.db);
  const who = (request: FastifyRequest) => {
    const p = accountOf(request);
    return { accountId: p.accountId, username: p.username, role: p.role, ip: request.ip };
  };
  const log = (request: FastifyRequest, action: string, target: string, ids: readonly number[] = [], detail = ''): void => {
    const w = who(request);
    opts.audit.record({ ...w, action, target, recordIds: ids, detail });
  };
  /** A stored draft, or 404 / 409 saying why not; with the revision the caller saw checked. */
  const draft = (id: number, expectedRevision?: number): PlanRow => {
    const row = planner.plans.get(id);
    if (!row) throw new HttpError(404, `No plan ${id}.`, 'id', `plan ${id}`);
    if (row.status !== 'draft') throw new HttpError(409, `Plan ${id} is ${row.status}; only drafts change. Copy its steps into a new plan to go on.`, 'id', `plan ${id}`);
    if (expectedRevision !== undefined && row.revision !== expectedRevision) {
      throw new HttpError(409, `Someone else saved plan ${id} first: it is at revision ${row.revision}, not ${expectedRevision}. Reopen it and try again.`, 'expectedRevision', `plan ${id}`);
    }
    return row;
  };
  const staleSave = (id: number): never => {
    throw new HttpError(409, `Someone else saved plan ${id} first; reopen it and try again.`, 'expectedRevision', `plan ${id}`);
  };

  app.get('/api/planner/base', {
    config: { access: PLANNERS },
    schema: { summary: 'The grid to paint on: branches with revisions and locks, buildings, members without personal data, leads, liaisons (see PlannerBase)' },
  }, async (_request, reply) => reply.type('application/json; charset=utf-8').header('etag', `"planner-base-${app.dataVersion.get()}"`).send(planner.baseJson()));

  app.post<{ Body: { plan: PlanBody; seen?: PlanSeen; geometry?: boolean } }>('/api/planner/evaluate', {
    config: { access: PLANNERS },
    schema: { summary: 'Evaluate a plan: errors, warnings, live totals and rule findings per touched branch, diff, conflicts; optionally the redrawn grids', body: schemas.evaluate },
  }, async (request) => {
    const { plan, seen, geometry } = request.body;
    const { analysis: _a, ...out } = planner.evaluate(plan, seen ?? null, geometry ?? false);
    return out;
  });

  app.get<{ Querystring: { status?: PlanStatus } }>('/api/planner/plans', {
    config: { access: PLANNERS },
    schema: { summary: 'Stored plans, newest first', querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: [...PLAN_STATUSES] } } } },
  }, async (request) => ({ plans: planner.plans.list(request.query.status) }));

  app.post<{ Body: { name: string; plan: PlanBody; seen?: PlanSeen } }>('/api/planner/plans', {
    config: { access: PLANNERS },
    schema: { summary: 'Save a new draft plan (what it saw of the grid is recorded for conflict checks)', body: schemas.create },
  }, async (request, reply) => {
    const { name, plan, seen } = request.body;
    const dto = app.db.transaction(() => {
      const created = planner.create(name, plan, seen ?? null, who(request));
      log(request, 'plan_create', `plan ${created.id}`, [], name);
      return created;
    })();
    return reply.code(201).send(dto);
  });

  app.get<{ Params: { id: number } }>('/api/planner/plans/:id', {
    config: { access: PLANNERS },
    schema: { summary: 'A stored plan with its evaluation against the current grid and any conflicts', params: idParams },
  }, async (request) => {
    const row = planner.plans.get(request.params.id);
    if (!row) throw new HttpError(404, `No plan ${request.params.id}.`, 'id', `plan ${request.params.id}`);
    const plan = toPlanDto(row);
    if (row.status !== 'draft') return { plan };
    const { evaluation, conflicts } = planner.evaluate(plan.body, plan.seen);
    return { plan, evaluation, conflicts };
  });

  app.put<{ Params: { id: number }; Body: { name?: string; plan: PlanBody; seen?: PlanSeen; expectedRevision: number } }>('/api/planner/plans/:id', {
    config: { access: PLANNERS },
    schema: { summary: 'Save a draft\'s steps (and cursor); refused when someone else saved it first', params: idParams, body: schemas.save },
  }, async (request) => {
    const { name, plan, seen, expectedRevision } = request.body;
    const row = draft(request.params.id, expectedRevision);
    return app.db.transaction(() => {
      const saved = planner.save(row, { ...(name ? { name } : {}), body: plan, seen: seen ?? null, expectedRevision }, who(request)) ?? staleSave(row.id);
      log(request, 'plan_save', `plan ${row.id}`, [], `revision ${saved.revision}`);
      return saved;
    })();
  });

  app.get<{ Params: { id: number } }>('/api/planner/plans/:id/revisions', {
    config: { access: PLANNERS },
    schema: { summary: 'Every saved version of a plan (nothing is lost)', params: idParams },
  }, async (request) => {
    const revisions = planner.plans.revisions(request.params.id);
    if (revisions.length === 0) throw new HttpError(404, `No plan ${request.params.id}.`, 'id', `plan ${request.params.id}`);
    return { revisions: revisions.map((r) => ({ ...r, body: JSON.parse(r.body) as PlanBody })) };
  });

  app.post<{ Params: { id: number }; Body: { expectedRevision: number } }>('/api/planner/plans/:id/discard', {
    config: { access: PLANNERS },
    schema: { summary: 'Discard a draft (it stays stored, marked discarded)', params: idParams, body: schemas.revisionOnly },
  }, async (request) => {
    const row = draft(request.params.id, request.body.expectedRevision);
    app.db.transaction(() => {
      if (!planner.plans.discard(row.id, row.revision, who(request))) staleSave(row.id);
      log(request, 'plan_discard', `plan ${row.id}`);
    })();
    return toPlanDto(planner.plans.get(row.id) as PlanRow);
  });

  app.post<{ Params: { id: number }; Body: { expectedRevision: number } }>('/api/planner/plans/:id/rebase', {
    config: { access: PLANNERS },
    schema: { summary: 'Carry a draft onto the current grid: keeps its intent, drops what can no longer be done, reports what it overrode', params: idParams, body: schemas.revisionOnly },
  }, async (request) => {
    const row = draft(request.params.id, request.body.expectedRevision);
    return app.db.transaction(() => {
      const out = planner.rebase(row, row.revision, who(request)) ?? staleSave(row.id);
      log(request, 'plan_rebase', `plan ${row.id}`, out.report.overridden.map((o) => o.buildingId), `${out.report.overridden.length} overridden, ${out.report.dropped.length} dropped`);
      return out;
    })();
  });

  app.post<{ Params: { id: number }; Body: { expectedRevision: number; effectiveOn?: string } }>('/api/planner/plans/:id/apply', {
    config: { access: PLANNERS },
    schema: { summary: 'Apply a draft in one transaction (refused with 409 naming what changed if the grid moved since it was drawn, 400 if the plan is bad)', params: idParams, body: schemas.apply },
  }, async (request, reply: FastifyReply) => {
    const row = draft(request.params.id, request.body.expectedRevision);
    const record = `plan ${row.id}`;
    const on = request.body.effectiveOn ?? app.today();
    app.checkPastDay(on, 'effectiveOn', record);
    const plan = toPlanDto(row);
    const e = planner.evaluate(plan.body, plan.seen);
    if (hasConflicts(e.conflicts)) {
      return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: describeConflicts(e.conflicts), field: 'seen', record, conflicts: e.conflicts });
    }
    if (!e.evaluation.ok) {
      const first = e.evaluation.errors[0];
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: `${first?.message} (${first?.field})`, field: first?.field, record: first?.record, errors: e.evaluation.errors });
    }
    const result = planner.apply(row, e.analysis, on, who(request));
    return { plan: toPlanDto(planner.plans.get(row.id) as PlanRow), result, evaluation: e.evaluation };
  });

  app.get('/api/planner/locks', {
    config: { access: PLANNERS },
    schema: { summary: 'Locked branches: who locked them, when and why' },
  }, async () => ({ locks: planner.locks.locks().map((l) => ({ branchId: l.branch_id, code: l.code, name: l.name, lockedBy: l.locked_by, lockedAt: l.locked_at, note: l.lock_note })) }));

  const lockWrite = (request: FastifyRequest, branchId: number, lock: boolean, note = '') => {
    const branch = planner.locks.branch(branchId);
    if (!branch) throw new HttpError(404, `No current branch ${branchId}.`, 'branchId', `branch ${branchId}`);
    const { version } = planner.unrelatedWrite(() => {
      const held = planner.locks.lockOf(branchId);
      if (lock && !planner.locks.lock(branchId, who(request), note)) throw new HttpError(409, `Branch ${branch.name} is already locked by ${held?.locked_by} since ${held?.locked_at}.`, 'branchId', `branch ${branchId}`);
      if (!lock && !planner.locks.unlock(branchId)) throw new HttpError(404, `Branch ${branch.name} is not locked.`, 'branchId', `branch ${branchId}`);
      log(request, lock ? 'branch_lock' : 'branch_unlock', `branch ${branchId}`, [branchId], note);
    });
    app.events.publish({ version, kind: lock ? 'branch_locked' : 'branch_unlocked', bbox: [branch.min_lng, branch.min_lat, branch.max_lng, branch.max_lat] });
    return { branchId, locked: lock, version };
  };

  app.post<{ Body: { branchId: number; note?: string } }>('/api/planner/locks', {
    config: { access: PLANNERS },
    schema: { summary: 'Lock a branch: no plan may take its buildings until it is unlocked', body: schemas.lock },
  }, async (request, reply) => reply.code(201).send(lockWrite(request, request.body.branchId, true, request.body.note ?? '')));

  app.delete<{ Params: { id: number } }>('/api/planner/locks/:id', {
    config: { access: PLANNERS },
    schema: { summary: 'Unlock a branch', params: idParams },
  }, async (request) => lockWrite(request, request.params.id, false));

  app.post<{ Body: { plan?: PlanBody } }>('/api/planner/unassigned', {
    config: { access: PLANNERS },
    schema: { summary: 'Find unassigned (buildings with no grid after the plan, in reading order) and Fix unassigned (a proposed step)', body: schemas.unassigned },
  }, async (request) => {
    const p = planner.prepared();
    const plan = request.body.plan ?? EMPTY;
    return { buildings: findUnassigned(p, plan), ...fixUnassigned(p, plan, app.coverage.rules) };
  });

  app.post<{ Body: { plan?: PlanBody; scope: SuggestScope; role: 'liaison' | 'lead'; limit?: number } }>('/api/planner/suggest', {
    config: { access: PLANNERS },
    schema: { summary: 'Members who would reach the most unreached households as liaison or household-lead, with the ops to add', body: schemas.suggest },
  }, async (request) => {
    const { plan, scope, role, limit } = request.body;
    const suggestions = suggestMembers(planner.prepared(), plan ?? EMPTY, app.coverage.rules, scope, role, limit ?? 10);
    const names = history.memberNames(suggestions.map((s) => s.memberId));
    log(request, 'read_suggestions', `${scope.kind} ${scope.id}`, suggestions.map((s) => s.memberId), role);
    return { suggestions: suggestions.map((s) => ({ ...s, name: names.get(s.memberId) ?? '' })) };
  });

  /** A member's name as the caller's role may see it (planners and admins see names). */
  const nameFor = (request: FastifyRequest, name: string): string => (personalDataAccess(who(request).role) === 'none' ? '***' : name);

  app.post<{ Body: { communityId: number; q?: string; plan?: PlanBody; limit?: number } }>('/api/planner/members', {
    config: { access: PLANNERS },
    schema: { summary: 'Active members of a community whose name contains q, with their load after the plan and whether they may be appointed liaison or household-lead (names: an audited read)', body: schemas.members },
  }, async (request) => {
    const { communityId, q, plan, limit } = request.body;
    const p = planner.prepared();
    if (!p.communities.has(communityId)) throw new HttpError(404, `No community ${communityId}.`, 'communityId', `community ${communityId}`);
    const found = history.searchNames(communityMembers(p, communityId).map((m) => m.id), (q ?? '').trim(), limit ?? 20);
    const byId = new Map(appointCandidates(p, plan ?? EMPTY, found.map((f) => p.members.get(f.id)).filter((m) => m !== undefined)).map((c) => [c.memberId, c]));
    log(request, 'read_members', `community ${communityId}`, found.map((f) => f.id), `appoint: "${q ?? ''}"`);
    const members: (AppointCandidate & { name: string })[] = found.flatMap((f) => {
      const c = byId.get(f.id);
      return c ? [{ ...c, name: nameFor(request, f.name) }] : [];
    });
    return { members };
  });

  app.post<{ Body: { ids: number[] } }>('/api/planner/member-names', {
    config: { access: PLANNERS },
    schema: { summary: 'Names of members (e.g. those whose branch a plan changes), for the plan diff (an audited read)', body: schemas.memberNames },
  }, async (request) => {
    const names = history.memberNames(request.body.ids);
    log(request, 'read_member_names', 'plan diff', [...names.keys()], '');
    return { names: [...names].sort((a, b) => a[0] - b[0]).map(([memberId, name]) => ({ memberId, name: nameFor(request, name) })) };
  });

  app.get<{ Params: { id: number } }>('/api/planner/branches/:id/history', {
    config: { access: PLANNERS },
    schema: { summary: 'A branch\'s periods: code, name and box from each day to the next change', params: idParams },
  }, async (request) => {
    const periods = history.branchPeriods(request.params.id);
    if (periods.length === 0) throw new HttpError(404, `No branch ${request.params.id}.`, 'id', `branch ${request.params.id}`);
    return { periods };
  });
}
