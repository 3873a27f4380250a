import { describe, expect, it } from 'vitest';
import { assignStep, communityOfSelection, createdBranches, newBranchStep, nextBranchKey, plannedOwner } from '../../../client/src/planner/painting';
import { branchColours, NEW_BRANCH_FILLS, targetColour, UNASSIGNED_FILL } from '../../../client/src/planner/colours';
import { pushStep, undoStep } from '../../../client/src/planner/undo';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from '../../shared/planner/toy-base';

const empty: PlanBody = { steps: [] };

describe('painting the selection into plan steps', () => {
  it('sends only what changes, and the evaluation sees the new totals', () => {
    const p = prepareBase(toyBase());
    // Buildings 1 and 2 are already in branch 1: only 3 moves.
    const { step, locked } = assignStep(p, empty, [1, 2, 3], 1, 'to 1');
    expect(step).toEqual({ label: 'to 1', ops: [{ op: 'assign', buildingIds: [3], to: 1 }] });
    expect(locked).toEqual([]);
    const after = evaluatePlan(p, pushStep(empty, step as NonNullable<typeof step>), DEFAULT_RULES);
    expect(after.branches.find((b) => b.branch === 1)?.after?.households).toBe(450);
    expect(assignStep(p, empty, [1, 2], 1, 'again').step).toBeNull();
  });

  it('leaves out buildings of a locked branch and says which branch kept how many', () => {
    const base = toyBase();
    base.branches[1] = { ...(base.branches[1] as (typeof base.branches)[number]), lock: { by: 'planner2', at: '2026-01-01', note: 'under review' } };
    const p = prepareBase(base);
    const { step, locked } = assignStep(p, empty, [1, 3, 4], null, 'unassign');
    expect(step?.ops).toEqual([{ op: 'assign', buildingIds: [1], to: null }]);
    expect(locked).toEqual([{ branchId: 2, buildings: 2 }]);
  });

  it('founds a new branch in the selection\'s one community with the next free key', () => {
    const p = prepareBase(toyBase());
    const first = newBranchStep(p, empty, [1, 2], '新网格', 'found');
    expect(first.key).toBe('n1');
    expect(first.step?.ops).toEqual([{ op: 'createBranch', key: 'n1', communityId: 1, name: '新网格' }, { op: 'assign', buildingIds: [1, 2], to: 'n1' }]);
    const plan = pushStep(empty, first.step as NonNullable<typeof first.step>);
    expect(nextBranchKey(plan)).toBe('n2');
    expect(createdBranches(plan).get('n1')).toEqual({ name: '新网格', communityId: 1 });
    expect(plannedOwner(p, plan)(1)).toBe('n1');
    expect(plannedOwner(p, undoStep(plan))(1)).toBe(1);
    // Buildings of two communities cannot found one grid.
    expect(communityOfSelection(p, [1, 5])).toBeNull();
    expect(newBranchStep(p, empty, [1, 5], 'x', 'found').step).toBeNull();
  });
});

describe('planner colours', () => {
  it('gives branches of one community different hues in code order, new branches strong ones, none white', () => {
    const p = prepareBase(toyBase());
    const colours = branchColours(p);
    expect(colours.get(1)).not.toBe(colours.get(2));
    expect(targetColour(colours, 'n2')).toBe(NEW_BRANCH_FILLS[1]);
    expect(targetColour(colours, null)).toBe(UNASSIGNED_FILL);
  });
});
