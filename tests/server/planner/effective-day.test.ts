/**
 * The day a plan takes effect, as the planner's apply confirmation relies on it: a branch
 * cannot end the day it was founded (409 on `effectiveOn`, naming the branch, whose first
 * period starts that day in its history); a later day applies, and the map as of each day
 * shows the grid of that day; a future day is refused (400 on `effectiveOn`). The real app and
 * database (tiny dataset, see fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

const NAME = '西社区第三网格党支部';
const branchNames = async (asOf: string): Promise<string[]> =>
  ((await api.get(`/api/layers/branches?asOf=${asOf}`)).json().features as { properties: { name: string } }[]).map((x) => x.properties.name).sort();

describe('the day a plan takes effect', () => {
  it('cannot end a branch the day it was founded; the next day it can, and each day shows its own grid', async () => {
    const founding = (await api.create('新建', plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: NAME }, { op: 'assign', buildingIds: [1], to: 'n1' }]))).json();
    const founded = await api.apply(founding.id, 1, '2025-05-01');
    expect(founded.statusCode, founded.body).toBe(200);
    const id = founded.json().result.created[0].id as number;
    const history = (await api.get(`/api/planner/branches/${id}/history`)).json().periods as { validFrom: string }[];
    expect(history[0]?.validFrom).toBe('2025-05-01');

    // Building 1 back into branch 2 leaves the new branch empty: dissolved, the day it was founded.
    const undoing = (await api.create('撤销', plan([{ op: 'assign', buildingIds: [1], to: 2 }]))).json();
    const version = api.version();
    const refused = await api.apply(undoing.id, 1, '2025-05-01');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'effectiveOn', record: `branch ${id}`, message: expect.stringContaining(`Branch ${NAME} was founded on 2025-05-01`) });
    expect(api.version()).toBe(version);
    expect(api.branchOf(1)).toBe(id);

    const future = await api.apply(undoing.id, 1, '2999-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ field: 'effectiveOn' });

    const applied = await api.apply(undoing.id, 1, '2025-05-02');
    expect(applied.statusCode, applied.body).toBe(200);
    expect(api.branchOf(1)).toBe(2);
    expect(f.db.prepare('SELECT valid_to FROM grid_branch WHERE id = ?').pluck().get(id)).toBe('2025-05-02');
    // The new branch stood for one day: on the map as of 2025-05-01, not the day before nor after.
    expect(await branchNames('2025-04-30')).not.toContain(NAME);
    expect(await branchNames('2025-05-01')).toContain(NAME);
    expect(await branchNames('2025-05-02')).not.toContain(NAME);
  });
});
