import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { rect } from '../fixtures/tiny-dataset';

// Tiny fixture: building 4 (40 households, at 120.312E 36.082N) in branch 3 houses member 5
// (active, a lead) and member 6 (moving). A zone around it takes building 4 and opens one
// ledger entry: member 5's (member 6 is not active).
let app: FastifyInstance;
let db: Database;
let planner: Signed;
let sec1: Signed;
let sec3: Signed;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'plan', 'planner');
  await createAccount(db, 'sec1', 'secretary', 1);
  await createAccount(db, 'sec3', 'secretary', 3);
  planner = await signIn(app, 'plan');
  sec1 = await signIn(app, 'sec1');
  sec3 = await signIn(app, 'sec3');
});
afterAll(() => app.close());

const post = (who: Signed, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload });
const entryId = () => db.prepare('SELECT id FROM relocation WHERE member_id = 5').pluck().get() as number;

describe('demolition zones and the relocation ledger', () => {
  it('refuses a self-crossing polygon, naming the field, and writes nothing', async () => {
    const res = await post(planner, '/api/zones', { name: '坏区', announcedOn: '2026-03-01', polygon: { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'polygon', record: 'zone 坏区' });
    expect(res.json().message).toMatch(/crosses itself/);
    expect(db.prepare('SELECT count(*) FROM demolition_zone').pluck().get()).toBe(0);
  });

  it('announces a zone: its building is slated and its active residents enter the ledger', async () => {
    const res = await post(planner, '/api/zones', { name: '东片区', announcedOn: '2026-03-01', polygon: rect(120.311, 36.081, 120.315, 36.083) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ buildings: 1, members: 1 });
    expect(db.prepare('SELECT status FROM building WHERE id = 4').pluck().get()).toBe('slated_demolition');
    expect(db.prepare('SELECT status, valid_from, valid_to FROM building_status_history WHERE building_id = 4 ORDER BY valid_from').all()).toEqual([
      { status: 'normal', valid_from: '2020-01-01', valid_to: '2026-03-01' },
      { status: 'slated_demolition', valid_from: '2026-03-01', valid_to: null },
    ]);
    const ledger = (await app.inject({ url: '/api/relocations', headers: { cookie: planner.cookie } })).json().entries;
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ memberId: 5, state: 'in_zone', version: 1, originAddress: '测试路4号', unaccountedFor: true });
  });

  it('refuses an illegal step and names the allowed ones', async () => {
    const res = await post(planner, `/api/relocations/${entryId()}/transitions`, { to: 'resettled', on: '2026-04-01', expectedVersion: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'to', message: 'A member in state "in_zone" cannot move to "resettled"; allowed next states: moving_out, floating, lost_contact.' });
  });

  it('records a move: the member stops counting for coverage until settled', async () => {
    const before = (await app.inject({ url: '/api/coverage?level=branch&id=3', headers: { cookie: planner.cookie } })).json().unit.figures;
    expect(before.members).toBe(1);
    const res = await post(sec3, `/api/relocations/${entryId()}/transitions`, { to: 'moving_out', on: '2026-04-01', note: '已签约搬迁', expectedVersion: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'moving_out', version: 2, movedOutOn: '2026-04-01' });
    expect(db.prepare('SELECT status FROM member WHERE id = 5').pluck().get()).toBe('moving');
    const after = (await app.inject({ url: '/api/coverage?level=branch&id=3', headers: { cookie: planner.cookie } })).json().unit.figures;
    expect(after.members).toBe(0);
    expect(after.reached).toBe(0);
  });

  it('lets only one of two concurrent updates win; the other gets a clear conflict', async () => {
    const [a, b] = await Promise.all([
      post(planner, `/api/relocations/${entryId()}/transitions`, { to: 'transitional', on: '2026-05-01', expectedVersion: 2 }),
      post(sec3, `/api/relocations/${entryId()}/transitions`, { to: 'floating', on: '2026-05-02', expectedVersion: 2 }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().message).toMatch(/Someone else changed this entry first: it is now "(transitional|floating)" \(version 3\)/);
    expect(db.prepare('SELECT count(*) FROM relocation_event WHERE relocation_id = ?').pluck().get(entryId())).toBe(3);
  });

  it("hides another branch's ledger from a secretary", async () => {
    expect((await app.inject({ url: '/api/relocations', headers: { cookie: sec1.cookie } })).json().entries).toEqual([]);
    const res = await post(sec1, `/api/relocations/${entryId()}/transitions`, { to: 'lost_contact', on: '2026-05-03', expectedVersion: 3 });
    expect(res.statusCode).toBe(404);
  });

  it('clears a zone only forward and once everyone has left; its building is then demolished', async () => {
    const zoneId = db.prepare('SELECT id FROM demolition_zone').pluck().get() as number;
    const skip = await post(planner, `/api/zones/${zoneId}/stage`, { stage: 'cleared', on: '2026-06-01' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().message).toMatch(/can move only to moving_out/);
    expect((await post(planner, `/api/zones/${zoneId}/stage`, { stage: 'moving_out', on: '2026-04-01' })).statusCode).toBe(200);
    const cleared = await post(planner, `/api/zones/${zoneId}/stage`, { stage: 'cleared', on: '2026-06-01' });
    expect(cleared.json()).toMatchObject({ stage: 'cleared', demolishedBuildings: 1 });
    expect(db.prepare('SELECT status FROM building WHERE id = 4').pluck().get()).toBe('demolished');
    // Demolished buildings hold no households to reach.
    expect((await app.inject({ url: '/api/coverage?level=branch&id=3', headers: { cookie: planner.cookie } })).json().unit.figures.households).toBe(0);
  });

  it('counts for the wall: affected, resettled, unaccounted for, lost contact', async () => {
    const summary = (await app.inject({ url: '/api/relocations/summary', headers: { cookie: planner.cookie } })).json();
    expect(summary).toMatchObject({ affected: 1, resettled: 0, unaccountedFor: 1, lostContact: 0 });
    expect(JSON.stringify(summary)).not.toContain('测试党员');
  });
});
