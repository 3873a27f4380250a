/**
 * Generated per route: every /api route the app registers is tried by every kind of caller,
 * so a new route cannot slip through without its access being checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../shared/auth/roles';
import { accountRepository } from '../../../server/repositories/accounts';
import type { RouteAccess } from '../../../server/plugins/auth';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { tinyDataset } from '../fixtures/tiny-dataset';

let app: FastifyInstance;
let db: Database;
let routes: RouteAccess[];
let wallToken: string;
const as: Partial<Record<Role, Signed>> = {};

beforeAll(async () => {
  ({ app, db } = await appWith());
  for (const role of ['admin', 'planner', 'viewer'] as const) await createAccount(db, role, role);
  await createAccount(db, 'secretary', 'secretary', 1);
  for (const role of ['admin', 'planner', 'secretary', 'viewer'] as const) as[role] = await signIn(app, role);
  wallToken = accountRepository(db).createWallToken('test wall').token;
  routes = app.routeCatalogue.filter((r) => r.method !== 'HEAD');
});
afterAll(() => app.close());

/** A concrete URL for a route pattern: ids 1, layer branches, tile 0/0/0. */
function concrete(url: string): string {
  return url.replace(':layer', 'branches').replace(':z', '0').replace(':x', '0').replace(':y', '0').replace(/:\w+/g, '1')
    + (url === '/api/coverage' ? '?level=subdistrict' : '');
}

function call(r: RouteAccess, headers: Record<string, string>, payload?: unknown) {
  const method = r.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  return app.inject({ method, url: concrete(r.url), headers, ...(method === 'GET' ? {} : { payload: (payload ?? {}) as object }) });
}

const personal = tinyDataset().members.flatMap((m) => [m.name, m.phone]);

describe('every /api route', () => {
  it('is catalogued with its access', () => {
    expect(routes.length).toBeGreaterThan(8);
    expect(routes.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['GET /api/members', 'GET /api/layers/:layer', 'POST /api/auth/login']));
  });

  it('refuses anonymous callers unless public', async () => {
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const res = await call(r, {});
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('refuses every role it does not list with 403, and the wall token whenever it is not listed', async () => {
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const allowed = r.access as readonly Role[];
      for (const role of ['admin', 'planner', 'secretary', 'viewer'] as const) {
        if (allowed.includes(role)) continue;
        const s = as[role] as Signed;
        const res = await call(r, { cookie: s.cookie, 'x-csrf-token': s.csrf });
        expect(res.statusCode, `${role} → ${r.method} ${r.url}`).toBe(403);
      }
      if (!allowed.includes('wall')) {
        const res = await call(r, { authorization: `Bearer ${wallToken}` });
        expect(res.statusCode, `wall → ${r.method} ${r.url}`).toBe(403);
      }
    }
  });

  it('refuses writes without the CSRF token, even for an allowed role', async () => {
    for (const r of routes.filter((x) => x.method !== 'GET' && x.access !== 'public')) {
      const role = (r.access as readonly Role[]).find((x) => x !== 'wall') as Exclude<Role, 'wall'>;
      const res = await call(r, { cookie: (as[role] as Signed).cookie });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
    }
  });

  it('refuses SQL injection on every write, under the size limit, without a 500', async () => {
    // Small enough to reach validation and the handlers (an oversized body stops earlier).
    const hostile = {
      id: '1; DROP TABLE member; --', username: "' OR 1=1 --", password: "' OR '1'='1", date: "2026-01-01' --", on: "2026-01-01'); DELETE FROM member; --",
      method: "visit' --", note: "'); DROP TABLE audit_log; --", name: "x'); DROP TABLE demolition_zone; --", kind: "building' OR '1'='1", to: "moving_out' --",
      stage: "cleared' --", expectedVersion: '1 OR 1=1', role: "admin' --", branchId: '1 OR 1=1',
    };
    for (const r of routes.filter((x) => x.method !== 'GET' && x.url !== '/api/auth/logout')) {
      const s = as.admin as Signed;
      const res = await call(r, { cookie: s.cookie, 'x-csrf-token': s.csrf }, hostile);
      // A DELETE has no body to poison: it only has to stay clear of a 500.
      if (r.method !== 'DELETE') expect(res.statusCode, `${r.method} ${r.url}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${r.method} ${r.url}`).toBeLessThan(500);
    }
    expect(db.prepare('SELECT count(*) FROM member').pluck().get()).toBe(6);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('member', 'audit_log', 'demolition_zone')").pluck().get()).toBe(3);
  });

  it('refuses oversized payloads on every write with 413, not a 500', async () => {
    const huge = { note: 'x'.repeat(2_000_000) };
    for (const r of routes.filter((x) => x.method !== 'GET' && x.url !== '/api/auth/logout')) {
      const s = as.admin as Signed;
      const res = await call(r, { cookie: s.cookie, 'x-csrf-token': s.csrf }, huge);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(413);
    }
  });

  it('gives the wall token and the viewer no name, phone or birth year', async () => {
    const callers: Record<string, Record<string, string>> = {
      wall: { authorization: `Bearer ${wallToken}` },
      viewer: { cookie: (as.viewer as Signed).cookie },
    };
    for (const [who, headers] of Object.entries(callers)) {
      // The OpenAPI document names fields such as birthYear; it holds no data. The event
      // stream never ends, so inject cannot read it: events.test.ts scans what it sends.
      for (const r of routes.filter((x) => x.method === 'GET' && x.url !== '/api/openapi.json' && x.url !== '/api/events')) {
        const res = await call(r, headers);
        if (res.statusCode !== 200) continue;
        const body = res.body;
        for (const p of personal) expect(body.includes(p), `${who} → ${r.url} leaks ${p}`).toBe(false);
        expect(body.includes('birthYear'), `${who} → ${r.url} has birthYear`).toBe(false);
      }
    }
  });
});
