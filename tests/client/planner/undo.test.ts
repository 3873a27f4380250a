import { describe, expect, it } from 'vitest';
import type { PlanBody, PlanStep } from '../../../shared/planner/types';
import { canRedo, canUndo, cursorOf, pushStep, redoLabel, redoStep, undoLabel, undoStep } from '../../../client/src/planner/undo';

const step = (label: string): PlanStep => ({ label, ops: [{ op: 'assign', buildingIds: [1], to: null }] });

describe('the plan as an undo stack', () => {
  it('pushes, undoes and redoes by moving the cursor, keeping the undone steps', () => {
    let body: PlanBody = { steps: [] };
    expect(canUndo(body)).toBe(false);
    body = pushStep(pushStep(body, step('a')), step('b'));
    expect(body).toEqual({ steps: [step('a'), step('b')], cursor: 2 });
    body = undoStep(body);
    expect(cursorOf(body)).toBe(1);
    expect(body.steps).toHaveLength(2);
    expect([undoLabel(body), redoLabel(body)]).toEqual(['a', 'b']);
    body = redoStep(body);
    expect(cursorOf(body)).toBe(2);
    expect(canRedo(body)).toBe(false);
    expect(redoStep(body)).toBe(body);
  });

  it('drops the redo stack when a new step is painted after an undo', () => {
    const body = pushStep(undoStep(pushStep(pushStep({ steps: [] }, step('a')), step('b'))), step('c'));
    expect(body.steps.map((s) => s.label)).toEqual(['a', 'c']);
    expect(canRedo(body)).toBe(false);
  });

  it('reads a missing cursor as "all steps" and never undoes past the start', () => {
    const body: PlanBody = { steps: [step('a')] };
    expect(cursorOf(body)).toBe(1);
    const none = undoStep(body);
    expect(cursorOf(none)).toBe(0);
    expect(undoStep(none)).toBe(none);
    expect(undoLabel(none)).toBeNull();
  });
});
