/**
 * Turns the selection into plan steps (pure): assign it to a branch, unassign it, or found a
 * new branch with it. Buildings already where they are sent are left out (a step should say
 * what changes), and so are buildings of locked branches, which no plan may take: the result
 * names them so the page can say why.
 */
import { activeSteps } from '../../../shared/planner/fold';
import type { PreparedBase } from '../../../shared/planner/prepare';
import type { BranchTarget, PlanBody, PlanStep } from '../../../shared/planner/types';

export interface PaintResult {
  /** The step to push, or null when nothing would change. */
  step: PlanStep | null;
  /** Locked branches whose buildings were left out, with how many. */
  locked: { branchId: number; buildings: number }[];
}

/** Where each building stands after the steps in effect: the plan's last word, else the base. */
export function plannedOwner(p: PreparedBase, body: PlanBody): (buildingId: number) => BranchTarget {
  const last = new Map<number, BranchTarget>();
  for (const step of activeSteps(body)) for (const op of step.ops) if (op.op === 'assign') for (const id of op.buildingIds) last.set(id, op.to);
  return (id) => (last.has(id) ? (last.get(id) as BranchTarget) : (p.buildings.get(id)?.branchId ?? null));
}

/** Splits the selection into what may move to `to` and what a lock keeps where it is. */
function movable(p: PreparedBase, body: PlanBody, ids: readonly number[], to: BranchTarget): { ids: number[]; locked: PaintResult['locked'] } {
  const owner = plannedOwner(p, body);
  const locked = new Map<number, number>();
  const out: number[] = [];
  for (const id of ids) {
    const b = p.buildings.get(id);
    if (!b || owner(id) === to) continue;
    const lockedFrom = b.branchId !== null && b.branchId !== to && p.branches.get(b.branchId)?.lock ? b.branchId : null;
    if (lockedFrom !== null) locked.set(lockedFrom, (locked.get(lockedFrom) ?? 0) + 1);
    else out.push(id);
  }
  return { ids: out, locked: [...locked].map(([branchId, buildings]) => ({ branchId, buildings })) };
}

/** The step sending the selection to an existing branch, a new branch's key, or nowhere (null). */
export function assignStep(p: PreparedBase, body: PlanBody, ids: readonly number[], to: BranchTarget, label: string): PaintResult {
  const { ids: moving, locked } = movable(p, body, ids, to);
  return { step: moving.length === 0 ? null : { label, ops: [{ op: 'assign', buildingIds: moving, to }] }, locked };
}

/** A key for a new branch that no step of `body` uses yet: `n1`, `n2`, … (never all digits). */
export function nextBranchKey(body: PlanBody): string {
  let n = 0;
  for (const step of body.steps) for (const op of step.ops) if (op.op === 'createBranch') n = Math.max(n, Number(/^n(\d+)$/.exec(op.key)?.[1] ?? 0));
  return `n${n + 1}`;
}

/** The one community all of `ids` lie in, or null when they span several (or none is known). */
export function communityOfSelection(p: PreparedBase, ids: readonly number[]): number | null {
  const found = new Set(ids.map((id) => p.buildings.get(id)?.communityId ?? null));
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}

/** The step founding branch `name` in the selection's community with the selection in it. */
export function newBranchStep(p: PreparedBase, body: PlanBody, ids: readonly number[], name: string, label: string): PaintResult & { key: string } {
  const key = nextBranchKey(body);
  const communityId = communityOfSelection(p, ids);
  const { ids: moving, locked } = movable(p, body, ids, key);
  if (communityId === null || moving.length === 0) return { step: null, locked, key };
  return { step: { label, ops: [{ op: 'createBranch', key, communityId, name }, { op: 'assign', buildingIds: moving, to: key }] }, locked, key };
}

/** New branches founded by the steps in effect, by key. */
export function createdBranches(body: PlanBody): Map<string, { name: string; communityId: number }> {
  const out = new Map<string, { name: string; communityId: number }>();
  for (const step of activeSteps(body)) for (const op of step.ops) if (op.op === 'createBranch') out.set(op.key, { name: op.name, communityId: op.communityId });
  return out;
}
