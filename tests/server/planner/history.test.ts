/**
 * Two planners at once (conflict, rebase, nothing lost), a new branch with its code, and the
 * grid as of a past day through the coverage API and the layers. Real app, real SQLite.
 */
import { describe, expect, it } from 'vitest';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

describe('two planners at once', () => {
  it('refuses the plan drawn on the older grid, naming what changed, and applies it after a rebase', async () => {
    // Both start from the same grid. A moves building 2 south into branch 2; B moves
    // building 3 (the shop) north into branch 1: both touch branches 1 and 2.
    const a = (await api.create('A', plan([{ op: 'assign', buildingIds: [2], to: 2 }]))).json();
    const b = (await api.create('B', plan([{ op: 'assign', buildingIds: [3], to: 1 }]), f.other)).json();
    expect((await api.apply(a.id, 1, '2025-03-01')).statusCode).toBe(200);

    const version = api.version();
    const refused = await api.apply(b.id, 1, '2025-03-01', f.other);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'seen', record: `plan ${b.id}` });
    expect(refused.json().message).toMatch(/branches 37020399900101 .*revision 0 → 1.*37020399900102 .*revision 0 → 1.*Rebase/);
    expect(refused.json().conflicts.branches.map((x: { id: number }) => x.id)).toEqual([1, 2]);
    expect(api.version()).toBe(version);
    expect(api.branchOf(3)).toBe(2);

    const rebased = await api.send('POST', `/api/planner/plans/${b.id}/rebase`, { expectedRevision: 1 }, f.other);
    expect(rebased.statusCode).toBe(200);
    expect(rebased.json().report).toEqual({ overridden: [], dropped: [] });
    expect(rebased.json().plan).toMatchObject({ revision: 2, seen: { branches: { 1: { revision: 1 }, 2: { revision: 1 } } } });
    const applied = await api.apply(b.id, 2, '2025-03-01', f.other);
    expect(applied.statusCode, applied.body).toBe(200);
    expect([api.branchOf(2), api.branchOf(3)]).toEqual([2, 1]);
    // Nothing is lost: B's first version is still stored beside the rebased one.
    const revisions = (await api.get(`/api/planner/plans/${b.id}/revisions`)).json().revisions;
    expect(revisions.map((r: { reason: string }) => r.reason)).toEqual(['create', 'rebase', 'apply']);
  });

  it('reports a building someone else moved when the rebased plan moves it anyway', async () => {
    const c = (await api.create('C', plan([{ op: 'assign', buildingIds: [3], to: 2 }]))).json();
    const d = (await api.create('D', plan([{ op: 'assign', buildingIds: [3], to: 2 }, { op: 'assign', buildingIds: [1], to: 1 }]), f.other)).json();
    expect((await api.apply(c.id, 1, '2025-04-01')).statusCode).toBe(200);
    const refused = await api.apply(d.id, 1, '2025-04-01', f.other);
    expect(refused.json().conflicts.buildings).toEqual([{ id: 3, address: '测试路3号', seen: 1, now: 2, gone: false }]);
    const { report } = (await api.send('POST', `/api/planner/plans/${d.id}/rebase`, { expectedRevision: 1 }, f.other)).json();
    expect(report.overridden).toEqual([{ buildingId: 3, seen: 1, now: 2, planned: 2 }]);
  });
});

describe('a new branch', () => {
  it('gets the lowest free code, its polygon from its buildings, and its members', async () => {
    // Community 1 now: branch 1 (building 1, code …01) and branch 2 (buildings 2 and 3, code
    // …02). Paint building 1 into a new branch: branch 1 is dissolved and frees code …01;
    // 甲小区 stays split (building 2 is in branch 2).
    const p = (await api.create('新建网格', plan([
      { op: 'createBranch', key: 'n1', communityId: 1, name: '西社区第三网格党支部' },
      { op: 'assign', buildingIds: [1], to: 'n1' },
    ]))).json();
    const evaluation = (await api.get(`/api/planner/plans/${p.id}`)).json().evaluation;
    expect(evaluation.warnings.map((w: { code: string }) => w.code).sort()).toEqual(['branch_dissolved', 'secretary_moves', 'split_neighbourhood']);
    const res = await api.apply(p.id, 1, '2025-05-01');
    expect(res.statusCode, res.body).toBe(200);
    const created = res.json().result.created[0];
    expect(created).toMatchObject({ key: 'n1', code: '37020399900101' });
    expect(f.db.prepare('SELECT code, valid_to FROM grid_branch WHERE id = 1').get()).toEqual({ code: '37020399900101', valid_to: '2025-05-01' });
    expect(f.db.prepare('SELECT code, name, valid_from FROM grid_branch WHERE id = ?').get(created.id)).toEqual({ code: '37020399900101', name: '西社区第三网格党支部', valid_from: '2025-05-01' });
    expect(api.branchOf(1)).toBe(created.id);
    expect(f.db.prepare('SELECT id FROM member WHERE branch_id = ? ORDER BY id').pluck().all(created.id)).toEqual([1, 2]);
    const layer = (await api.get('/api/layers/branches')).json();
    expect(layer.features.map((x: { properties: { code: string } }) => x.properties.code)).toEqual(['37020399900101', '37020399900102', '37020399900201']);
  });
});

