/**
 * The wall's own aggregates on the demo sub-district: the alert list agrees with the coverage
 * report and with the members table counted independently in SQL; the clocks move when a
 * contact is recorded or a member moves out; relocation history replays the ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { CoverageResponse } from '../../../shared/api';
import type { RelocationHistoryResponse, WallAlertsResponse } from '../../../shared/wall';
import { accountRepository } from '../../../server/repositories/accounts';
import { generateDataset } from '../../../server/seed/generate';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';

let app: FastifyInstance;
let db: Database;
let wall: { authorization: string };
let planner: Signed;
let today: string;

beforeAll(async () => {
  ({ app, db } = await appWith(generateDataset({ scale: 'demo' })));
  wall = { authorization: `Bearer ${accountRepository(db).createWallToken('test wall').token}` };
  await createAccount(db, 'plan', 'planner');
  planner = await signIn(app, 'plan');
  today = app.today();
});
afterAll(() => app.close());

const asWall = async <T>(url: string): Promise<T> => {
  const res = await app.inject({ url, headers: wall });
  expect(res.statusCode, url).toBe(200);
  return res.json() as T;
};
const post = (who: Signed, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload });

/**
 * SQL for the last day of contact that is 6 whole calendar months before the day `t` (an SQL
 * expression), in SQLite's own date functions. Not plain `date(?, '-6 months')`, which rolls 08-31 − 6 months over to 03-03 and
 * misses month ends: the same day 6 months back, or that month's last day when it has no such
 * day or `t` is the last of its month (04-30 reaches back to 10-31). `SIX_MONTHS_BACK` takes the
 * day from the named parameter `:t`.
 */
const sixMonthsBack = (t: string): string => `CASE WHEN strftime('%d', date(${t}, '+1 day')) = '01' THEN date(${t}, 'start of month', '-5 months', '-1 day')
  ELSE min(date(${t}, 'start of month', '-6 months', '+' || (CAST(strftime('%d', ${t}) AS INTEGER) - 1) || ' days'), date(${t}, 'start of month', '-5 months', '-1 day')) END`;
const SIX_MONTHS_BACK = sixMonthsBack(':t');

/** Per branch: members whose lost-contact clock has run out, counted in SQL. */
function dueInSql(day: string): Map<number, number> {
  const rows = db.prepare(`SELECT branch_id AS b, count(*) AS n FROM member
    WHERE status IN ('active', 'moving') AND branch_id IS NOT NULL AND (last_contact IS NULL OR last_contact <= ${SIX_MONTHS_BACK})
    GROUP BY branch_id`).all({ t: day }) as { b: number; n: number }[];
  return new Map(rows.map((r) => [r.b, r.n]));
}

describe('GET /api/wall/alerts', () => {
  it('lists the same gaps and branch findings as the coverage report', async () => {
    const alerts = await asWall<WallAlertsResponse>('/api/wall/alerts');
    const report = await asWall<CoverageResponse>('/api/coverage?level=subdistrict');
    const ids = (kind: string) => alerts.alerts.filter((a) => a.kind === kind).map((a) => a.id).sort((a, b) => a - b);
    const findings = (rule: string) => report.violations.filter((v) => v.rule === rule).map((v) => v.id).sort((a, b) => a - b);
    expect(ids('gap_neighbourhood')).toEqual(report.gaps.neighbourhoods.map((g) => g.id).sort((a, b) => a - b));
    expect(ids('gap_neighbourhood').length).toBe(report.unit.figures.gapNeighbourhoods);
    expect(ids('branch_under_min')).toEqual(findings('branch_min_full_members'));
    expect(ids('branch_over_max')).toEqual(findings('branch_max_members'));
    expect(alerts.counts.gap_neighbourhood).toBe(ids('gap_neighbourhood').length);
    expect(alerts.dataVersion).toBe(report.dataVersion);
    expect(alerts.clockMonths).toEqual({ contact: 6, transfer: 6 });
  });

  it('counts members at the 6-month contact clock per branch exactly as SQL does', async () => {
    const alerts = await asWall<WallAlertsResponse>('/api/wall/alerts');
    const clock = new Map(alerts.alerts.filter((a) => a.kind === 'contact_clock').map((a) => [a.id, a.figure]));
    expect(clock).toEqual(dueInSql(today));
    expect(clock.size).toBeGreaterThan(10);
    const soon = db.prepare(`SELECT count(*) FROM member WHERE status IN ('active', 'moving') AND branch_id IS NOT NULL
      AND last_contact > ${SIX_MONTHS_BACK} AND last_contact <= ${sixMonthsBack("date(:t, '+30 days')")}`).pluck().get({ t: today }) as number;
    // Branches with nothing due yet list no alert, so their "soon" members are not in the list.
    const listedSoon = alerts.alerts.filter((a) => a.kind === 'contact_clock').reduce((s, a) => s + (a.soon ?? 0), 0);
    expect(listedSoon).toBeGreaterThan(0);
    expect(listedSoon).toBeLessThanOrEqual(soon);
  });

  it('drops a member from the clock as soon as a contact is recorded', async () => {
    const overdue = db.prepare(`SELECT id, branch_id FROM member WHERE status = 'active' AND last_contact <= ${SIX_MONTHS_BACK} LIMIT 1`).get({ t: today }) as { id: number; branch_id: number };
    const before = (await asWall<WallAlertsResponse>('/api/wall/alerts')).alerts.find((a) => a.kind === 'contact_clock' && a.id === overdue.branch_id)?.figure ?? 0;
    await createAccount(db, 'sec', 'secretary', overdue.branch_id);
    const res = await post(await signIn(app, 'sec'), `/api/members/${overdue.id}/contacts`, { date: today, method: 'visit' });
    expect(res.statusCode).toBe(201);
    const after = (await asWall<WallAlertsResponse>('/api/wall/alerts')).alerts.find((a) => a.kind === 'contact_clock' && a.id === overdue.branch_id)?.figure ?? 0;
    expect(after).toBe(before - 1);
  });
});

