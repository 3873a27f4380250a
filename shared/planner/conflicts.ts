/**
 * Two planners at once. A plan records what its author saw of everything it touches
 * (`PlanSeen`); before it is applied that is compared with the grid as it now stands, and
 * any difference is a conflict named record by record. `rebasePlan` carries the plan's
 * intent (this building → that branch) onto the current grid, dropping only what can no
 * longer be done and reporting what it overrode.
 */
import { activeSteps } from './fold';
import type { PreparedBase } from './prepare';
import type { PlanBody, PlanOp, PlanSeen, PlanStep } from './types';

export interface PlanConflicts {
  buildings: { id: number; address: string; seen: number | null; now: number | null; gone: boolean }[];
  branches: { id: number; code: string; name: string; seenRevision: number; nowRevision: number | null; lockedNow: boolean; gone: boolean }[];
  members: { id: number; seen: number | null; now: number | null }[];
}

/** Ids of the branches an op touches (existing ones only). */
function opBranches(op: PlanOp): number[] {
  switch (op.op) {
    case 'assign': return typeof op.to === 'number' ? [op.to] : [];
    case 'renameBranch': return typeof op.branch === 'number' ? [op.branch] : [];
    case 'setMemberBranch': return typeof op.to === 'number' ? [op.to] : [];
    default: return [];
  }
}

/** What `body` touches, as it stands in `p` (entries for unknown records are left out). */
export function seenOf(p: PreparedBase, body: PlanBody): PlanSeen {
  const seen: PlanSeen = { buildings: {}, branches: {}, members: {} };
  const branch = (id: number | null): void => {
    const b = id === null ? undefined : p.branches.get(id);
    if (b) seen.branches[String(b.id)] = { revision: b.revision, locked: b.lock !== null };
  };
  for (const step of body.steps) {
    for (const op of step.ops) {
      opBranches(op).forEach(branch);
      if (op.op === 'assign') {
        for (const id of op.buildingIds) {
          const b = p.buildings.get(id);
          if (!b) continue;
          seen.buildings[String(id)] = b.branchId;
          branch(b.branchId);
        }
      } else if (op.op === 'setMemberBranch') {
        const m = p.members.get(op.memberId);
        if (m) {
          seen.members[String(m.id)] = m.branchId;
          branch(m.branchId);
        }
      }
    }
  }
  return seen;
}

/**
 * What a plan saw, renewed for its current steps: every record `body` touches, as `older`
 * saw it when it has it (first sight wins; records since gone keep their entry, so they show
 * as conflicts), else as `newer` (the grid now) sees it. Records the plan no longer touches
 * (undone steps) drop out, so they cannot raise conflicts.
 */
export function mergeSeen(older: PlanSeen, newer: PlanSeen, body: PlanBody): PlanSeen {
  const buildings = new Set<string>();
  const members = new Set<string>();
  const branches = new Set<string>();
  for (const step of body.steps) {
    for (const op of step.ops) {
      for (const id of opBranches(op)) branches.add(String(id));
      if (op.op === 'assign') for (const id of op.buildingIds) buildings.add(String(id));
      if (op.op === 'setMemberBranch') members.add(String(op.memberId));
    }
  }
  const keep = <V>(o: Record<string, V>, n: Record<string, V>, touched: Set<string>): Record<string, V> => {
    const out: Record<string, V> = { ...n };
    for (const [k, v] of Object.entries(o)) if (touched.has(k)) out[k] = v;
    return out;
  };
  const b = keep(older.buildings, newer.buildings, buildings);
  const m = keep(older.members, newer.members, members);
  // Branches seen through a kept building or member stay touched too.
  for (const v of [...Object.values(b), ...Object.values(m)]) if (v !== null) branches.add(String(v));
  return { buildings: b, members: m, branches: keep(older.branches, newer.branches, branches) };
}

/** Differences between what the plan saw and `p` (the grid now). */
export function findConflicts(p: PreparedBase, seen: PlanSeen): PlanConflicts {
  const out: PlanConflicts = { buildings: [], branches: [], members: [] };
  for (const [key, was] of Object.entries(seen.buildings)) {
    const b = p.buildings.get(Number(key));
    if (!b || b.branchId !== was) out.buildings.push({ id: Number(key), address: b?.address ?? '', seen: was, now: b?.branchId ?? null, gone: !b });
  }
  for (const [key, was] of Object.entries(seen.branches)) {
    const b = p.branches.get(Number(key));
    const lockedNow = b?.lock != null;
    if (!b || b.revision !== was.revision || (lockedNow && !was.locked)) {
      out.branches.push({ id: Number(key), code: b?.code ?? '', name: b?.name ?? '', seenRevision: was.revision, nowRevision: b?.revision ?? null, lockedNow, gone: !b });
    }
  }
  for (const [key, was] of Object.entries(seen.members)) {
    const m = p.members.get(Number(key));
    if ((m?.branchId ?? null) !== was) out.members.push({ id: Number(key), seen: was, now: m?.branchId ?? null });
  }
  out.buildings.sort((a, b) => a.id - b.id);
  out.branches.sort((a, b) => a.id - b.id);
  out.members.sort((a, b) => a.id - b.id);
  return out;
}

