/**
 * The plan as its own undo stack: steps `0 … cursor-1` are in effect, the rest can be redone.
 * A new step drops whatever could have been redone (as every editor does). Pure.
 */
import type { PlanBody, PlanStep } from '../../../shared/planner/types';

/** How many steps are in effect. */
export function cursorOf(body: PlanBody): number {
  return Math.max(0, Math.min(body.steps.length, body.cursor ?? body.steps.length));
}

/** `body` with `step` appended after the cursor (redoable steps dropped). */
export function pushStep(body: PlanBody, step: PlanStep): PlanBody {
  const steps = [...body.steps.slice(0, cursorOf(body)), step];
  return { steps, cursor: steps.length };
}

export const canUndo = (body: PlanBody): boolean => cursorOf(body) > 0;
export const canRedo = (body: PlanBody): boolean => cursorOf(body) < body.steps.length;

/** One step back (the step stays, to redo); unchanged when there is nothing to undo. */
export function undoStep(body: PlanBody): PlanBody {
  return canUndo(body) ? { steps: body.steps, cursor: cursorOf(body) - 1 } : body;
}

/** One step forward again; unchanged when there is nothing to redo. */
export function redoStep(body: PlanBody): PlanBody {
  return canRedo(body) ? { steps: body.steps, cursor: cursorOf(body) + 1 } : body;
}

/** The label of the step an undo would take back, or null. */
export function undoLabel(body: PlanBody): string | null {
  return canUndo(body) ? (body.steps[cursorOf(body) - 1]?.label ?? '') : null;
}

/** The label of the step a redo would bring back, or null. */
export function redoLabel(body: PlanBody): string | null {
  return canRedo(body) ? (body.steps[cursorOf(body)]?.label ?? '') : null;
}
