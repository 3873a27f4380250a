/**
 * Rows imported without a valid_from start on the users' calendar day, not the UTC one: from
 * midnight to 08:00 in Beijing the UTC day is still yesterday.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobDto } from '../../../shared/import/api';
import { dayIn } from '../../../shared/dates';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { tinyDataset } from '../fixtures/tiny-dataset';
import { FIXTURES, removeTempDirs, settleImport, tempDir } from './helpers';

/**
 * A zone whose calendar day differs from UTC's right now, so the test can fail at any hour:
 * UTC+14 is a day ahead from 10:00 UTC, UTC−11 a day behind before 11:00 UTC.
 */
function zoneOffTheUtcDay(): string {
  const utcDay = new Date().toISOString().slice(0, 10);
  const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((z) => dayIn(z) !== utcDay);
  if (!zone) throw new Error('no zone is on another day than UTC now; the clock is wrong');
  return zone;
}

let app: FastifyInstance;
let db: Database;
let admin: Signed;
const timeZone = zoneOffTheUtcDay();

beforeAll(async () => {
  db = openDatabase(join(tempDir(), 'gridmap.db'));
  loadDataset(db, tinyDataset());
  app = await buildApp({ db, timeZone });
  await createAccount(db, 'imp-admin', 'admin');
  admin = await signIn(app, 'imp-admin');
});
afterAll(async () => {
  await app.close();
  db.close();
  removeTempDirs();
});

describe('an import without valid_from', () => {
  it('starts its rows on today in the configured time zone', async () => {
    const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
    const created = await app.inject({
      method: 'POST', url: '/api/imports?layer=buildings&fileName=tiny-buildings-zh-utf8.zip',
      headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: readFileSync(join(FIXTURES, 'generated/tiny-buildings-zh-utf8.zip')),
    });
    const id = (created.json() as ImportJobDto).id;
    const settle = () => settleImport(app, id, headers);
    await settle();
    await app.inject({ method: 'POST', url: `/api/imports/${id}/validate`, headers, payload: { crs: 'wgs84', mode: 'append' } });
    await settle();
    await app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers, payload: { validOnly: true } });
    const done = await settle();
    expect(done.state, done.error ?? '').toBe('committed');
    const starts = db.prepare("SELECT DISTINCT valid_from FROM building WHERE address LIKE '测试新村%'").pluck().all();
    expect(starts).toEqual([dayIn(timeZone)]);
  });
});
