/**
 * Import jobs survive a server restart: the real app on a database file (so steps run on the
 * import worker), closed and built again on the same database and import directory. A
 * validated job keeps its report and CSV; a commit the restart cut short says, from the audit
 * log, whether it went in; old jobs are swept; planners still see only their own jobs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportJobDto } from '../../../shared/import/api';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { appWith } from '../fixtures/app';
import { writeBuildingsGeoJson } from './big-file';
import { FIXTURES, removeTempDirs, snapshot, settleImport, tempDir } from './helpers';

const FIXTURE = 'generated/tiny-buildings-zh-utf8.zip';
let dbPath: string;
let importDir: string;
let app: FastifyInstance;
let db: Database;
let admin: Signed;
let planner: Signed;

async function signInAll(): Promise<void> {
  [admin, planner] = await Promise.all([signIn(app, 'rs-admin'), signIn(app, 'rs-planner')]);
}

/** Closes the app and its database, then builds a new app on the same database file (and so the same import directory). */
async function restart(): Promise<void> {
  await app.close();
  db.close();
  db = openDatabase(dbPath);
  app = await buildApp({ db });
  await signInAll();
}

beforeAll(async () => {
  const dir = tempDir();
  dbPath = join(dir, 'gridmap.db');
  importDir = join(dir, 'imports');
  ({ app, db } = await appWith(undefined, dbPath));
  await createAccount(db, 'rs-admin', 'admin');
  await createAccount(db, 'rs-planner', 'planner');
  await signInAll();
});
afterAll(async () => {
  await app.close();
  db.close();
  removeTempDirs();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const headers = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
const jobFile = (id: string) => join(importDir, id, 'job.json');
const get = (who: Signed, url: string) => app.inject({ url, headers: headers(who) });
const post = (who: Signed, url: string, body: object) => app.inject({ method: 'POST', url, headers: headers(who), payload: body });

async function upload(who: Signed, fixture = FIXTURE): Promise<string> {
  const res = await app.inject({
    method: 'POST', url: `/api/imports?layer=buildings&fileName=${encodeURIComponent(fixture.split('/').pop() as string)}`,
    headers: { ...headers(who), 'content-type': 'application/octet-stream' }, payload: readFileSync(join(FIXTURES, fixture)),
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as ImportJobDto).id;
}

const settle = (id: string, who: Signed): Promise<ImportJobDto> => settleImport(app, id, headers(who));

/** Uploads the fixture and validates it (one row of four is refused). */
async function validated(who: Signed): Promise<string> {
  const id = await upload(who);
  expect((await settle(id, who)).state).toBe('analysed');
  expect((await post(who, `/api/imports/${id}/validate`, { crs: 'wgs84', mode: 'upsert' })).statusCode).toBe(202);
  expect((await settle(id, who)).state).toBe('validated');
  return id;
}

/** Rewrites a job's saved state, as if the server had stopped at that point. */
function rewrite(id: string, change: (stored: { dto: ImportJobDto; savedAt: string }) => void): void {
  const stored = JSON.parse(readFileSync(jobFile(id), 'utf8')) as { dto: ImportJobDto; savedAt: string };
  change(stored);
  writeFileSync(jobFile(id), JSON.stringify(stored));
}

// Each test runs several steps on worker threads and restarts the app; a shared two-core machine needs the room.
describe('import jobs across a restart', { timeout: 120_000 }, () => {
  it('keeps a validated job with its report and CSV, and can still commit it', async () => {
    const id = await validated(admin);
    await restart();
    const listed = ((await get(admin, '/api/imports')).json() as { jobs: ImportJobDto[] }).jobs.find((j) => j.id === id);
    expect(listed).toMatchObject({ state: 'validated', fileName: 'tiny-buildings-zh-utf8.zip', username: 'rs-admin', settings: { crs: 'wgs84', mode: 'upsert' } });
    expect(listed?.report?.summary).toMatchObject({ rows: 4, valid: 3, refused: 1 });
    const csv = await get(admin, `/api/imports/${id}/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('""十二"" is not a whole number');

    expect((await post(admin, `/api/imports/${id}/commit`, { validOnly: true })).statusCode).toBe(202);
    const done = await settle(id, admin);
    expect(done.state, done.error ?? '').toBe('committed');
    expect(done.result).toMatchObject({ inserted: 3, refused: 1 });
    await restart();
    expect((await get(admin, `/api/imports/${id}`)).json()).toMatchObject({ state: 'committed', error: null, result: { inserted: 3, refused: 1 } });
  });

  it('says a commit the restart cut short went in, from its audit entry', async () => {
    const id = await validated(admin);
    expect((await post(admin, `/api/imports/${id}/commit`, { validOnly: true })).statusCode).toBe(202);
    const committed = await settle(id, admin);
    expect(committed.state).toBe('committed');
    // The transaction committed, but the server stopped before the job's file said so.
    rewrite(id, ({ dto }) => {
      dto.state = 'committing';
      dto.result = null;
    });
    await restart();
    const job = (await get(admin, `/api/imports/${id}`)).json() as ImportJobDto;
    expect(job.state).toBe('committed');
    expect(job.error).toMatch(/^the server restarted while the import was being written, after it had gone in \(audit log, \d{4}-/);
    const { inserted, updated, removed, refused, dataVersion } = committed.result ?? {};
    expect(job.result).toMatchObject({ inserted, updated, removed, refused, dataVersion });
    expect((inserted ?? 0) + (updated ?? 0)).toBe(3);
    expect(job.result?.bbox).toEqual(committed.result?.bbox);
    // Nothing lets it be written twice.
    expect((await post(admin, `/api/imports/${id}/validate`, { crs: 'wgs84', mode: 'upsert' })).statusCode).toBe(409);
    expect((await post(admin, `/api/imports/${id}/commit`, { validOnly: true })).statusCode).toBe(409);
  });

  it('says a commit the restart cut short did not go in, and lets it be checked and imported again', async () => {
    const id = await validated(admin);
    // Signing in again after the restart writes to the audit log; the data must not change.
    const data = () => ({ ...snapshot(db), audit_log: 0 });
    const before = data();
    rewrite(id, ({ dto }) => {
      dto.state = 'committing';
    });
    await restart();
    const job = (await get(admin, `/api/imports/${id}`)).json() as ImportJobDto;
    expect(job).toMatchObject({ state: 'failed', result: null, error: 'the server restarted while the import was being written, before it went in: check the data again, then import it' });
    expect(job.report?.summary).toMatchObject({ valid: 3 });
    expect(data()).toEqual(before);
    expect((await get(admin, `/api/imports/${id}/report.csv`)).statusCode).toBe(200);
    expect((await post(admin, `/api/imports/${id}/validate`, { crs: 'wgs84', mode: 'upsert' })).statusCode).toBe(202);
    expect((await settle(id, admin)).state).toBe('validated');
  });

  it('stops a commit when the app closes mid-way: nothing written, the lock let go, and the next start says it did not go in', async () => {
    const file = join(tempDir(), 'big.geojson');
    writeBuildingsGeoJson(file, 100_000, [120.3001, 36.0801, 120.3199, 36.0899]);
    const created = await app.inject({
      method: 'POST', url: '/api/imports?layer=buildings&fileName=big.geojson',
      headers: { ...headers(admin), 'content-type': 'application/octet-stream' }, payload: readFileSync(file),
    });
    const id = (created.json() as ImportJobDto).id;
    expect((await settle(id, admin)).state).toBe('analysed');
    await post(admin, `/api/imports/${id}/validate`, { crs: 'wgs84', mode: 'append' });
    expect((await settle(id, admin)).state).toBe('validated');
    const data = () => ({ ...snapshot(db), audit_log: 0 });
    const before = data();
    expect((await post(admin, `/api/imports/${id}/commit`, { validOnly: false })).statusCode).toBe(202);
    // Inside the commit's transaction: rows written, none committed.
    for (let i = 0; i < 3000; i++) {
      const job = (await get(admin, `/api/imports/${id}`)).json() as ImportJobDto;
      expect(job.state, job.error ?? '').toBe('committing');
      if ((job.progress?.done ?? 0) > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await app.close();
    // The worker has gone with the app: another connection takes the write lock at once.
    const other = new BetterSqlite3(dbPath, { timeout: 0 });
    expect(() => other.exec('BEGIN IMMEDIATE; ROLLBACK')).not.toThrow();
    other.close();
    db.close();
    db = openDatabase(dbPath);
    app = await buildApp({ db });
    await signInAll();
    expect(data()).toEqual(before);
    const job = (await get(admin, `/api/imports/${id}`)).json() as ImportJobDto;
    expect(job).toMatchObject({ state: 'failed', result: null, error: 'the server restarted while the import was being written, before it went in: check the data again, then import it' });
  });

  it('fails a job cut short while it was read or checked, saying which step to run again', async () => {
    const reading = await upload(admin);
    const checking = await validated(admin);
    await settle(reading, admin);
    rewrite(reading, ({ dto }) => {
      dto.state = 'analysing';
      dto.analysis = null;
    });
    rewrite(checking, ({ dto }) => {
      dto.state = 'validating';
      dto.report = null;
    });
    await restart();
    expect((await get(admin, `/api/imports/${reading}`)).json()).toMatchObject({ state: 'failed', error: 'the server restarted while the file was being read; upload it again' });
    expect((await get(admin, `/api/imports/${checking}`)).json()).toMatchObject({ state: 'failed', error: 'the server restarted while the data was being checked: check it again' });
    // The settled state is saved: a second restart reads the same.
    expect(JSON.parse(readFileSync(jobFile(reading), 'utf8')).dto.state).toBe('failed');
  });

  it('sweeps jobs untouched past the retention period, and uploads that never finished', async () => {
    const old = await validated(admin);
    const recent = await validated(admin);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000).toISOString();
    rewrite(old, (s) => (s.savedAt = eightDaysAgo));
    const halfUpload = join(importDir, 'halfUploadAbc');
    mkdirSync(halfUpload);
    writeFileSync(join(halfUpload, 'upload'), 'PK');

    vi.stubEnv('GRIDMAP_IMPORT_RETENTION_DAYS', '10');
    await restart();
    expect((await get(admin, `/api/imports/${old}`)).statusCode).toBe(200);
    expect(existsSync(halfUpload)).toBe(false);

    vi.stubEnv('GRIDMAP_IMPORT_RETENTION_DAYS', '');
    await expect(restart()).rejects.toThrow(/positive number of days/);
    vi.unstubAllEnvs();
    // restart() opened the database before the app refused to start.
    app = await buildApp({ db });
    await signInAll();
    expect((await get(admin, `/api/imports/${old}`)).statusCode).toBe(404);
    expect(existsSync(join(importDir, old))).toBe(false);
    expect((await get(admin, `/api/imports/${recent}`)).json()).toMatchObject({ state: 'validated' });
  });

  it('still shows a planner only their own jobs', async () => {
    const mine = await upload(planner);
    const theirs = await upload(admin);
    await Promise.all([settle(mine, planner), settle(theirs, admin)]);
    await restart();
    const listed = ((await get(planner, '/api/imports')).json() as { jobs: ImportJobDto[] }).jobs.map((j) => j.id);
    expect(listed).toContain(mine);
    expect(listed).not.toContain(theirs);
    expect(listed.every((id) => JSON.parse(readFileSync(jobFile(id), 'utf8')).dto.username === 'rs-planner')).toBe(true);
    expect((await get(planner, `/api/imports/${theirs}`)).statusCode).toBe(404);
    expect((await get(planner, `/api/imports/${theirs}/report.csv`)).statusCode).toBe(404);
    expect(((await get(admin, '/api/imports')).json() as { jobs: ImportJobDto[] }).jobs.map((j) => j.id)).toEqual(expect.arrayContaining([mine, theirs]));
  });
});

describe('a database held in memory', () => {
  it('keeps its uploads in a temporary directory that goes when the app closes', async () => {
    const mine = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`gridmap-imports-${process.pid}-`));
    const before = new Set(mine());
    const memory = await appWith();
    await createAccount(memory.db, 'mem-admin', 'admin');
    const who = await signIn(memory.app, 'mem-admin');
    const res = await memory.app.inject({
      method: 'POST', url: '/api/imports?layer=buildings&fileName=b.zip',
      headers: { ...headers(who), 'content-type': 'application/octet-stream' }, payload: readFileSync(join(FIXTURES, FIXTURE)),
    });
    expect(res.statusCode).toBe(201);
    const made = mine().filter((n) => !before.has(n));
    expect(made).toHaveLength(1);
    await memory.app.close();
    memory.db.close();
    expect(existsSync(join(tmpdir(), made[0] as string))).toBe(false);
  });
});