describe('the grid as of a day', () => {
  const coverage = async (query: string) => (await api.get(`/api/coverage?${query}`)).json();
  const layer = async (name: string, asOf?: string) => (await api.get(`/api/layers/${name}${asOf ? `?asOf=${asOf}` : ''}`)).json().features as { id: number; properties: Record<string, unknown>; geometry: unknown }[];

  it('shows each past day\'s branches, assignments and members through the coverage API', async () => {
    // History of branch 1 (north): buildings 1 and 2 until 2025-03-01 (50 households; active
    // members 1, 2, 4); from then buildings 1 and 3 (the shop: 30; members 1, 2, as 3 and 4
    // followed building 2); from 2025-04-01 building 1 alone; dissolved on 2025-05-01.
    expect((await coverage('level=branch&id=1&asOf=2025-02-28')).unit.figures).toMatchObject({ households: 50, buildings: 2, members: 3 });
    expect((await coverage('level=branch&id=1&asOf=2025-03-01')).unit.figures).toMatchObject({ households: 30, buildings: 2, members: 2 });
    expect((await coverage('level=branch&id=1&asOf=2025-04-30')).unit.figures).toMatchObject({ households: 30, buildings: 1, members: 2 });
    expect((await coverage('level=branch&id=1&asOf=2025-05-01')).statusCode).toBe(404);
    expect((await coverage('level=branch&id=1')).statusCode).toBe(404);
    const community = await coverage('level=community&id=1&asOf=2025-02-28');
    expect(community.children.map((c: { code: string }) => c.code).sort()).toEqual(['37020399900101', '37020399900102']);
    expect(community.unit.figures.households).toBe(50);
  });

  it('shows each past day\'s grids and assignments on the map layers', async () => {
    const now = await layer('branches');
    const then = await layer('branches', '2025-02-28');
    expect(then.map((x) => x.id)).toEqual([1, 2, 3]);
    expect(now.map((x) => x.id)).not.toContain(1);
    // The south grid then was the rectangle of the fixture.
    expect(then.find((x) => x.id === 2)?.geometry).toEqual({ type: 'Polygon', coordinates: [[[120.3, 36.08], [120.31, 36.08], [120.31, 36.085], [120.3, 36.085], [120.3, 36.08]]] });
    expect(then.find((x) => x.id === 1)?.properties).toMatchObject({ code: '37020399900101', households: 50 });
    const buildingsThen = await layer('buildings', '2025-02-28');
    expect(buildingsThen.map((x) => [x.id, x.properties.branchId])).toEqual([[1, 1], [2, 1], [3, 2], [4, 3]]);
    expect((await layer('buildings')).map((x) => x.properties.branchId)).toEqual([(await layer('branches')).find((x) => x.properties.code === '37020399900101')?.id, 2, 2, 3]);
    expect((await api.get('/api/layers/branches?asOf=2025-02-30')).json()).toMatchObject({ statusCode: 400, field: 'asOf' });
    // A box in the north-west corner meets only the northern grid of that day (branch 1).
    const boxed = (await api.get('/api/layers/branches?bbox=120.301,36.087,120.302,36.088&asOf=2025-02-28')).json().features;
    expect(boxed.map((x: { id: number }) => x.id)).toEqual([1]);
  });

  it('lists a branch\'s periods', async () => {
    const periods = (await api.get('/api/planner/branches/1/history')).json().periods;
    expect(periods.map((x: { validFrom: string; validTo: string | null }) => [x.validFrom, x.validTo])).toEqual([
      ['2024-01-01', '2025-03-01'], ['2025-03-01', '2025-04-01'], ['2025-04-01', '2025-05-01'],
    ]);
  });
});
