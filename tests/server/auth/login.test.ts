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
    // The expiry survives a page reload, so the page can end the session on time by itself.
    expect(Date.parse(who.json().expiresAt)).toBeGreaterThan(Date.now() + 11 * 3600_000);
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
    t.begin('k', 0);
    t.begin('k', 100);
    expect(t.retryAfterMs('k', 200)).toBe(800);
    expect(t.retryAfterMs('k', 1001)).toBe(0);
  });

  it('does not grow without bound under a spray of usernames', () => {
    const t = loginThrottle(5, 60_000, 100);
    for (let i = 0; i < 1000; i++) t.begin(`u:${i}`, i);
    expect(t.size).toBeLessThanOrEqual(101);
  });
});

describe('brute force that tries to dodge the throttle', () => {
  it('counts parallel guesses', async () => {
    await createAccount(db, 'carol', 'viewer');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'carol', password: `g${i}` }, remoteAddress: `10.1.0.${i}` })),
    );
    expect(guesses.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(7);
  });

  it('keeps counting an address that signs in to its own account between guesses', async () => {
    await createAccount(db, 'dave', 'viewer');
    const ip = '10.2.0.1';
    const codes: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const victim of ['v1', 'v2']) {
        codes.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: victim, password: 'x' }, remoteAddress: ip })).statusCode);
      }
      codes.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'dave', password: 'dave-pw' }, remoteAddress: ip })).statusCode);
    }
    expect(codes).toContain(429);
  });

  it('never locks out colleagues who all sign in correctly from one office address', async () => {
    const ip = '10.4.0.1';
    for (let i = 0; i < 8; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'alice', password: 'alice-pw' }, remoteAddress: ip });
      expect(res.statusCode).toBe(200);
    }
  });

  it('does not store an unknown username as typed', async () => {
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'S3cret-Passw0rd', password: 'x' }, remoteAddress: '10.3.0.1' });
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE username LIKE '%S3cret%'").pluck().get()).toBe(0);
  });
});

describe('wall tokens in URLs', () => {
  it('are accepted on the event stream only, and never logged', async () => {
    const { accountRepository } = await import('../../../server/repositories/accounts');
    const { redactUrl } = await import('../../../server/index');
    const token = accountRepository(db).createWallToken('t').token;
    const viaHeader = await app.inject({ url: '/api/auth/session', headers: { authorization: `Bearer ${token}` } });
    expect(viaHeader.json().role).toBe('wall');
    const viaUrl = await app.inject({ url: `/api/auth/session?wall=${token}` });
    expect(viaUrl.statusCode).toBe(401);
    expect(redactUrl(`/api/events?wall=${token}&x=1`)).toBe('/api/events?wall=***&x=1');
  });
});
