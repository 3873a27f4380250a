import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchMoves, firstApplyDay, plainApply, type BenchMoves, type PlainMove } from '../../../bench/baselines/plain-apply';
import { buildApp } from '../../../server/app';
import { plannerBaseRepository } from '../../../server/planner/base-repository';
import { prepareBase } from '../../../shared/planner/prepare';
import { addDays } from '../../../shared/as-of/days';
import { createAccount, signIn, type Signed } from '../../server/fixtures/accounts';
import { demoDatabase } from '../demo-db';

// Two copies of the demo data: the real app applies plans to one, the plain SQL makes the same moves in the other.
let real: Database;
let plain: Database;
let app: FastifyInstance;
let planner: Signed;
let moves: BenchMoves;
beforeAll(async () => {
  real = demoDatabase();
  plain = demoDatabase();
  app = await buildApp({ db: real });
  await createAccount(real, 'plan', 'planner');
  planner = await signIn(app, 'plan');
  moves = benchMoves(real, prepareBase(plannerBaseRepository(real).read()));
});
afterAll(() => app.close());

async function applyThroughApp(list: readonly PlainMove[], on: string): Promise<void> {
  const headers = { cookie: planner.cookie, 'x-csrf-token': planner.csrf };
  const ops = list.map((m) => ({ op: 'assign' as const, buildingIds: [...m.buildingIds], to: m.to }));
  const created = await app.inject({ method: 'POST', url: '/api/planner/plans', headers, payload: { name: `moves ${on}`, plan: { steps: [{ ops }] } } });
  expect(created.statusCode, created.body).toBe(201);
  const res = await app.inject({ method: 'POST', url: `/api/planner/plans/${created.json().id}/apply`, headers, payload: { expectedRevision: 1, effectiveOn: on } });
  expect(res.statusCode, res.body).toBe(200);
}

/** Current branch of every building and member, and their history rows (plan ids aside: the plain SQL has no plan). */
function assignments(db: Database) {
  return {
    buildings: db.prepare('SELECT id, branch_id FROM building ORDER BY id').all(),
    members: db.prepare('SELECT id, branch_id FROM member ORDER BY id').all(),
    buildingHistory: db.prepare('SELECT building_id, branch_id, valid_from, valid_to FROM building_assignment_history ORDER BY building_id, valid_from').all(),
    memberHistory: db.prepare('SELECT member_id, branch_id, valid_from, valid_to FROM member_branch_history ORDER BY member_id, valid_from').all(),
  };
}

describe('the plain SQL apply (benchmark baseline)', () => {
  it('moves about 200 buildings between grids of their own community', () => {
    const ids = moves.forward.flatMap((m) => m.buildingIds);
    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ids).size).toBe(ids.length);
    expect(moves.back.map((m) => m.buildingIds)).toEqual(moves.forward.map((m) => m.buildingIds));
  });

  it('leaves every building and member in the branch the real apply does, with the same history', async () => {
    expect(assignments(plain)).toEqual(assignments(real));
    const first = firstApplyDay(real);
    expect(first <= addDays(app.today(), -2), `${first} leaves no room for three applies up to today`).toBe(true);
    const days: [readonly PlainMove[], string][] = [[moves.forward, first], [moves.back, addDays(first, 1)], [moves.forward, addDays(first, 2)]];
    for (const [list, on] of days) {
      await applyThroughApp(list, on);
      const result = plainApply(plain, list, on);
      expect(result.buildings).toBe(list.reduce((s, m) => s + m.buildingIds.length, 0));
      expect(result.members).toBeGreaterThan(0);
      const after = assignments(plain);
      expect(after.buildings).toEqual(assignments(real).buildings);
      expect(after.members).toEqual(assignments(real).members);
      expect(after.buildingHistory).toEqual(assignments(real).buildingHistory);
      expect(after.memberHistory).toEqual(assignments(real).memberHistory);
    }
    const moved = moves.forward[0]?.buildingIds[0] as number;
    expect(plain.prepare('SELECT branch_id FROM building WHERE id = ?').pluck().get(moved)).toBe(moves.forward[0]?.to);
    expect(plain.prepare('SELECT count(*) FROM building_assignment_history WHERE building_id = ?').pluck().get(moved)).toBe(3);
  });

  it('replaces a day’s state when the same buildings move twice that day, as the apply does', () => {
    const db = demoDatabase();
    const [first] = moves.forward;
    const [firstBack] = moves.back;
    if (!first || !firstBack) throw new Error('no moves');
    const building = first.buildingIds[0] as number;
    plainApply(db, [first], '2026-02-01');
    plainApply(db, [firstBack], '2026-02-01');
    expect(db.prepare('SELECT branch_id FROM building WHERE id = ?').pluck().get(building)).toBe(firstBack.to);
    expect(db.prepare('SELECT branch_id, valid_to FROM building_assignment_history WHERE building_id = ?').all(building)).toEqual([{ branch_id: firstBack.to, valid_to: '2026-02-01' }]);
  });
});
