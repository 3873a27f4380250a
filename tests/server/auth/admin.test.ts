import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { toCsv } from '../../../server/http/csv';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { dayIn, DEFAULT_TIME_ZONE } from '../../../shared/dates';

let app: FastifyInstance;
let db: Database;
let admin: Signed;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'root', 'admin');
  admin = await signIn(app, 'root');
});
afterAll(() => app.close());

const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf }, ...(payload ? { payload } : {}) });

describe('account management', () => {
  it('creates a secretary for a branch, who can then sign in', async () => {
    const res = await send('POST', '/api/admin/accounts', { username: 'wang', password: 'long-enough-pw', role: 'secretary', branchId: 3, displayName: '王书记' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'wang', role: 'secretary', branchId: 3, disabled: false });
    expect((await signIn(app, 'wang', 'long-enough-pw')).csrf).toBeTruthy();
  });

  it.each([
    [{ username: 'li', password: 'long-enough-pw', role: 'secretary' }, 'branchId', /needs the branchId/],
    [{ username: 'li', password: 'long-enough-pw', role: 'viewer', branchId: 1 }, 'branchId', /Only a secretary/],
    [{ username: 'li', password: 'long-enough-pw', role: 'secretary', branchId: 99 }, 'branchId', /No current grid branch 99/],
    [{ username: 'li', password: 'short', role: 'viewer' }, 'password', /fewer than 10/],
    [{ username: 'li li', password: 'long-enough-pw', role: 'viewer' }, 'username', /pattern/],
    [{ username: 'wang', password: 'long-enough-pw', role: 'viewer' }, 'username', /taken/],
  ])('refuses %j naming %s', async (payload, field, message) => {
    const before = db.prepare('SELECT count(*) FROM account').pluck().get();
    const res = await send('POST', '/api/admin/accounts', payload);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.json().field).toBe(field);
    expect(res.json().message).toMatch(message);
    expect(db.prepare('SELECT count(*) FROM account').pluck().get()).toBe(before);
  });

  it('disabling an account ends its sessions at once', async () => {
    const id = await createAccount(db, 'temp', 'viewer');
    const s = await signIn(app, 'temp');
    expect((await send('PATCH', `/api/admin/accounts/${id}`, { disabled: true })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('will not let an admin demote themself', async () => {
    const self = db.prepare("SELECT id FROM account WHERE username = 'root'").pluck().get() as number;
    const res = await send('PATCH', `/api/admin/accounts/${self}`, { role: 'viewer' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/own administrator rights/);
  });
});

describe('wall tokens', () => {
  it('are shown once, then only listed, and revoking one stops it', async () => {
    const created = await send('POST', '/api/admin/wall-tokens', { name: '大屏一' });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    const who = () => app.inject({ url: '/api/auth/session', headers: { authorization: `Bearer ${token}` } });
    expect((await who()).json()).toMatchObject({ role: 'wall' });
    const list = (await app.inject({ url: '/api/admin/wall-tokens', headers: { cookie: admin.cookie } })).body;
    expect(list).toContain('大屏一');
    expect(list).not.toContain(token);
    expect((await send('DELETE', `/api/admin/wall-tokens/${id}`)).statusCode).toBe(204);
    expect((await who()).statusCode).toBe(401);
  });
});

describe('audit log', () => {
  it('filters by user and action and exports CSV', async () => {
    const json = (await app.inject({ url: '/api/admin/audit?action=create_account', headers: { cookie: admin.cookie } })).json();
    expect(json.entries.length).toBeGreaterThan(0);
    expect(json.entries.every((e: { action: string }) => e.action === 'create_account')).toBe(true);
    const csv = await app.inject({ url: '/api/admin/audit?username=root&format=csv', headers: { cookie: admin.cookie } });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFF"id","at","username","role","action","target","record_ids","ip","detail"');
    expect(csv.body).toContain('"create_account"');
  });

  it('escapes spreadsheet formulas in CSV cells', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1'], ['\tcmd'], ['ok']])).toBe('\uFEFF"a"\r\n"\'=HYPERLINK(""x"")"\r\n"\'-1"\r\n"\'\tcmd"\r\n"ok"\r\n');
  });
});

describe('account edits (review findings)', () => {
  it('drops the branch when a secretary becomes a planner', async () => {
    const id = await createAccount(db, 'sec9', 'secretary', 1);
    const res = await send('PATCH', `/api/admin/accounts/${id}`, { role: 'planner' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'planner', branchId: null });
  });

  it('keeps the sessions of an account whose display name alone changes', async () => {
    const id = await createAccount(db, 'namey', 'viewer');
    const s = await signIn(app, 'namey');
    expect((await send('PATCH', `/api/admin/accounts/${id}`, { displayName: '新名字' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(200);
  });

  it('never leaves the system without an active administrator, even when two demote each other at once', async () => {
    await createAccount(db, 'root2', 'admin');
    const r1 = await signIn(app, 'root');
    const r2 = await signIn(app, 'root2');
    const id = (u: string) => db.prepare('SELECT id FROM account WHERE username = ?').pluck().get(u) as number;
    const [a, b] = await Promise.all([
      app.inject({ method: 'PATCH', url: `/api/admin/accounts/${id('root2')}`, headers: { cookie: r1.cookie, 'x-csrf-token': r1.csrf }, payload: { role: 'viewer' } }),
      app.inject({ method: 'PATCH', url: `/api/admin/accounts/${id('root')}`, headers: { cookie: r2.cookie, 'x-csrf-token': r2.csrf }, payload: { role: 'viewer' } }),
    ]);
    expect([a.statusCode, b.statusCode]).toContain(200);
    expect(db.prepare("SELECT count(*) FROM account WHERE role = 'admin' AND disabled = 0").pluck().get()).toBeGreaterThanOrEqual(1);
    db.prepare("UPDATE account SET role = 'admin', branch_id = NULL WHERE username IN ('root', 'root2')").run();
  });

  it('treats a day range as whole days', async () => {
    // The previous test took root's rights away for a moment, which ended its sessions.
    const fresh = await signIn(app, 'root');
    // The users' day (Asia/Shanghai), which from 16:00 UTC is a day ahead of UTC's.
    const today = dayIn(DEFAULT_TIME_ZONE);
    const res = await app.inject({ url: `/api/admin/audit?from=${today}&to=${today}`, headers: { cookie: fresh.cookie } });
    expect(res.json().entries.length).toBeGreaterThan(0);
    const bad = await app.inject({ url: "/api/admin/audit?to=2026-01-01x'--", headers: { cookie: fresh.cookie } });
    expect(bad.statusCode).toBe(400);
  });
});
