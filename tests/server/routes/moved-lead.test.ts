import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Feature } from 'geojson';
import { appWith } from '../fixtures/app';
import { createAccount, scenePost, signIn, type Signed } from '../fixtures/accounts';
import { rect, tinyDataset } from '../fixtures/tiny-dataset';

// Tiny fixture, with lead #2 (member 5, living in building 4) also linked to 5 households of
// building 2 (20 households, where lead #1 links 4), and no liaison. A zone takes building 4; member 5 moves out
// on 2026-04-01 and is resettled on 05-01 into building 1. From then on lead #2 lives away from
// the households it linked: it reaches nobody until re-appointed where member 5 now lives.
let app: FastifyInstance;
let db: Database;
let planner: Signed;
beforeAll(async () => {
  const data = tinyDataset();
  data.leads.find((l) => l.id === 2)?.links.push({ buildingId: 2, households: 5 });
  // Without the neighbourhood liaison, building 2 is reached by lead links alone.
  data.liaisons = [];
  ({ app, db } = await appWith(data));
  await createAccount(db, 'plan', 'planner');
  planner = await signIn(app, 'plan');
});
afterAll(() => app.close());

const post = (url: string, payload: object) => scenePost(app, planner)(url, payload);
const reachedIn2 = async (asOf?: string): Promise<number> =>
  (await app.inject({ url: `/api/coverage?level=building&id=2${asOf ? `&asOf=${asOf}` : ''}`, headers: { cookie: planner.cookie } })).json().unit.figures.reached;
const leadIds = async (): Promise<unknown[]> =>
  (await app.inject({ url: '/api/layers/leads', headers: { cookie: planner.cookie } })).json().features.map((f: Feature) => f.id);

describe('a household-lead who is relocated', () => {
  it('reaches households while living in the lead building', async () => {
    expect(await reachedIn2()).toBe(9);
    expect(await leadIds()).toContain(2);
  });

  it('stops reaching them once resettled elsewhere, on the map and in coverage, and keeps the past', async () => {
    await post('/api/zones', { name: '东片区', announcedOn: '2026-03-01', polygon: rect(120.311, 36.081, 120.315, 36.083) });
    const entry = db.prepare('SELECT id FROM relocation WHERE member_id = 5').pluck().get() as number;
    await post(`/api/relocations/${entry}/transitions`, { to: 'moving_out', on: '2026-04-01', expectedVersion: 1 });
    await post(`/api/relocations/${entry}/transitions`, { to: 'resettled', on: '2026-05-01', expectedVersion: 2, destination: { buildingId: 1 } });
    expect(db.prepare('SELECT status, building_id FROM member WHERE id = 5').get()).toEqual({ status: 'active', building_id: 1 });
    // Active again, but living in building 1: lead #2's links to building 2 no longer count.
    expect(await reachedIn2()).toBe(4);
    expect(await leadIds()).not.toContain(2);
    // Before the move member 5 lived in building 4, so the lead reached building 2 that day.
    expect(await reachedIn2('2026-02-01')).toBe(9);
  });

  it('is re-homed where the member lives when a planner links them again, and the planner\'s figure holds', async () => {
    const send = (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { cookie: planner.cookie, 'x-csrf-token': planner.csrf }, payload });
    const body = { steps: [{ ops: [{ op: 'linkLead', memberId: 5, buildingId: 2, households: 5 }] }] };
    const { evaluation } = (await send('/api/planner/evaluate', { plan: body })).json();
    expect(evaluation.ok).toBe(true);
    const created = (await send('/api/planner/plans', { name: '中心户回迁后重新联系', plan: body })).json();
    const applied = await send(`/api/planner/plans/${created.id}/apply`, { expectedRevision: created.revision, effectiveOn: '2026-06-01' });
    expect(applied.statusCode).toBe(200);
    expect(db.prepare('SELECT building_id FROM household_lead WHERE id = 2').pluck().get()).toBe(1);
    expect(await reachedIn2()).toBe(9);
    expect(await leadIds()).toContain(2);
    // What the planner showed before applying is what coverage says after.
    const after = (await app.inject({ url: '/api/coverage?level=subdistrict&id=1', headers: { cookie: planner.cookie } })).json().unit.figures.reached;
    expect(evaluation.diff.coverage.after.reached).toBe(after);
  });
});
