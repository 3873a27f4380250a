/**
 * Appointing liaisons and household-leads by hand through the planner API, on the real app and
 * a real SQLite database (tiny dataset, see fixture.ts): the members of a community to choose
 * from (names for planners, every read audited), a probationary member refused with the record
 * and field named and nothing changed, an active full member appointed and counted, and the
 * names of members whose branch a plan changes.
 */
import { describe, expect, it } from 'vitest';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { plan, usePlannerApp, type Calls, type PlannerFixture } from './fixture';

let f: PlannerFixture;
let api: Calls;
let viewer: Signed;
usePlannerApp((fixture, calls) => {
  [f, api] = [fixture, calls];
});

const audits = (action: string) => f.db.prepare('SELECT record_ids, detail FROM audit_log WHERE action = ? ORDER BY id').all(action) as { record_ids: string; detail: string }[];
const liaisons = () => f.db.prepare('SELECT member_id AS memberId, target_kind AS kind, target_id AS id FROM liaison ORDER BY id').all();

describe('members to appoint', () => {
  it('lists a community\'s active members with their load, names for the planner, and audits the read', async () => {
    const res = await api.send('POST', '/api/planner/members', { communityId: 2 });
    expect(res.statusCode).toBe(200);
    // Community 2: member 5 (active lead linking 10) and member 6 (moving: not listed).
    expect(res.json().members).toEqual([
      { memberId: 5, name: '测试党员5', full: true, homeBuildingId: 4, branchId: 3, load: { liaisonTargets: 0, linkedHouseholds: 10 }, refusal: null },
    ]);
    expect(audits('read_members').at(-1)?.record_ids).toBe('5');
  });

  it('finds by part of the name and says who may not be appointed, and why', async () => {
    const all = (await api.send('POST', '/api/planner/members', { communityId: 1, q: '' })).json().members;
    // Member 3 is out of contact; member 4 is probationary.
    expect(all.map((m: { memberId: number; refusal: string | null }) => [m.memberId, m.refusal])).toEqual([[1, null], [2, null], [4, 'probationary']]);
    expect(all[1].load).toEqual({ liaisonTargets: 1, linkedHouseholds: 0 });
    const one = (await api.send('POST', '/api/planner/members', { communityId: 1, q: '党员2' })).json().members;
    expect(one.map((m: { name: string }) => m.name)).toEqual(['测试党员2']);
    // The load counts the plan being painted.
    const withPlan = (await api.send('POST', '/api/planner/members', { communityId: 1, q: '党员1', plan: plan([{ op: 'addLiaison', memberId: 1, targetKind: 'building', targetId: 3 }]) })).json().members;
    expect(withPlan[0].load).toEqual({ liaisonTargets: 1, linkedHouseholds: 10 });
  });

  it('refuses an unknown community naming the field, and anyone but planners and admins', async () => {
    const res = await api.send('POST', '/api/planner/members', { communityId: 99 });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ field: 'communityId', record: 'community 99' });
    await createAccount(f.db, 'look', 'viewer');
    viewer = await signIn(f.app, 'look');
    const refused = await api.send('POST', '/api/planner/members', { communityId: 1 }, viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('测试党员');
  });
});

describe('appointing by hand', () => {
  it('refuses a probationary member as liaison with the record, field and why, and changes nothing', async () => {
    const before = liaisons();
    const created = (await api.create('probationary liaison', plan([{ op: 'addLiaison', memberId: 4, targetKind: 'building', targetId: 2 }]))).json();
    const res = await api.apply(created.id, created.revision);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'steps[0].ops[0].memberId', record: 'member 4' });
    expect(res.json().message).toMatch(/member 4 is a probationary member; only full members are appointed/i);
    expect(res.json().errors[0]).toMatchObject({ code: 'not_full_member', params: { member: 4 } });
    expect(liaisons()).toEqual(before);
  });

  it('appoints an active full member: coverage rises live and the liaison is stored on apply', async () => {
    const body = plan([{ op: 'addLiaison', memberId: 5, targetKind: 'building', targetId: 4 }]);
    const { evaluation } = (await api.evaluate(body)).json();
    expect(evaluation.ok).toBe(true);
    // Building 4's 40 households: 10 reached through lead 5, all 40 with a liaison.
    expect(evaluation.diff.coverage.after.reached - evaluation.diff.coverage.before.reached).toBe(30);
    expect(evaluation.branches.find((b: { branch: number }) => b.branch === 3).after).toMatchObject({ reached: 40, coverage: 1 });
    const created = (await api.create('liaison for building 4', body)).json();
    expect((await api.apply(created.id, created.revision)).statusCode).toBe(200);
    expect(liaisons()).toContainEqual({ memberId: 5, kind: 'building', id: 4 });
  });
});

describe('names for the plan diff', () => {
  it('answers the planner with names, audits the read, and refuses others', async () => {
    const res = await api.send('POST', '/api/planner/member-names', { ids: [4, 3] });
    expect(res.statusCode).toBe(200);
    expect(res.json().names).toEqual([{ memberId: 3, name: '测试党员3' }, { memberId: 4, name: '测试党员4' }]);
    expect(audits('read_member_names').at(-1)?.record_ids).toBe('3,4');
    expect((await api.send('POST', '/api/planner/member-names', { ids: [3] }, viewer)).statusCode).toBe(403);
  });
});
