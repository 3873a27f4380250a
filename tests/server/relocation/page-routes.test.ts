import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../fixtures/app';
import { createAccount, scenePost, signIn, type Signed } from '../fixtures/accounts';
import { rect } from '../fixtures/tiny-dataset';

// Tiny fixture (tests/server/fixtures/tiny-dataset.ts): building 4 (40 households, community 2,
// branch 3) houses member 5, active, a lead reaching 10 of its households. A zone around it is
// announced on 2026-03-01; member 5 moves out on 04-01 and is resettled on 05-01 into building 1
// (community 1); the zone is cleared on 06-01.
let app: FastifyInstance;
let db: Database;
let planner: Signed;
let viewer: Signed;
let sec1: Signed;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'plan', 'planner');
  await createAccount(db, 'view', 'viewer');
  await createAccount(db, 'sec1', 'secretary', 1);
  planner = await signIn(app, 'plan');
  viewer = await signIn(app, 'view');
  sec1 = await signIn(app, 'sec1');
  const post = scenePost(app, planner);
  const zone = await post('/api/zones', { name: '东片区', announcedOn: '2026-03-01', polygon: rect(120.311, 36.081, 120.315, 36.083) });
  const entry = db.prepare('SELECT id FROM relocation WHERE member_id = 5').pluck().get() as number;
  await post(`/api/relocations/${entry}/transitions`, { to: 'moving_out', on: '2026-04-01', expectedVersion: 1 });
  await post(`/api/zones/${zone.id}/stage`, { stage: 'moving_out', on: '2026-04-01' });
  await post(`/api/relocations/${entry}/transitions`, { to: 'resettled', on: '2026-05-01', expectedVersion: 2, note: '回迁安置', destination: { buildingId: 1 } });
  await post(`/api/zones/${zone.id}/stage`, { stage: 'cleared', on: '2026-06-01' });
});
afterAll(() => app.close());

