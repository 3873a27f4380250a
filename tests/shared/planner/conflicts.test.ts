import { describe, expect, it } from 'vitest';
import { describeConflicts, findConflicts, hasConflicts, mergeSeen, rebasePlan, seenOf } from '../../../shared/planner/conflicts';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from './toy-base';

const body: PlanBody = {
  steps: [
    { label: 'paint b3', ops: [{ op: 'assign', buildingIds: [3], to: 1 }] },
    { label: 'paint b6', ops: [{ op: 'assign', buildingIds: [6], to: 2 }] },
  ],
};

/** The toy grid after someone else moved building 3 to branch 1 and building 6 was demolished. */
function changedBase() {
  const base = toyBase();
  base.version = 9;
  base.buildings = base.buildings.filter((b) => b.id !== 6).map((b) => (b.id === 3 ? { ...b, branchId: 1 } : b));
  base.branches = base.branches.map((b) => (b.id <= 2 ? { ...b, revision: 1 } : b));
  return prepareBase(base);
}

describe('what a plan saw', () => {
  it('records every touched building, branch and pinned member', () => {
    const seen = seenOf(prepareBase(toyBase()), { steps: [...body.steps, { ops: [{ op: 'setMemberBranch', memberId: 8, to: 1 }] }] });
    expect(seen).toEqual({
      buildings: { 3: 2, 6: null },
      branches: { 1: { revision: 0, locked: false }, 2: { revision: 0, locked: false }, 3: { revision: 0, locked: false } },
      members: { 8: 3 },
    });
  });

  it('keeps the first sighting when renewed, even of records since gone, and forgets what the plan no longer touches', () => {
    const body: PlanBody = { steps: [{ ops: [{ op: 'assign', buildingIds: [3, 4, 6], to: 1 }] }] };
    const older = { buildings: { 3: 2, 5: 3, 6: null }, branches: { 2: { revision: 0, locked: false }, 3: { revision: 0, locked: false } }, members: {} };
    const merged = mergeSeen(older, { buildings: { 3: 1, 4: 2 }, branches: { 1: { revision: 4, locked: false } }, members: {} }, body);
    expect(merged.buildings).toEqual({ 3: 2, 4: 2, 6: null });
    expect(Object.keys(merged.branches)).toEqual(['1', '2']);
  });
});

describe('conflicts', () => {
  it('are none on the base the plan was drawn on', () => {
    const p = prepareBase(toyBase());
    expect(hasConflicts(findConflicts(p, seenOf(p, body)))).toBe(false);
  });

  it('name each building and branch that changed', () => {
    const seen = seenOf(prepareBase(toyBase()), body);
    const c = findConflicts(changedBase(), seen);
    expect(c.buildings).toEqual([
      { id: 3, address: '测试路3号', seen: 2, now: 1, gone: false },
      { id: 6, address: '', seen: null, now: null, gone: true },
    ]);
    expect(c.branches.map((b) => [b.id, b.seenRevision, b.nowRevision])).toEqual([[1, 0, 1], [2, 0, 1]]);
    expect(describeConflicts(c)).toMatch(/^The grid changed since this plan was drawn: buildings 3 测试路3号 \(branch 2 → 1\), 6 \(gone\); branches 37020399900101 .*revision 0 → 1/);
  });

  it('include a branch locked since', () => {
    const p = prepareBase(toyBase());
    const seen = seenOf(p, body);
    const base = toyBase();
    base.branches[1] = { ...base.branches[1]!, lock: { by: 'b', at: 't', note: '' } };
    expect(findConflicts(prepareBase(base), seen).branches).toEqual([expect.objectContaining({ id: 2, lockedNow: true })]);
  });
});

describe('rebase', () => {
  it('keeps the intent, drops what can no longer be done and reports what it overrode', () => {
    const seen = seenOf(prepareBase(toyBase()), body);
    const now = changedBase();
    const { body: rebased, seen: fresh, report } = rebasePlan(now, body, seen);
    // Building 3 was moved to branch 1 by someone else: the plan's own target is branch 1 too,
    // so nothing is overridden there; building 6 is gone, so its step empties.
    expect(rebased.steps.map((s) => s.ops)).toEqual([[{ op: 'assign', buildingIds: [3], to: 1 }], []]);
    expect(report.dropped).toEqual([{ step: 1, op: 0, record: 'building 6', code: 'building_gone', branchId: null, reason: 'the building is demolished or gone' }]);
    expect(report.overridden).toEqual([{ buildingId: 3, seen: 2, now: 1, planned: 1 }]);
    expect(hasConflicts(findConflicts(now, fresh))).toBe(false);
    expect(evaluatePlan(now, rebased, DEFAULT_RULES).ok).toBe(true);
  });

  it('reports a building someone else moved that the plan moves elsewhere', () => {
    const plan: PlanBody = { steps: [{ ops: [{ op: 'assign', buildingIds: [3], to: null }] }] };
    const seen = seenOf(prepareBase(toyBase()), plan);
    const { report } = rebasePlan(changedBase(), plan, seen);
    expect(report.overridden).toEqual([{ buildingId: 3, seen: 2, now: 1, planned: null }]);
  });

  it('drops buildings of a branch locked since', () => {
    const base = toyBase();
    base.branches[1] = { ...base.branches[1]!, lock: { by: 'b', at: 't', note: '' } };
    const { body: rebased, report } = rebasePlan(prepareBase(base), body, seenOf(prepareBase(toyBase()), body));
    expect(rebased.steps[0]?.ops).toEqual([]);
    expect(report.dropped).toEqual([{ step: 0, op: 0, record: 'building 3', code: 'branch_locked', branchId: 2, reason: 'branch 2 is now locked' }]);
  });
});