describe('relocation over time', () => {
  const ago = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  let zoneMembers = 0;
  let movedBranch = 0;

  beforeAll(async () => {
    // A zone round the neighbourhood with the most resident members, announced 220 days ago.
    const hood = db.prepare(`SELECT n.polygon FROM neighbourhood n JOIN building b ON b.neighbourhood_id = n.id JOIN member m ON m.building_id = b.id
      WHERE m.status = 'active' GROUP BY n.id ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
    const zone = await post(planner, '/api/zones', { name: '测试片区', polygon: JSON.parse(hood), announcedOn: ago(220) });
    expect(zone.statusCode).toBe(201);
    zoneMembers = zone.json().members;
    const entries = (await app.inject({ url: '/api/relocations', headers: { cookie: planner.cookie } })).json().entries as { id: number; version: number; branchId: number }[];
    const [first, second] = entries;
    if (!first || !second) throw new Error('the zone holds fewer than two members');
    movedBranch = first.branchId;
    // One moved out 200 days ago (past the 6-month transfer clock), one 20 days ago.
    expect((await post(planner, `/api/relocations/${first.id}/transitions`, { to: 'moving_out', on: ago(200), expectedVersion: first.version })).statusCode).toBe(200);
    expect((await post(planner, `/api/relocations/${second.id}/transitions`, { to: 'moving_out', on: ago(20), expectedVersion: second.version })).statusCode).toBe(200);
  });

  it('replays the ledger day by day and ends where the counters stand', async () => {
    const h = await asWall<RelocationHistoryResponse>('/api/wall/relocation-history?days=365');
    expect(h.days).toHaveLength(365);
    expect(h.days.at(-1)).toBe(today);
    const at = (day: string) => h.days.indexOf(day);
    expect(h.series.in_zone[at(ago(221))]).toBe(0);
    expect(h.series.in_zone[at(ago(220))]).toBe(zoneMembers);
    expect(h.series.moving_out[at(ago(200))]).toBe(1);
    expect(h.series.moving_out[at(ago(20))]).toBe(2);
    const summary = await asWall<{ byState: Record<string, number> }>('/api/relocations/summary');
    for (const [state, series] of Object.entries(h.series)) expect(series.at(-1), state).toBe(summary.byState[state]);
  });

  it('defaults to 90 days and refuses more than two years', async () => {
    expect((await asWall<RelocationHistoryResponse>('/api/wall/relocation-history')).days).toHaveLength(90);
    expect((await app.inject({ url: '/api/wall/relocation-history?days=800', headers: wall })).statusCode).toBe(400);
  });

  it('flags the member who moved out 200 days ago for transfer, under their branch', async () => {
    const alerts = await asWall<WallAlertsResponse>('/api/wall/alerts');
    const transfer = alerts.alerts.filter((a) => a.kind === 'transfer_clock');
    expect(transfer.map((a) => [a.id, a.figure])).toEqual([[movedBranch, 1]]);
  });
});
