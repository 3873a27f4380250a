import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { MemberDto } from '../../../shared/members';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';

// Tiny fixture: branch 1 holds members 1–4 (living in buildings 1–2 of grid 1); branch 3 holds
// members 5–6 (building 4). Branch 2's grid has only a shop.
let app: FastifyInstance;
let db: Database;
const signed: Record<string, Signed> = {};
/** The signed-in caller `u` (throws if the setup did not sign them in). */
const as = new Proxy({} as Record<'admin1' | 'plan1' | 'secA' | 'secB' | 'view1', Signed>, {
  get: (_t, u: string) => {
    const s = signed[u];
    if (!s) throw new Error(`${u} is not signed in`);
    return s;
  },
});
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'admin1', 'admin');
  await createAccount(db, 'plan1', 'planner');
  await createAccount(db, 'secA', 'secretary', 1);
  await createAccount(db, 'secB', 'secretary', 3);
  await createAccount(db, 'view1', 'viewer');
  for (const u of ['admin1', 'plan1', 'secA', 'secB', 'view1']) signed[u] = await signIn(app, u);
});
afterAll(() => app.close());

const get = (url: string, who?: Signed) => app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

describe('GET /api/members', () => {
  it('gives a secretary only their own branch and its residents', async () => {
    const res = await get('/api/members', as.secA);
    expect(res.statusCode).toBe(200);
    expect(res.json().members.map((m: MemberDto) => m.id)).toEqual([1, 2, 3, 4]);
    expect(res.json().members[0]).toMatchObject({ name: '测试党员1', phone: '10000000001', isLead: true, linkedHouseholds: 10 });
  });

  it("refuses a secretary asking for another branch, and hides another branch's member", async () => {
    expect((await get('/api/members?branchId=3', as.secA)).statusCode).toBe(403);
    expect((await get('/api/members/5', as.secA)).statusCode).toBe(404);
    expect((await get('/api/members/5', as.secB)).statusCode).toBe(200);
  });

  it('masks phones for planners and gives admins everything', async () => {
    const planner = (await get('/api/members', as.plan1)).json().members as MemberDto[];
    expect(planner).toHaveLength(6);
    expect(planner[0]?.phone).toBe('100****0001');
    expect(planner[0]?.name).toBe('测试党员1');
    // Nothing personal beyond the name: no gender, birth year, education or home.
    for (const key of ['gender', 'birthYear', 'education', 'address', 'buildingId']) expect(planner[0]).not.toHaveProperty(key);
    expect((await get('/api/members/1', as.plan1)).body).not.toContain('1951');
    expect((await get('/api/members/6', as.admin1)).json().phone).toBe('10000000006');
  });

  it('refuses viewers and anonymous callers', async () => {
    expect((await get('/api/members', as.view1)).statusCode).toBe(403);
    expect((await get('/api/members')).statusCode).toBe(401);
  });

  it('writes every read of personal data to the audit log with the records read', async () => {
    await get('/api/members?buildingId=4', as.secB);
    const row = db.prepare("SELECT username, role, action, record_ids, ip FROM audit_log WHERE username = 'secB' AND action = 'read_members' ORDER BY id DESC").get();
    expect(row).toMatchObject({ username: 'secB', role: 'secretary', record_ids: '5,6' });
  });
});

describe('POST /api/members/:id/contacts', () => {
  const post = (id: number, who: Signed, payload: object, csrf = who.csrf) =>
    app.inject({ method: 'POST', url: `/api/members/${id}/contacts`, headers: { cookie: who.cookie, 'x-csrf-token': csrf }, payload });

  it('records a contact and moves the last contact date forward', async () => {
    const res = await post(2, as.secA, { date: '2026-11-02', method: 'visit', note: '上门走访' });
    expect(res.statusCode).toBe(201);
    expect(res.json().lastContact).toBe('2026-11-02');
    // An older contact does not move the date back.
    expect((await post(2, as.secA, { date: '2026-01-05', method: 'phone' })).json().lastContact).toBe('2026-11-02');
  });

  it('refuses, writing nothing: no CSRF token, another branch, a bad date, an unknown method', async () => {
    const count = () => db.prepare('SELECT count(*) FROM member_contact').pluck().get();
    const before = count();
    expect((await post(2, as.secA, { date: '2026-11-02', method: 'visit' }, 'wrong')).statusCode).toBe(403);
    expect((await post(5, as.secA, { date: '2026-11-02', method: 'visit' })).statusCode).toBe(404);
    const future = await post(2, as.secA, { date: '2999-01-01', method: 'visit' });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ field: 'date', record: 'member 2' });
    const impossible = await post(2, as.secA, { date: '2026-02-30', method: 'visit' });
    expect(impossible.json()).toMatchObject({ statusCode: 400, field: 'date', message: 'date 2026-02-30 is not a real day; give YYYY-MM-DD.' });
    const method = await post(2, as.secA, { date: '2026-11-02', method: 'telepathy' });
    expect(method.json()).toMatchObject({ statusCode: 400, field: 'method' });
    expect((await post(2, as.view1, { date: '2026-11-02', method: 'visit' })).statusCode).toBe(403);
    expect(count()).toBe(before);
  });
});
