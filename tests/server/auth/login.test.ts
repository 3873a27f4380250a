import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { hashPassword, verifyPassword } from '../../../server/auth/passwords';
import { loginThrottle } from '../../../server/auth/rate-limit';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { appWith } from '../fixtures/app';
import { createAccount, signIn } from '../fixtures/accounts';

let app: FastifyInstance;
let db: Database;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'alice', 'admin');
  await createAccount(db, 'sec1', 'secretary', 1);
});
afterAll(() => app.close());

describe('passwords', () => {
  it('hash with a salt and verify only the right password', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    const a = await hashPassword('correct horse', cost);
    const b = await hashPassword('correct horse', cost);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct hors', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('POST /api/auth/login', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'alice-pw' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'alice', role: 'admin', branchId: null });
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/gridmap_session=[\w-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // Only the hash of the token is stored.
    const token = res.cookies.find((c) => c.name === 'gridmap_session')?.value ?? '';
    expect(db.prepare('SELECT count(*) FROM session WHERE token_hash = ?').pluck().get(token)).toBe(0);
  });

  it('refuses a wrong password or unknown user with the same message', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'nope' }, remoteAddress: '10.9.9.1' });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'mallory', password: 'nope' }, remoteAddress: '10.9.9.2' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
  });

  it('issues a new session id at sign-in, so a planted cookie is never promoted', async () => {
    const planted = 'planted-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'alice-pw' }, cookies: { gridmap_session: planted } });
    expect(res.cookies.find((c) => c.name === 'gridmap_session')?.value).not.toBe(planted);
    const who = await app.inject({ url: '/api/auth/session', cookies: { gridmap_session: planted } });
    expect(who.statusCode).toBe(401);
  });

  it('slows down brute force: after 5 failures the 6th try is refused with a clear message', async () => {
    await createAccount(db, 'bob', 'viewer');
    for (let i = 0; i < 5; i++) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob', password: `guess${i}` }, remoteAddress: `10.0.0.${i}` });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bob', password: 'bob-pw' }, remoteAddress: '10.0.0.99' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
  });

  it('validates the body and names the field', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('password');
  });
});

describe('sessions', () => {
  it('tells who is signed in, and logout ends the session', async () => {
    const s = await signIn(app, 'sec1');
    const who = await app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } });
    expect(who.json()).toMatchObject({ username: 'sec1', role: 'secretary', branchId: 1, csrfToken: s.csrf });
    const noCsrf = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().field).toBe('x-csrf-token');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('expire', async () => {
    const s = await signIn(app, 'alice');
    db.prepare("UPDATE session SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    expect((await app.inject({ url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });
});

describe('route access declarations', () => {
  it('refuse to start an app with an /api route that declares no access', async () => {
    const bad = await buildApp({ db: openDatabase(':memory:') });
    expect(() => bad.get('/api/secret', async () => ({}))).toThrow(/declares no config\.access/);
    await bad.close();
  });
});

describe('loginThrottle', () => {
  it('lets a key try again once the oldest failure leaves the window', () => {
    const t = loginThrottle(2, 1000);
    t.fail('k', 0);
    t.fail('k', 100);
    expect(t.retryAfterMs('k', 200)).toBe(800);
    expect(t.retryAfterMs('k', 1001)).toBe(0);
  });
});
