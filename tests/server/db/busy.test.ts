/**
 * While another connection holds SQLite's write lock (an import committing on its worker),
 * requests that only read still answer: the "last seen" bookkeeping of sessions and walls is
 * skipped rather than waited for. A write is refused with 503 and Retry-After, not a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { join } from 'node:path';
import { dayIn, DEFAULT_TIME_ZONE } from '../../../shared/dates';
import { writeIfFree } from '../../../server/db/busy';
import { accountRepository } from '../../../server/repositories/accounts';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { removeTempDirs, tempDir } from '../import/helpers';

let app: FastifyInstance;
let db: Database;
let dbPath: string;
let secretary: Signed;
let wall: { authorization: string };

beforeAll(async () => {
  dbPath = join(tempDir('gridmap-busy-'), 'gridmap.db');
  ({ app, db } = await appWith(undefined, dbPath));
  await createAccount(db, 'busy-sec', 'secretary', 1);
  secretary = await signIn(app, 'busy-sec');
  wall = { authorization: `Bearer ${accountRepository(db).createWallToken('busy wall').token}` };
});
afterAll(async () => {
  await app.close();
  db.close();
  removeTempDirs();
});

/** Runs `during` while a second connection holds the write lock, as an import's commit does. */
async function whileLocked<T>(during: () => Promise<T>): Promise<T> {
  const other = new BetterSqlite3(dbPath);
  other.exec('BEGIN IMMEDIATE');
  try {
    return await during();
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
}

const LONG_AGO = '2000-01-01T00:00:00.000Z';

describe('a database another connection is writing to', () => {
  it('skips a write that can wait, without waiting, and keeps the busy timeout', async () => {
    const before = db.pragma('busy_timeout', { simple: true });
    const wrote = await whileLocked(async () => writeIfFree(db, () => db.prepare("UPDATE wall_token SET name = 'x'").run()));
    expect(wrote).toBe(false);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(before);
    expect(writeIfFree(db, () => db.prepare("UPDATE wall_token SET name = 'busy wall'").run())).toBe(true);
  });

  it('still answers a secretary and the wall, and records when they were seen once it can', async () => {
    db.prepare('UPDATE session SET last_seen_at = ?').run(LONG_AGO);
    db.prepare('UPDATE wall_token SET last_seen_at = ?').run(LONG_AGO);
    const [session, alerts] = await whileLocked(() => Promise.all([
      app.inject({ url: '/api/auth/session', headers: { cookie: secretary.cookie } }),
      app.inject({ url: '/api/wall/alerts', headers: wall }),
    ]));
    expect(session.statusCode, session.body).toBe(200);
    expect(alerts.statusCode, alerts.body).toBe(200);
    expect(db.prepare('SELECT last_seen_at FROM session').pluck().all()).toEqual([LONG_AGO]);
    await app.inject({ url: '/api/auth/session', headers: { cookie: secretary.cookie } });
    await app.inject({ url: '/api/wall/alerts', headers: wall });
    expect(db.prepare('SELECT last_seen_at FROM session').pluck().get()).not.toBe(LONG_AGO);
    expect(db.prepare('SELECT last_seen_at FROM wall_token').pluck().get()).not.toBe(LONG_AGO);
  });

  it('refuses a write with 503 and Retry-After, changing nothing', async () => {
    const member = db.prepare('SELECT id FROM member WHERE branch_id = 1 ORDER BY id LIMIT 1').pluck().get() as number;
    const before = db.prepare('SELECT last_contact FROM member WHERE id = ?').pluck().get(member);
    const res = await whileLocked(() => app.inject({
      method: 'POST', url: `/api/members/${member}/contacts`, headers: { cookie: secretary.cookie, 'x-csrf-token': secretary.csrf },
      payload: { date: dayIn(DEFAULT_TIME_ZONE), method: 'visit' },
    }));
    expect(res.statusCode, res.body).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().message).toMatch(/^The database is busy with another write .*nothing was changed/);
    expect(db.prepare('SELECT last_contact FROM member WHERE id = ?').pluck().get(member)).toBe(before);
  }, 20_000);
});