export const hasConflicts = (c: PlanConflicts): boolean => c.buildings.length + c.branches.length + c.members.length > 0;

/** One sentence naming what changed, for the 409 answer. */
export function describeConflicts(c: PlanConflicts): string {
  const parts: string[] = [];
  if (c.buildings.length) {
    parts.push(`buildings ${c.buildings.slice(0, 10).map((b) => (b.gone ? `${b.id} (gone)` : `${b.id} ${b.address} (branch ${b.seen ?? 'none'} → ${b.now ?? 'none'})`)).join(', ')}${c.buildings.length > 10 ? ` and ${c.buildings.length - 10} more` : ''}`);
  }
  if (c.branches.length) {
    parts.push(`branches ${c.branches.map((b) => (b.gone ? `${b.id} (dissolved)` : `${b.code} ${b.name} (${b.lockedNow ? 'now locked' : `revision ${b.seenRevision} → ${b.nowRevision}`})`)).join(', ')}`);
  }
  if (c.members.length) parts.push(`members ${c.members.map((m) => `${m.id} (branch ${m.seen ?? 'none'} → ${m.now ?? 'none'})`).join(', ')}`);
  return `The grid changed since this plan was drawn: ${parts.join('; ')}. Rebase the plan onto the current grid, check it, then apply.`;
}

export interface RebaseReport {
  /** Buildings someone else moved meanwhile that the plan now moves anyway. */
  overridden: { buildingId: number; seen: number | null; now: number | null; planned: number | string | null }[];
  /**
   * What the plan can no longer do, and why: `code` for a client to word in its language (with
   * `branchId`, the branch a `branch_locked` names), `reason` the same in English for logs.
   */
  dropped: { step: number; op: number; record: string; code: DropCode; branchId: number | null; reason: string }[];
}

/** Why a rebase could not keep an op: its branch was dissolved, its building is gone, or the building's branch is locked now. */
export type DropCode = 'branch_dissolved' | 'building_gone' | 'branch_locked';

/**
 * The plan carried onto `p`: same steps and cursor, minus what can no longer be done
 * (demolished buildings, buildings of a now-locked branch, branches dissolved meanwhile),
 * with `seen` renewed from `p`.
 */
export function rebasePlan(p: PreparedBase, body: PlanBody, seen: PlanSeen): { body: PlanBody; seen: PlanSeen; report: RebaseReport } {
  const report: RebaseReport = { overridden: [], dropped: [] };
  const overridden = new Map<number, RebaseReport['overridden'][number]>();
  const active = activeSteps(body).length;
  const steps: PlanStep[] = body.steps.map((step, s) => ({
    ...step,
    ops: step.ops.flatMap((op, o): PlanOp[] => {
      const drop = (record: string, code: DropCode, reason: string, branchId: number | null = null): void => {
        report.dropped.push({ step: s, op: o, record, code, branchId, reason });
      };
      const gone = opBranches(op).find((id) => !p.branches.has(id));
      if (gone !== undefined) {
        drop(`branch ${gone}`, 'branch_dissolved', 'the branch was dissolved meanwhile', gone);
        return [];
      }
      if (op.op !== 'assign') return [op];
      const kept = op.buildingIds.filter((id) => {
        const b = p.buildings.get(id);
        if (!b) drop(`building ${id}`, 'building_gone', 'the building is demolished or gone');
        else if (b.branchId !== op.to && b.branchId !== null && p.branches.get(b.branchId)?.lock) drop(`building ${id}`, 'branch_locked', `branch ${b.branchId} is now locked`, b.branchId);
        else {
          const was = seen.buildings[String(id)];
          // The last step to paint a building is the one that counts.
          if (s < active && was !== undefined && was !== b.branchId) overridden.set(id, { buildingId: id, seen: was, now: b.branchId, planned: op.to });
          return true;
        }
        return false;
      });
      return kept.length > 0 ? [{ ...op, buildingIds: kept }] : [];
    }),
  }));
  report.overridden = [...overridden.values()].sort((a, b) => a.buildingId - b.buildingId);
  const rebased: PlanBody = { steps, cursor: Math.min(body.cursor ?? body.steps.length, steps.length) };
  return { body: rebased, seen: seenOf(p, rebased), report };
}
