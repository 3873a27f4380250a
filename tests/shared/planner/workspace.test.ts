/** Find/fix unassigned, suggestions and selection helpers on the toy base (toy-base.ts). */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import { buildingsInBox, buildingsInLasso, expandSelection } from '../../../shared/planner/selection';
import { suggestMembers } from '../../../shared/planner/suggest';
import { findUnassigned, fixUnassigned } from '../../../shared/planner/unassigned';
import type { PlanBody } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from './toy-base';

const p = prepareBase(toyBase());
const none: PlanBody = { steps: [] };

describe('find and fix unassigned', () => {
  it('finds the buildings left without a grid, in reading order, after the plan', () => {
    expect(findUnassigned(p).map((b) => b.id)).toEqual([6]);
    // Unassigning building 1 (north) puts it first: rows run north → south.
    expect(findUnassigned(p, { steps: [{ ops: [{ op: 'assign', buildingIds: [1], to: null }] }] }).map((b) => b.id)).toEqual([1, 6]);
  });

  it('proposes the nearest branch with room, as one step that leaves nothing unassigned', () => {
    const fix = fixUnassigned(p, none, DEFAULT_RULES);
    // Building 6 at (120.304, 36.083) is 143 m from branch 2's building 4 (90 m east, 111 m
    // north) and about 560 m from branch 1's nearest building.
    expect(fix.proposals).toEqual([{ buildingId: 6, to: 2, reason: 'nearest_with_room', distanceM: 143 }]);
    const fixed = evaluatePlan(p, { steps: [fix.step!] }, DEFAULT_RULES);
    expect(fixed.ok).toBe(true);
    expect(fixed.diff.coverage.after.unassignedBuildings).toBe(0);
  });

  it('keeps a neighbourhood whole before looking for the nearest branch', () => {
    const body: PlanBody = { steps: [{ ops: [{ op: 'assign', buildingIds: [1], to: null }, { op: 'assign', buildingIds: [2], to: 2 }] }] };
    const fix = fixUnassigned(p, body, DEFAULT_RULES);
    expect(fix.proposals.find((x) => x.buildingId === 1)).toEqual({ buildingId: 1, to: 2, reason: 'neighbourhood', distanceM: 0 });
  });

  it('skips a branch without room when another has it', () => {
    const base = toyBase();
    base.buildings = base.buildings.map((b) => (b.id === 6 ? { ...b, households: 200 } : b));
    // Branch 2 (320) would pass 500 with 200 more; branch 1 (250) would not.
    expect(fixUnassigned(prepareBase(base), none, DEFAULT_RULES).proposals).toEqual([expect.objectContaining({ to: 1, reason: 'nearest_with_room' })]);
  });
});

describe('suggestions', () => {
  it('rank members by households they would newly reach, and give the ops to do it', () => {
    const liaison = suggestMembers(p, none, DEFAULT_RULES, { kind: 'branch', id: 3 }, 'liaison');
    expect(liaison[0]).toMatchObject({ memberId: 8, gain: 300, homeBuildingId: 5, ops: [{ op: 'addLiaison', memberId: 8, targetKind: 'building', targetId: 5 }] });
    const lead = suggestMembers(p, none, DEFAULT_RULES, { kind: 'branch', id: 3 }, 'lead');
    expect(lead).toEqual([expect.objectContaining({ memberId: 8, gain: 10, ops: [{ op: 'linkLead', memberId: 8, buildingId: 5, households: 10 }] })]);
    // "< 10" households: the suggestion stays inside the limit.
    const exclusive = { ...DEFAULT_RULES, leadMaxHouseholds: { value: 10, inclusive: false } };
    expect(suggestMembers(p, none, exclusive, { kind: 'branch', id: 3 }, 'lead')[0]?.ops).toEqual([{ op: 'linkLead', memberId: 8, buildingId: 5, households: 9 }]);
  });

  it('count what the plan already reaches, and prefer the less loaded member on a tie', () => {
    // Building 4 (120 households, unreached) houses members 6 and 7; members 5 and 9 live
    // 180 m away, beyond a lead's 150 m.
    const lead = (body: PlanBody) => suggestMembers(p, body, DEFAULT_RULES, { kind: 'building', id: 4 }, 'lead').map((s) => [s.memberId, s.gain]);
    expect(lead(none)).toEqual([[6, 10], [7, 10]]);
    // Member 6 becomes liaison for building 1 (elsewhere): now the more loaded of the two.
    expect(lead({ steps: [{ ops: [{ op: 'addLiaison', memberId: 6, targetKind: 'building', targetId: 1 }] }] })).toEqual([[7, 10], [6, 10]]);
    // Once the plan makes member 6 liaison for building 4 itself, nobody is left to reach there.
    const body: PlanBody = { steps: [{ ops: [{ op: 'addLiaison', memberId: 6, targetKind: 'building', targetId: 4 }] }] };
    expect(suggestMembers(p, body, DEFAULT_RULES, { kind: 'building', id: 4 }, 'lead')).toEqual([]);
  });
});

describe('selection', () => {
  it('paints whole neighbourhoods unless asked for single buildings', () => {
    expect(expandSelection(p, [2, 3])).toEqual([1, 2, 3]);
    expect(expandSelection(p, [2, 3, 99], 'single')).toEqual([2, 3]);
  });

  it('selects by box and by lasso on the buildings\' points', () => {
    expect(buildingsInBox(p, [120.3005, 36.081, 120.3035, 36.0835])).toEqual([3, 4]);
    expect(buildingsInLasso(p, [[120.300, 36.087], [120.3015, 36.087], [120.3015, 36.089], [120.300, 36.089]])).toEqual([1]);
  });
});