const get = async (url: string, who: Signed = viewer) => {
  const res = await app.inject({ url, headers: { cookie: who.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe("members' places over time", () => {
  it('keeps each past home and status, written with the moves', () => {
    expect(db.prepare('SELECT building_id, status, valid_from, valid_to FROM member_residence_history WHERE member_id = 5 ORDER BY valid_to').all()).toEqual([
      { building_id: 4, status: 'active', valid_from: null, valid_to: '2026-04-01' },
      { building_id: 4, status: 'moving', valid_from: '2026-04-01', valid_to: '2026-05-01' },
    ]);
    expect(db.prepare('SELECT building_id, status FROM member WHERE id = 5').get()).toEqual({ building_id: 1, status: 'active' });
  });

  it('gives different coverage before and after the zone is cleared', async () => {
    const branch3 = async (asOf: string) => (await get(`/api/coverage?level=branch&id=3&asOf=${asOf}`)).unit.figures;
    const building1 = async (asOf: string) => (await get(`/api/coverage?level=building&id=1&asOf=${asOf}`)).unit.figures.residentMembers;
    // Announced, not yet moved: member 5 lives in building 4 and reaches 10 of its 40 households.
    expect(await branch3('2026-03-15')).toMatchObject({ households: 40, reached: 10, members: 1, residentMembers: 1 });
    // Moved out, zone standing: nobody active there any more.
    expect(await branch3('2026-04-15')).toMatchObject({ households: 40, reached: 0, members: 0, residentMembers: 0 });
    // Cleared: the building is gone.
    expect(await branch3('2026-07-01')).toMatchObject({ households: 0, members: 1 });
    // Member 5 has lived in building 1 (beside members 1 and 2) since 05-01.
    expect(await building1('2026-04-15')).toBe(2);
    expect(await building1('2026-07-01')).toBe(3);
  });
});

describe('the flow map', () => {
  it('shows no arc while the destination is unknown', async () => {
    const flows = await get('/api/relocations/flows?asOf=2026-04-15');
    expect(flows.arcs.building).toEqual([]);
    expect(flows.byState.moving_out).toBe(1);
    expect(flows.withoutDestination).toBe(1);
  });

  it('draws the arc and counts in and out once the member is resettled, with no personal data', async () => {
    const flows = await get('/api/relocations/flows?asOf=2026-05-15');
    expect(flows.arcs.building).toMatchObject([{ fromKey: 'b:4', toKey: 'b:1', state: 'resettled', count: 1, outside: false }]);
    expect(flows.arcs.community).toMatchObject([{ fromKey: 'c:2', toKey: 'c:1', count: 1, byState: { resettled: 1 }, toName: '西社区' }]);
    expect(flows.communities).toEqual([
      { key: 'c:1', communityId: 1, name: '西社区', outside: false, in: 1, out: 0 },
      { key: 'c:2', communityId: 2, name: '东社区', outside: false, in: 0, out: 1 },
    ]);
    // No member's name, phone, id or home address: places, states and counts only.
    expect(JSON.stringify(flows)).not.toMatch(/测试党员|"1000000000\d"|member|测试路/i);
    expect((await get('/api/relocations/flows?asOf=2026-02-01')).byState.in_zone).toBe(0);
  });

  it('refuses a day that does not exist, naming the parameter', async () => {
    const res = await app.inject({ url: '/api/relocations/flows?asOf=2026-02-30', headers: { cookie: viewer.cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'asOf' });
  });
});

describe('zones, their buildings and the ledger as of a day', () => {
  it('brings the demolished building back before the clearing day', async () => {
    const status = async (q: string) => (await get(`/api/zones/buildings${q}`)).features.map((f: { properties: { id: number; status: string } }) => [f.properties.id, f.properties.status]);
    expect(await status('')).toEqual([[4, 'demolished']]);
    expect(await status('?asOf=2026-05-31')).toEqual([[4, 'slated_demolition']]);
    expect(await status('?asOf=2019-12-31')).toEqual([]);
  });

  it('shows a zone in the stage it had that day, and not before it was announced', async () => {
    const stages = async (q: string) => (await get(`/api/zones${q}`)).features.map((f: { properties: { stage: string } }) => f.properties.stage);
    expect(await stages('')).toEqual(['cleared']);
    expect(await stages('?asOf=2026-04-15')).toEqual(['moving_out']);
    expect(await stages('?asOf=2026-02-28')).toEqual([]);
  });

  it('counts and lists the ledger as it stood', async () => {
    expect(await get('/api/relocations/summary?asOf=2026-03-15')).toMatchObject({ affected: 1, resettled: 0, unaccountedFor: 1 });
    expect(await get('/api/relocations/summary')).toMatchObject({ affected: 1, resettled: 1 });
    expect((await get('/api/relocations?asOf=2026-04-15', planner)).entries.map((e: { state: string }) => e.state)).toEqual(['moving_out']);
    expect((await get('/api/relocations?asOf=2026-02-01', planner)).entries).toEqual([]);
  });

  it("lists an entry's steps for ledger keepers only, with the destination of each", async () => {
    const id = db.prepare('SELECT id FROM relocation WHERE member_id = 5').pluck().get() as number;
    const { events } = await get(`/api/relocations/${id}/events`, planner);
    expect(events.map((e: { to: string; on: string; destination: string | null }) => [e.to, e.on, e.destination])).toEqual([
      ['in_zone', '2026-03-01', null], ['moving_out', '2026-04-01', null], ['resettled', '2026-05-01', '测试路1号'],
    ]);
    expect((await app.inject({ url: `/api/relocations/${id}/events`, headers: { cookie: viewer.cookie } })).statusCode).toBe(403);
    // Member 5 is organised in branch 3, not the secretary's branch 1.
    expect((await app.inject({ url: `/api/relocations/${id}/events`, headers: { cookie: sec1.cookie } })).statusCode).toBe(404);
  });
});

describe('what if a zone is cleared', () => {
  it('previews the zone as it stood before anyone left', async () => {
    const zoneId = db.prepare('SELECT id FROM demolition_zone').pluck().get() as number;
    const preview = await get(`/api/zones/${zoneId}/what-if?asOf=2026-03-15`);
    expect(preview).toMatchObject({ zoneId, asOf: '2026-03-15', membersLeaving: 1, buildings: 1, householdsBefore: 90, householdsAfter: 50, minFullMembers: 3 });
    // 60 of 90 households reached before (lead 1 and liaison 2 in the west, lead 2's 10 in building 4);
    // the 40 households of building 4 go, 30 of them unreached: the rate rises to 50 of 50.
    expect(preview.coverageBefore).toBeCloseTo(60 / 90, 9);
    expect(preview.coverageAfter).toBe(1);
    // Today the zone is cleared: nobody is left to leave.
    expect(await get(`/api/zones/${zoneId}/what-if`)).toMatchObject({ membersLeaving: 0, buildings: 0 });
    expect((await app.inject({ url: '/api/zones/99/what-if', headers: { cookie: viewer.cookie } })).statusCode).toBe(404);
  });
});
