import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { dayIn, DEFAULT_TIME_ZONE } from '../../../shared/dates';

let app: FastifyInstance;
let db: Database;
let secA: Signed;
let planner: Signed;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'secA', 'secretary', 1);
  await createAccount(db, 'plan', 'planner');
  secA = await signIn(app, 'secA');
  planner = await signIn(app, 'plan');
});
afterAll(() => app.close());

const verify = (who: Signed, payload: object) =>
  app.inject({ method: 'POST', url: '/api/verifications', headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload });

describe('verified today', () => {
  it('marks a building of the own grid, and the buildings layer shows it', async () => {
    const res = await verify(secA, { kind: 'building', id: 2 });
    expect(res.statusCode).toBe(200);
    // The users' day (Asia/Shanghai), which from 16:00 UTC is a day ahead of UTC's.
    const today = dayIn(DEFAULT_TIME_ZONE);
    expect(res.json()).toEqual({ kind: 'building', id: 2, verifiedOn: today });
    const layer = (await app.inject({ url: '/api/layers/buildings', headers: { cookie: secA.cookie } })).json();
    expect(layer.features.find((f: { id: number }) => f.id === 2).properties.verifiedOn).toBe(today);
  });

  it("refuses another grid's building or member as not found, writing nothing", async () => {
    const count = () => db.prepare('SELECT count(*) FROM verification').pluck().get();
    const before = count();
    expect((await verify(secA, { kind: 'building', id: 4 })).statusCode).toBe(404);
    expect((await verify(secA, { kind: 'member', id: 5 })).statusCode).toBe(404);
    expect((await verify(secA, { kind: 'planet', id: 1 })).json().field).toBe('kind');
    expect(count()).toBe(before);
    expect((await verify(planner, { kind: 'member', id: 5 })).statusCode).toBe(200);
  });
});

describe('branch exports', () => {
  it('gives a secretary their members as CSV with Chinese headers and full phones', async () => {
    const res = await app.inject({ url: '/api/branches/1/members.csv', headers: { cookie: secA.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('37020399900101-members.csv');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toContain('"姓名 name"');
    expect(lines).toHaveLength(5);
    expect(res.body).toContain('"10000000001"');
  });

  it('masks phones in a planner\'s export and refuses a secretary another branch', async () => {
    const res = await app.inject({ url: '/api/branches/3/members.csv', headers: { cookie: planner.cookie } });
    expect(res.body).toContain('"100****0005"');
    expect(res.body).not.toContain('出生年份');
    expect(res.body).not.toContain('"1955"');
    expect((await app.inject({ url: '/api/branches/3/members.csv', headers: { cookie: secA.cookie } })).statusCode).toBe(403);
  });

  it('exports buildings with coverage as CSV and as GeoJSON', async () => {
    const csv = await app.inject({ url: '/api/branches/1/buildings.csv', headers: { cookie: secA.cookie } });
    expect(csv.body).toContain('"测试路1号"');
    // 甲小区 has a liaison: both buildings are covered.
    expect(csv.body).toContain('"covered"');
    const geo = (await app.inject({ url: '/api/branches/1/buildings.geojson', headers: { cookie: secA.cookie } })).json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: { id: number }) => f.id)).toEqual([1, 2]);
    expect(geo.features[0].properties).toMatchObject({ households: 30, reached: 30, coverage_state: 'covered', branch_code: '37020399900101' });
    expect(geo.features[0].geometry.type).toBe('Polygon');
  });

  it('records every export in the audit log', () => {
    const actions = db.prepare("SELECT action FROM audit_log WHERE username = 'secA'").pluck().all();
    expect(actions).toEqual(expect.arrayContaining(['export_members_csv', 'export_buildings_csv', 'export_buildings_geojson', 'verify']));
  });
});
