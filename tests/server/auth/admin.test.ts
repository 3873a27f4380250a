import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { toCsv } from '../../../server/routes/admin';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';

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
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1'], ['ok']])).toBe('\uFEFF"a"\r\n"\'=HYPERLINK(""x"")"\r\n"\'-1"\r\n"ok"\r\n');
  });
});
