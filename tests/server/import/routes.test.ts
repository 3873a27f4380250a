/**
 * The import wizard's HTTP flow on a database file, so each step really runs on the import
 * worker thread: upload → analysis → validate → commit (all-or-nothing, then the valid
 * part), with roles, CSRF and the downloadable report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobDto } from '../../../shared/import/api';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { appWith } from '../fixtures/app';
import { FIXTURES, removeTempDirs, snapshot, settleImport, tempDir } from './helpers';

let app: FastifyInstance;
let db: Database;
let admin: Signed;
let planner: Signed;
let viewer: Signed;

beforeAll(async () => {
  ({ app, db } = await appWith(undefined, join(tempDir(), 'gridmap.db')));
  await createAccount(db, 'imp-admin', 'admin');
  await createAccount(db, 'imp-planner', 'planner');
  await createAccount(db, 'imp-viewer', 'viewer');
  [admin, planner, viewer] = await Promise.all([signIn(app, 'imp-admin'), signIn(app, 'imp-planner'), signIn(app, 'imp-viewer')]);
});
afterAll(async () => {
  await app.close();
  db.close();
  removeTempDirs();
});

const headers = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

async function upload(who: Signed, layer: string, fixture: string) {
  return app.inject({
    method: 'POST', url: `/api/imports?layer=${layer}&fileName=${encodeURIComponent(fixture.split('/').pop() as string)}`,
    headers: { ...headers(who), 'content-type': 'application/octet-stream' }, payload: readFileSync(join(FIXTURES, fixture)),
  });
}

/** Polls the job until it leaves `busy`. */
const settle = (id: string, who: Signed): Promise<ImportJobDto> => settleImport(app, id, headers(who));

describe('the import wizard over HTTP', () => {
  it('uploads, proposes a mapping, reports, refuses all-or-nothing, then imports the valid part', async () => {
    const created = await upload(admin, 'buildings', 'generated/tiny-buildings-zh-utf8.zip');
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as ImportJobDto).id;
    const analysed = await settle(id, admin);
    expect(analysed.state, analysed.error ?? '').toBe('analysed');
    expect(analysed.analysis).toMatchObject({ format: 'shapefile', count: 4, crsHint: 'wgs84', proposal: { mapping: { fields: { address: '地址', households: '户数', floors: '层数', use: '用途' } } } });

    const post = (path: string, body: object) => app.inject({ method: 'POST', url: `/api/imports/${id}/${path}`, headers: headers(admin), payload: body });
    expect((await post('validate', { crs: 'wgs84', mode: 'append' })).statusCode).toBe(202);
    const validated = await settle(id, admin);
    expect(validated.report?.summary).toMatchObject({ rows: 4, valid: 3, refused: 1 });
    const csv = await app.inject({ url: `/api/imports/${id}/report.csv`, headers: headers(admin) });
    expect(csv.body).toContain('""十二"" is not a whole number');

    const before = snapshot(db);
    expect((await post('commit', { validOnly: false })).statusCode).toBe(202);
    const failed = await settle(id, admin);
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/1 row\(s\) refused; nothing was imported/);
    expect(snapshot(db)).toEqual(before);

    await post('validate', { crs: 'wgs84', mode: 'append' });
    await settle(id, admin);
    await post('commit', { validOnly: true });
    const done = await settle(id, admin);
    expect(done.state, done.error ?? '').toBe('committed');
    expect(done.result).toMatchObject({ inserted: 3, refused: 1, dataVersion: (before.version as number) + 1 });
    const layer = await app.inject({ url: '/api/layers/buildings', headers: { cookie: viewer.cookie } });
    expect(layer.body).toContain('测试新村2号楼');
    expect((await app.inject({ url: '/api/meta', headers: { cookie: viewer.cookie } })).json().dataVersion).toBe((before.version as number) + 1);
  });

  it('lets only an admin import members, and nobody without the CSRF token', async () => {
    expect((await upload(planner, 'members', 'generated/members-zh.xlsx')).statusCode).toBe(403);
    expect((await upload(viewer, 'roads', 'generated/buildings-zh.geojson')).statusCode).toBe(403);
    const noCsrf = await app.inject({ method: 'POST', url: '/api/imports?layer=roads&fileName=x.geojson', headers: { cookie: admin.cookie, 'content-type': 'application/octet-stream' }, payload: '{}' });
    expect(noCsrf.statusCode).toBe(403);
    const ok = await upload(admin, 'members', 'generated/members-zh.xlsx');
    expect(ok.statusCode).toBe(201);
    // A planner does not see an admin's jobs.
    expect((await app.inject({ url: `/api/imports/${(ok.json() as ImportJobDto).id}`, headers: headers(planner) })).statusCode).toBe(404);
  });
});

describe('exports and personal data', () => {
  const get = (who: Signed | null, url: string) => app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

  it('gives members in full to an admin, with phones masked to a planner, and not to a viewer', async () => {
    const full = await get(admin, '/api/exports/members?format=csv');
    expect(full.body).toContain('10000000001');
    const masked = await get(planner, '/api/exports/members?format=geojson');
    expect(masked.body).not.toContain('10000000001');
    expect(masked.json().features[0].properties.phone).toBe('100****0001');
    expect((await get(viewer, '/api/exports/members')).statusCode).toBe(403);
    expect((await get(null, '/api/exports/buildings')).statusCode).toBe(401);
  });

  it('keeps member ids out of a viewer\'s export and gives a secretary only their branch', async () => {
    expect(JSON.parse((await get(viewer, '/api/exports/leads')).body).features[0].properties).not.toHaveProperty('member_id');
    expect(JSON.parse((await get(admin, '/api/exports/leads')).body).features[0].properties).toHaveProperty('member_id', 1);
    await createAccount(db, 'imp-sec', 'secretary', 3);
    const sec = await signIn(app, 'imp-sec');
    const ids = (await get(sec, '/api/exports/members')).json().features.map((f: { id: number }) => f.id);
    expect(ids).toEqual([5, 6]);
    expect(db.prepare("SELECT record_ids FROM audit_log WHERE action = 'export_members' AND username = 'imp-sec'").pluck().get()).toBe('5,6');
  });
});
