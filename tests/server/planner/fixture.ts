/**
 * The real app on the tiny dataset (tests/server/fixtures/tiny-dataset.ts) with a signed-in
 * planner, and shorthands for the planner routes.
 *
 * Tiny grid: community 1 = branch 1 (north half: buildings 1 and 2 of 甲小区, 30 + 20
 * households) and branch 2 (south half: building 3, a shop); community 2 = branch 3
 * (building 4, 40 households). Members 1, 2 (active), 3 (lost contact), 4 (active,
 * probationary) are organised in branch 1: 1 and 2 live in building 1, 3 and 4 in building 2.
 */
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { PlanBody, PlanOp } from '../../../shared/planner/types';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';

export interface PlannerFixture {
  app: FastifyInstance;
  db: Database;
  planner: Signed;
  other: Signed;
}

export async function plannerApp(): Promise<PlannerFixture> {
  const { app, db } = await appWith();
  await createAccount(db, 'plan', 'planner');
  await createAccount(db, 'plan2', 'planner');
  return { app, db, planner: await signIn(app, 'plan'), other: await signIn(app, 'plan2') };
}

/** A plan of one step per argument. */
export const plan = (...steps: PlanOp[][]): PlanBody => ({ steps: steps.map((ops) => ({ ops })) });

export function calls(f: PlannerFixture) {
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: object, who: Signed = f.planner) =>
    f.app.inject({ method, url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload });
  return {
    send,
    get: (url: string, who: Signed = f.planner) => f.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } }),
    evaluate: (body: PlanBody, extra: object = {}) => send('POST', '/api/planner/evaluate', { plan: body, ...extra }),
    create: (name: string, body: PlanBody, who: Signed = f.planner) => send('POST', '/api/planner/plans', { name, plan: body }, who),
    apply: (id: number, expectedRevision: number, effectiveOn = '2025-06-01', who: Signed = f.planner) =>
      send('POST', `/api/planner/plans/${id}/apply`, { expectedRevision, effectiveOn }, who),
    version: () => f.db.prepare('SELECT version FROM data_version').pluck().get() as number,
    branchOf: (buildingId: number) => f.db.prepare('SELECT branch_id FROM building WHERE id = ?').pluck().get(buildingId) as number | null,
  };
}

export type Calls = ReturnType<typeof calls>;

/** Starts a fresh planner app before the file's tests (handing it to `use`) and closes it after. */
export function usePlannerApp(use: (f: PlannerFixture, api: Calls) => void): void {
  let f: PlannerFixture | undefined;
  beforeAll(async () => {
    f = await plannerApp();
    use(f, calls(f));
  });
  afterAll(() => f?.app.close());
}
