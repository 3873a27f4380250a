/**
 * The planner API on the real app and a real SQLite database (tiny dataset, see fixture.ts):
 * evaluate, save / reopen / discard, apply with history, audit and change event, and bad
 * plans refused with a message and no change.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { checkGridTopology } from '../../../shared/geo/topology';
import type { AreaGeometry } from '../../../shared/model';
import { dataVersion } from '../../../server/db/version';
import { coverageService } from '../../../server/services/coverage';
import type { ChangeEvent } from '../../../server/services/events';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { tinyDataset } from '../fixtures/tiny-dataset';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

const polygonOf = (id: number) => JSON.parse(f.db.prepare('SELECT polygon FROM grid_branch WHERE id = ?').pluck().get(id) as string) as AreaGeometry;

describe('the planner base and evaluation', () => {
  it('serves the grid to paint on, without personal data', async () => {
    const res = await api.get('/api/planner/base');
    expect(res.statusCode).toBe(200);
    const base = res.json();
    expect(base.buildings.map((b: { id: number; communityId: number }) => [b.id, b.communityId])).toEqual([[1, 1], [2, 1], [3, 1], [4, 2]]);
    expect(base.branches.map((b: { code: string; revision: number; lock: null }) => [b.code, b.revision, b.lock])).toEqual([['37020399900101', 0, null], ['37020399900102', 0, null], ['37020399900201', 0, null]]);
    for (const m of tinyDataset().members) {
      expect(res.body).not.toContain(m.name);
      expect(res.body).not.toContain(`"${m.phone}"`);
    }
    expect(res.body).not.toContain('birthYear');
    // The thresholds come along, so the client judges live totals by the server's own rules.
    expect(base.rules.gridMinHouseholds).toEqual({ value: 300, inclusive: true });
    expect(base.rules.branchMinFullMembers).toEqual({ value: 3, inclusive: true });
  });

  it('evaluates a plan live: totals before → after, members who follow, rule findings', async () => {
    const res = await api.evaluate(plan([{ op: 'assign', buildingIds: [2], to: 2 }]));
    expect(res.statusCode).toBe(200);
    const { evaluation, conflicts } = res.json();
    expect(evaluation.ok).toBe(true);
    const b2 = evaluation.branches.find((b: { branch: number }) => b.branch === 2);
    // Building 2 (20 households, 4 reached through lead 1, fully through member 2's
    // neighbourhood liaison) joins branch 2; member 3 (lost contact) and member 4 (active,
    // probationary) follow it.
    expect(b2.before).toMatchObject({ households: 0, members: 0 });
    expect(b2.after).toMatchObject({ buildings: 2, households: 20, reached: 20, members: 1, fullMembers: 0 });
    expect(b2.findings).toEqual([
      { rule: 'branch_min_full_members', figure: 0, limit: '≥ 3' },
      { rule: 'grid_min_households', figure: 20, limit: '≥ 300' },
    ]);
    expect(evaluation.diff.members.map((m: { memberId: number }) => m.memberId)).toEqual([3, 4]);
    expect(evaluation.warnings.map((w: { code: string }) => w.code)).toEqual(['split_neighbourhood']);
    expect(conflicts).toEqual({ buildings: [], branches: [], members: [] });
  });

  it('previews the redrawn grids on request', async () => {
    const res = await api.evaluate(plan([{ op: 'assign', buildingIds: [2], to: 2 }]), { geometry: true });
    const features = res.json().geometry.features as { properties: { branch: number }; geometry: AreaGeometry }[];
    expect(features.map((x) => x.properties.branch).sort()).toEqual([1, 2]);
    const total = features.reduce((s, x) => s + turf.area(x.geometry), 0);
    expect(total).toBeCloseTo(turf.area(polygonOf(1)) + turf.area(polygonOf(2)), 0);
  });
});

describe('stored plans', () => {
  it('are saved, reopened with their evaluation, refused on a stale save, and discarded but kept', async () => {
    const created = await api.create('北片调整', plan([{ op: 'assign', buildingIds: [2], to: 2 }]));
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({ name: '北片调整', status: 'draft', author: 'plan', revision: 1, seen: { buildings: { 2: 1 } } });
    const reopened = (await api.get(`/api/planner/plans/${p.id}`)).json();
    expect(reopened.plan.body.steps).toHaveLength(1);
    expect(reopened.evaluation.ok).toBe(true);

    const saved = await api.send('PUT', `/api/planner/plans/${p.id}`, { plan: { ...p.body, steps: [...p.body.steps, { ops: [{ op: 'assign', buildingIds: [1], to: 2 }] }], cursor: 1 }, expectedRevision: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 2, body: { cursor: 1 } });
    const stale = await api.send('PUT', `/api/planner/plans/${p.id}`, { plan: p.body, expectedRevision: 1 }, f.other);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ field: 'expectedRevision', record: `plan ${p.id}` });

    const discarded = await api.send('POST', `/api/planner/plans/${p.id}/discard`, { expectedRevision: 2 });
    expect(discarded.json()).toMatchObject({ status: 'discarded' });
    expect((await api.apply(p.id, 3)).statusCode).toBe(409);
    const revisions = (await api.get(`/api/planner/plans/${p.id}/revisions`)).json().revisions;
    expect(revisions.map((r: { reason: string }) => r.reason)).toEqual(['create', 'save', 'discard']);
    expect((await api.get('/api/planner/plans?status=discarded')).json().plans.map((x: { id: number }) => x.id)).toContain(p.id);
  });
});

describe('applying a plan', () => {
  it('moves the building in one transaction, redraws both grids and keeps history, audit and an event', async () => {
    const events: ChangeEvent[] = [];
    const stop = f.app.events.subscribe((e) => events.push(e));
    const before = { one: polygonOf(1), two: polygonOf(2), version: api.version() };
    const p = (await api.create('南移', plan([{ op: 'assign', buildingIds: [2], to: 2 }]))).json();
    const res = await api.apply(p.id, 1, '2025-06-01');
    stop();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().plan).toMatchObject({ status: 'applied', effectiveOn: '2025-06-01', appliedVersion: before.version + 1 });
    expect(api.branchOf(2)).toBe(2);
    expect(f.db.prepare('SELECT id, branch_id FROM member WHERE id IN (3, 4) ORDER BY id').all()).toEqual([{ id: 3, branch_id: 2 }, { id: 4, branch_id: 2 }]);

    // Grid 2 grew by exactly what grid 1 lost, and the grids still tile the community.
    const areas = [turf.area(before.one), turf.area(before.two), turf.area(polygonOf(1)), turf.area(polygonOf(2))];
    expect(areas[3]! - areas[1]!).toBeGreaterThan(1000);
    expect(areas[2]! + areas[3]!).toBeCloseTo(areas[0]! + areas[1]!, 0);
    const boundary = JSON.parse(f.db.prepare('SELECT boundary FROM community WHERE id = 1').pluck().get() as string) as AreaGeometry;
    expect(checkGridTopology({ communities: [{ id: 1, boundary }], grids: [1, 2].map((id) => ({ id, communityId: 1, polygon: polygonOf(id) })) }, 1)).toEqual([]);

    expect(f.db.prepare('SELECT branch_id, valid_from, valid_to FROM building_assignment_history WHERE building_id = 2').all()).toEqual([{ branch_id: 1, valid_from: '2020-01-01', valid_to: '2025-06-01' }]);
    expect(f.db.prepare('SELECT branch_id, code, valid_from, valid_to FROM grid_branch_history ORDER BY branch_id').all()).toEqual([
      { branch_id: 1, code: '37020399900101', valid_from: '2024-01-01', valid_to: '2025-06-01' },
      { branch_id: 2, code: '37020399900102', valid_from: '2024-01-01', valid_to: '2025-06-01' },
    ]);
    expect(f.db.prepare('SELECT valid_from FROM grid_branch WHERE id IN (1, 2)').pluck().all()).toEqual(['2025-06-01', '2025-06-01']);
    expect(f.db.prepare('SELECT member_id, branch_id, valid_to FROM member_branch_history ORDER BY member_id').all()).toEqual([
      { member_id: 3, branch_id: 1, valid_to: '2025-06-01' }, { member_id: 4, branch_id: 1, valid_to: '2025-06-01' },
    ]);
    expect(f.db.prepare("SELECT username, target, record_ids FROM audit_log WHERE action = 'plan_apply'").all()).toEqual([{ username: 'plan', target: `plan ${p.id}`, record_ids: '2' }]);
    expect(events).toEqual([expect.objectContaining({ kind: 'plan_applied', version: before.version + 1 })]);
    expect(events[0]?.bbox).toHaveLength(4);
    // Both branches moved on: their revisions went up.
    expect((await api.get('/api/planner/base')).json().branches.map((b: { revision: number }) => b.revision)).toEqual([1, 1, 0]);
    // The coverage API sees the new grid.
    expect((await api.get('/api/coverage?level=branch&id=2')).json().unit.figures).toMatchObject({ households: 20, members: 1 });
  });
});

describe('bad plans', () => {
  const refusedWithoutChange = async (body: ReturnType<typeof plan>, expected: { record: string; field: string; message: RegExp }) => {
    const version = api.version();
    const branches = f.db.prepare('SELECT id, branch_id FROM building ORDER BY id').all();
    const p = (await api.create('坏计划', body)).json();
    const res = await api.apply(p.id, 1);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ record: expected.record, field: expected.field });
    expect(res.json().message).toMatch(expected.message);
    expect(api.version()).toBe(version);
    expect(f.db.prepare('SELECT id, branch_id FROM building ORDER BY id').all()).toEqual(branches);
    expect(f.db.prepare('SELECT status FROM planner_plan WHERE id = ?').pluck().get(p.id)).toBe('draft');
  };

  it('refuse an unknown building', async () => {
    await refusedWithoutChange(plan([{ op: 'assign', buildingIds: [1, 99], to: 2 }]), { record: 'building 99', field: 'steps[0].ops[0].buildingIds[1]', message: /Building 99 does not exist/ });
  });

  it('refuse two branches for one building in one step', async () => {
    await refusedWithoutChange(plan([{ op: 'assign', buildingIds: [1], to: 1 }, { op: 'assign', buildingIds: [1], to: 2 }]), { record: 'building 1', field: 'steps[0].ops[1].buildingIds[0]', message: /two branches/ });
  });

  it('refuse a building of a locked branch', async () => {
    const lock = await api.send('POST', '/api/planner/locks', { branchId: 1, note: '换届中' }, f.other);
    expect(lock.statusCode).toBe(201);
    expect((await api.get('/api/planner/locks')).json().locks).toEqual([expect.objectContaining({ branchId: 1, lockedBy: 'plan2', note: '换届中' })]);
    await refusedWithoutChange(plan([{ op: 'assign', buildingIds: [1], to: 2 }]), { record: 'branch 1', field: 'steps[0].ops[0].buildingIds[0]', message: /locked by plan2/ });
    expect((await api.send('DELETE', '/api/planner/locks/1', {}, f.other)).statusCode).toBe(200);
    expect((await api.send('DELETE', '/api/planner/locks/1', {}, f.other)).statusCode).toBe(404);
  });

  it('refuse a new branch without a name or with an unknown community', async () => {
    await refusedWithoutChange(plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: '   ' }, { op: 'assign', buildingIds: [1], to: 'n1' }]), { record: 'new branch n1', field: 'steps[0].ops[0].name', message: /needs a name/ });
    await refusedWithoutChange(plan([{ op: 'createBranch', key: 'n1', communityId: 7, name: '新网格' }, { op: 'assign', buildingIds: [1], to: 'n1' }]), { record: 'new branch n1', field: 'steps[0].ops[0].communityId', message: /community 7/ });
  });

  it('refuse a malformed plan at the door, naming the field', async () => {
    const res = await api.evaluate({ steps: [{ ops: [{ op: 'assign', to: 2 }] }] } as never);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'buildingIds' });
  });
});

describe('the coverage model after an apply', () => {
  it('is carried forward without a recompute when only buildings moved, equal to a fresh one', async () => {
    // Building 3 is a shop with nobody living in it: moving it changes no member's branch.
    f.app.coverage.current();
    const recomputes = f.app.coverage.fullRecomputes;
    const p = (await api.create('店铺', plan([{ op: 'assign', buildingIds: [3], to: 1 }]))).json();
    const res = await api.apply(p.id, 1, '2025-07-01');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().result.onlyMoves).toBe(true);
    const carried = f.app.coverage.current();
    expect(f.app.coverage.fullRecomputes).toBe(recomputes);
    const fresh = coverageService(f.db, dataVersion(f.db), DEFAULT_RULES).current();
    expect(carried.result.branches).toEqual(fresh.result.branches);
    expect(carried.directory.branches).toEqual(fresh.directory.branches);
  });
});

describe('find, fix and suggest', () => {
  it('find unassigned buildings in reading order and propose a step that fixes them', async () => {
    const body = plan([{ op: 'assign', buildingIds: [4, 1], to: null }]);
    const res = (await api.send('POST', '/api/planner/unassigned', { plan: body })).json();
    // Building 1 (36.087 N) reads before building 4 (36.082 N).
    expect(res.buildings.map((b: { id: number }) => b.id)).toEqual([1, 4]);
    // Building 1's neighbour in 甲小区 (building 2) is in branch 2 now; building 4's community
    // has only branch 3, which the plan would leave empty (dissolve): nowhere to propose.
    expect(res.proposals).toEqual([{ buildingId: 1, to: 2, reason: 'neighbourhood', distanceM: 0 }]);
    expect(res.unresolved).toEqual([{ buildingId: 4, code: 'no_branch', reason: 'its community has no branch that may take it' }]);
    const fixed = (await api.evaluate({ steps: [...body.steps, res.step] })).json().evaluation;
    expect(fixed.diff.coverage.after.unassignedBuildings).toBe(1);
    expect(fixed.diff.moves.map((m: { buildingId: number; to: number | null }) => [m.buildingId, m.to])).toEqual([[1, 2], [4, null]]);
  });

  it('suggest members who would reach the most households, with their names, and audit the read', async () => {
    const res = await api.send('POST', '/api/planner/suggest', { scope: { kind: 'branch', id: 3 }, role: 'lead' });
    expect(res.statusCode).toBe(200);
    // Branch 3's building 4 (40 households) is reached 10 by lead 2, member 5, who already
    // links the 10 a lead may; member 6 is moving and everyone else lives far away.
    expect(res.json().suggestions).toEqual([]);
    // As liaison for the whole building, member 5 would reach the other 30.
    const liaison = (await api.send('POST', '/api/planner/suggest', { scope: { kind: 'branch', id: 3 }, role: 'liaison' })).json().suggestions;
    expect(liaison[0]).toMatchObject({ memberId: 5, name: '测试党员5', gain: 30, ops: [{ op: 'addLiaison', memberId: 5, targetKind: 'building', targetId: 4 }] });
    expect(f.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'read_suggestions'").pluck().get()).toBe(2);
  });
});
