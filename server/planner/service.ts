/**
 * The planner's workspace on the server: the base (cached per data version), evaluation with
 * conflicts and a geometry preview, stored plans, rebase, apply and locks. Routes stay thin
 * and call this; every write runs in one transaction with a version bump and an audit entry,
 * then tells the coverage model and the open dashboards.
 */
import type { Database } from 'better-sqlite3';
import type { Feature } from 'geojson';
import { findConflicts, mergeSeen, rebasePlan, seenOf, type PlanConflicts, type RebaseReport } from '../../shared/planner/conflicts';
import { analysePlan, type PlanAnalysis } from '../../shared/planner/evaluate';
import { targetLabel } from '../../shared/planner/labels';
import { prepareBase, type PreparedBase } from '../../shared/planner/prepare';
import type { PlanBody, PlanEvaluation, PlanSeen, PlanWarning, PlannerBase, PlannerBaseResponse } from '../../shared/planner/types';
import type { RuleConfig } from '../../shared/rules/config';
import type { DataVersion } from '../db/version';
import type { AuditRepository } from '../repositories/audit';
import type { CoverageService } from '../services/coverage';
import type { EventBus } from '../services/events';
import { applyPlan, type ApplyResult } from './apply';
import { plannerBaseRepository } from './base-repository';
import { cellRepository } from './cells-repository';
import { planGeometry } from './geometry';
import { gridWriteRepository } from './grid-writes';
import { plannerHistoryRepository } from './history-repository';
import { lockRepository } from './locks-repository';
import { planRepository, type PlanRow, type Who } from './plans-repository';

export interface PlannerDeps {
  db: Database;
  version: DataVersion;
  rules: RuleConfig;
  coverage: CoverageService;
  events: EventBus;
  audit: AuditRepository;
}

export interface PlanDto {
  id: number;
  name: string;
  status: PlanRow['status'];
  author: string;
  createdAt: string;
  updatedAt: string;
  appliedAt: string | null;
  discardedAt: string | null;
  baseVersion: number;
  appliedVersion: number | null;
  effectiveOn: string | null;
  revision: number;
  body: PlanBody;
  seen: PlanSeen;
  lastRebase: RebaseReport | null;
}

export interface Evaluated {
  evaluation: PlanEvaluation;
  conflicts: PlanConflicts;
  seen: PlanSeen;
  /** With `geometry`: the grids the plan redraws, as GeoJSON, with predicted codes of new grids. */
  geometry?: { features: Feature[]; warnings: PlanWarning[]; problems: string[] };
}

export function toPlanDto(r: PlanRow): PlanDto {
  return {
    id: r.id, name: r.name, status: r.status, author: r.author, createdAt: r.created_at, updatedAt: r.updated_at, appliedAt: r.applied_at,
    discardedAt: r.discarded_at, baseVersion: r.base_version, appliedVersion: r.applied_version, effectiveOn: r.effective_on, revision: r.revision,
    body: JSON.parse(r.body) as PlanBody, seen: JSON.parse(r.seen) as PlanSeen, lastRebase: r.last_rebase ? (JSON.parse(r.last_rebase) as RebaseReport) : null,
  };
}

