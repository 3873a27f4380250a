import { describe, expect, it } from 'vitest';
import { selectAnalysis, selectBaseBuildingColours, selectPlannedColours, selectPreviewGrids, selectSelectionFigures } from '../../../client/src/planner/derive';
import { NEW_BRANCH_FILLS } from '../../../client/src/planner/colours';
import { planSeenToSave } from '../../../client/src/state/plannerSlice';
import { createAppStore } from '../../../client/src/state/store';
import { findConflicts } from '../../../shared/planner/conflicts';
import { prepareBase } from '../../../shared/planner/prepare';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from '../../shared/planner/toy-base';

function loaded() {
  const store = createAppStore();
  store.getState().setPlannerBase({ ...toyBase(), rules: DEFAULT_RULES });
  return store;
}

describe('the planner slices and what is derived from them', () => {
  it('evaluates the plan live after every step, undo and redo', () => {
    const store = loaded();
    const s = () => store.getState();
    expect(selectAnalysis(s())?.evaluation.branches).toEqual([]);
    s().addPlanStep({ label: 'found', ops: [{ op: 'createBranch', key: 'n1', communityId: 1, name: '新网格' }, { op: 'assign', buildingIds: [1, 2], to: 'n1' }] });
    expect(s().planDirty).toBe(true);
    const created = selectAnalysis(s())?.evaluation.branches.find((b) => b.branch === 'n1');
    expect(created?.after?.households).toBe(250);
    expect(created?.findings.map((f) => [f.rule, f.figure, f.limit])).toContainEqual(['grid_min_households', 250, '≥ 300']);
    // Only the two painted buildings change colour; the rest keep their base fill.
    expect([...selectPlannedColours(s())]).toEqual([[1, NEW_BRANCH_FILLS[0]], [2, NEW_BRANCH_FILLS[0]]]);
    expect(selectBaseBuildingColours(s()).get(1)).not.toBe(NEW_BRANCH_FILLS[0]);
    // The same inputs give the very same answer (components may ask on every render).
    expect(selectAnalysis(s())).toBe(selectAnalysis(s()));
    s().undoPlan();
    expect(selectAnalysis(s())?.evaluation.branches).toEqual([]);
    expect(selectPlannedColours(s()).size).toBe(0);
    s().redoPlan();
    expect(selectAnalysis(s())?.evaluation.diff.created.map((c) => c.name)).toEqual(['新网格']);
  });

  it('sums the selection and names neighbourhoods it takes only part of', () => {
    const store = loaded();
    store.getState().setPlannerSelection([1, 3]);
    const figures = selectSelectionFigures(store.getState());
    expect(figures).toMatchObject({ buildings: 2, households: 300, residents: 900, neighbourhoods: 1, partial: [{ id: 1, name: '甲小区' }] });
    expect(figures?.owners).toEqual([{ to: 1, buildings: 1 }, { to: 2, buildings: 1 }]);
  });

  it('shows a preview of the grids only while the plan is the one previewed', () => {
    const store = loaded();
    const s = () => store.getState();
    s().addPlanStep({ label: 'to 2', ops: [{ op: 'assign', buildingIds: [6], to: 2 }] });
    const grids = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { branch: 2, code: '37020399900102', isNew: false } }] };
    s().setPlanPreview({ plan: s().plan, grids });
    expect(selectPreviewGrids(s())).toBe(grids);
    s().undoPlan();
    expect(selectPreviewGrids(s())).toBeNull();
    s().redoPlan();
    // Redo gives an equal plan but not the previewed one: the preview would have to be asked again.
    expect(selectPreviewGrids(s())).toBeNull();
    s().setPlanPreview({ plan: s().plan, grids });
    s().openPlan({ steps: [] }, null);
    expect(s().planPreview).toBeNull();
  });

  it('keeps what an unsaved plan saw when the base is reloaded under it, until the plan is opened anew', () => {
    const store = loaded();
    const s = () => store.getState();
    s().addPlanStep({ label: 'to 2', ops: [{ op: 'assign', buildingIds: [2], to: 2 }] });
    // Meanwhile someone else moves building 2 into branch 3 (its branches' revisions go up), and a
    // lock elsewhere reloads the base before this plan was ever saved.
    const moved = toyBase();
    moved.buildings = moved.buildings.map((b) => (b.id === 2 ? { ...b, branchId: 3 } : b));
    moved.branches = moved.branches.map((b) => (b.id === 1 || b.id === 3 ? { ...b, revision: 1 } : b));
    s().setPlannerBase({ ...moved, rules: DEFAULT_RULES });
    const seen = planSeenToSave(s());
    expect(seen.buildings).toEqual({ 2: 1 });
    expect(seen.branches).toMatchObject({ 1: { revision: 0 }, 2: { revision: 0 } });
    // So the server, judging by what is saved, names the building as changed.
    expect(findConflicts(prepareBase(moved), seen).buildings.map((b) => [b.id, b.seen, b.now])).toEqual([[2, 1, 3]]);
    // A step painted after the reload saw the new base; a second reload keeps the first sight.
    s().addPlanStep({ label: 'to 1', ops: [{ op: 'assign', buildingIds: [3], to: 1 }] });
    s().setPlannerBase({ ...moved, rules: DEFAULT_RULES });
    expect(planSeenToSave(s()).buildings).toEqual({ 2: 1, 3: 2 });
    expect(planSeenToSave(s()).branches[1]).toEqual({ revision: 0, locked: false });
    // Opening a plan (also how apply, discard and rebase end) starts from what the base shows.
    s().openPlan({ steps: [{ ops: [{ op: 'assign', buildingIds: [2], to: 2 }] }] }, null);
    expect(s().planSeen).toBeNull();
    expect(planSeenToSave(s()).buildings).toEqual({ 2: 3 });
  });

  it('keeps no older sight for a plan without steps', () => {
    const store = loaded();
    store.getState().setPlannerBase({ ...toyBase(), rules: DEFAULT_RULES });
    expect(store.getState().planSeen).toBeNull();
  });
});
