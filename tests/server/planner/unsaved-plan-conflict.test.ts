/**
 * Two planners, one of whom never saved (planner-conflict bug 1): A paints building 2 into a
 * new branch in the client's store, B applies a move of the same building, and A locks and
 * unlocks a branch, which reloads the base under A's unsaved plan. A's plan, stored with what
 * the store says its steps saw, is refused on apply naming building 2; nothing changes. The
 * real app and database (tiny dataset, see fixture.ts); the client's real store.
 */
import { describe, expect, it } from 'vitest';
import { planSeenToSave } from '../../../client/src/state/plannerSlice';
import { createAppStore } from '../../../client/src/state/store';
import type { PlanConflicts } from '../../../shared/planner/conflicts';
import type { PlannerBaseResponse } from '../../../shared/planner/types';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

describe('an unsaved plan whose base is reloaded before apply', () => {
  it('is refused naming the building someone else moved meanwhile', async () => {
    const store = createAppStore();
    const loadBase = async () => store.getState().setPlannerBase((await api.get('/api/planner/base')).json() as PlannerBaseResponse);
    await loadBase();
    store.getState().addPlanStep({ label: 'A', ops: [{ op: 'createBranch', key: 'n1', communityId: 1, name: '西社区第三网格党支部' }, { op: 'assign', buildingIds: [2], to: 'n1' }] });

    // B moves building 2 into branch 2 and applies it.
    const b = (await api.create('B', plan([{ op: 'assign', buildingIds: [2], to: 2 }]), f.other)).json();
    expect((await api.apply(b.id, 1, '2025-06-01', f.other)).statusCode).toBe(200);
    expect(api.branchOf(2)).toBe(2);

    // A locks and unlocks branch 3: each reloads the base, as the page's lock button does.
    expect((await api.send('POST', '/api/planner/locks', { branchId: 3, note: '' })).statusCode).toBe(201);
    await loadBase();
    expect((await api.send('DELETE', '/api/planner/locks/3', {})).statusCode).toBe(200);
    await loadBase();
    expect(store.getState().plannerBase?.prepared.buildings.get(2)?.branchId).toBe(2);

    // A saves for the first time (as `savePlanAs` does) and applies.
    const s = store.getState();
    const created = await api.send('POST', '/api/planner/plans', { name: 'A', plan: s.plan, seen: planSeenToSave(s) });
    expect(created.statusCode).toBe(201);
    const a = created.json() as { id: number; revision: number };
    const version = api.version();
    const refused = await api.apply(a.id, a.revision, '2025-06-01');
    expect(refused.statusCode, refused.body).toBe(409);
    const answer = refused.json() as { field: string; conflicts: PlanConflicts };
    expect(answer.field).toBe('seen');
    expect(answer.conflicts.buildings.map((x) => [x.id, x.seen, x.now])).toEqual([[2, 1, 2]]);
    // Nothing changed: B's move stands and no branch was founded.
    expect(api.branchOf(2)).toBe(2);
    expect(api.version()).toBe(version);
  });
});