export function plannerService(d: PlannerDeps) {
  const bases = plannerBaseRepository(d.db);
  const plans = planRepository(d.db);
  const locks = lockRepository(d.db);
  const cells = cellRepository(d.db);
  const writes = gridWriteRepository(d.db);
  const history = plannerHistoryRepository(d.db);
  let cache: { version: number; base: PlannerBase; prepared: PreparedBase; json: string | null } | null = null;

  const current = () => {
    const v = d.version.get();
    if (cache?.version !== v) {
      const base = bases.read();
      cache = { version: v, base, prepared: prepareBase(base), json: null };
    }
    return cache;
  };

  /** Runs a write with a version bump, then carries the coverage model over it unchanged. */
  const unrelatedWrite = <T>(fn: () => T): { result: T; version: number } => {
    const from = d.version.get();
    const out = d.db.transaction(() => ({ result: fn(), version: d.version.bump() }))();
    d.coverage.carryForward(from, out.version, { kind: 'unrelated' });
    return out;
  };

  const evaluate = (body: PlanBody, seen: PlanSeen | null, geometry = false): Evaluated & { analysis: PlanAnalysis } => {
    const { prepared } = current();
    const analysis = analysePlan(prepared, body, d.rules);
    const fresh = seenOf(prepared, body);
    const merged = seen ? mergeSeen(seen, fresh, body) : fresh;
    const out: Evaluated & { analysis: PlanAnalysis } = { analysis, evaluation: analysis.evaluation, conflicts: findConflicts(prepared, merged), seen: merged };
    // Accounts point at branch ids: a dissolved branch's secretary account needs a new one.
    for (const a of history.secretaryAccounts([...analysis.structure.dissolved.keys()])) {
      out.evaluation.warnings.push({
        code: 'secretary_account', message: `Secretary account ${a.username} answers for branch ${a.branchId}, which this plan dissolves; give the account its new branch.`,
        params: { account: a.username, branch: targetLabel(prepared, analysis.folded.created, a.branchId) }, record: `branch ${a.branchId}`,
      });
    }
    if (geometry && analysis.evaluation.ok) {
      const g = planGeometry(prepared, analysis, cells);
      const features: Feature[] = [...g.polygons].map(([owner, polygon]) => ({
        type: 'Feature', geometry: polygon,
        properties: { branch: owner, code: typeof owner === 'string' ? (g.codes.get(owner) ?? null) : (prepared.branches.get(owner)?.code ?? null), isNew: typeof owner === 'string' },
      }));
      out.geometry = { features, warnings: g.warnings, problems: g.problems };
    }
    return out;
  };

  return {
    plans, locks,
    /** The prepared base at the current version. */
    prepared: () => current().prepared,
    /** The base with the rules (a `PlannerBaseResponse`) as JSON text, serialised once per version. */
    baseJson(): string {
      const c = current();
      c.json ??= JSON.stringify({ ...c.base, rules: d.rules } satisfies PlannerBaseResponse);
      return c.json;
    },
    evaluate,
    /** Stores a new draft; `seen` defaults to the current grid. */
    create(name: string, body: PlanBody, seen: PlanSeen | null, who: Who): PlanDto {
      const e = evaluate(body, seen);
      const id = plans.create(name, body, e.seen, current().version, who);
      return toPlanDto(plans.get(id) as PlanRow);
    },
    /** Saves a draft's new steps; null when someone saved it since `expectedRevision`. */
    save(row: PlanRow, p: { name?: string; body: PlanBody; seen: PlanSeen | null; expectedRevision: number }, who: Who): PlanDto | null {
      const stored = JSON.parse(row.seen) as PlanSeen;
      const e = evaluate(p.body, p.seen ? mergeSeen(stored, p.seen, p.body) : stored);
      const ok = plans.save(row.id, { name: p.name ?? row.name, body: p.body, seen: e.seen, expectedRevision: p.expectedRevision }, who);
      return ok ? toPlanDto(plans.get(row.id) as PlanRow) : null;
    },
    /** The plan carried onto the current grid (see shared/planner/conflicts.ts). */
    rebase(row: PlanRow, expectedRevision: number, who: Who): { plan: PlanDto; report: RebaseReport } | null {
      const r = rebasePlan(current().prepared, JSON.parse(row.body) as PlanBody, JSON.parse(row.seen) as PlanSeen);
      const ok = plans.save(row.id, { name: row.name, body: r.body, seen: r.seen, expectedRevision, lastRebase: r.report }, who, 'rebase');
      return ok ? { plan: toPlanDto(plans.get(row.id) as PlanRow), report: r.report } : null;
    },
    /**
     * Applies a draft whose evaluation is ok and whose base has not moved (the route checks
     * both first, with `evaluate`), then updates the coverage model and tells dashboards.
     */
    apply(row: PlanRow, analysis: PlanAnalysis, on: string, who: Who & { role: string; ip: string }): ApplyResult {
      const result = applyPlan({ db: d.db, version: d.version, rules: d.rules, cells, writes, locks, plans, audit: d.audit, topology: d.coverage.topologyMemo }, { planId: row.id, prepared: current().prepared, analysis, on, who });
      if (result.onlyMoves) {
        const branchBoxes = result.changed.flatMap((id) => {
          const b = writes.branch(id);
          return b ? [{ id, bbox: [b.min_lng, b.min_lat, b.max_lng, b.max_lat] as [number, number, number, number] }] : [];
        });
        d.coverage.carryForward(result.from, result.version, { kind: 'moves', moves: result.moves, branchBoxes });
      }
      d.events.publish({ version: result.version, kind: 'plan_applied', ...(result.bbox ? { bbox: result.bbox } : {}) });
      return result;
    },
    unrelatedWrite,
  };
}

export type PlannerService = ReturnType<typeof plannerService>;
