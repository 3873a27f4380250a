/**
 * The client's HTTP layer against the real server (tiny dataset, real SQLite): the API's error
 * shape becomes an error with the server's message, a lost session is reported except where a
 * 401 is an answer, Retry-After is read, and the sign-in page words each failure.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError, getJson, requestJson, setSessionLostHandler, withQuery } from '../../../client/src/api/http';
import { signInError } from '../../../client/src/components/auth/SignInPage';
import { translator } from '../../../client/src/i18n';
import { createAccount } from '../../server/fixtures/accounts';
import { appWith } from '../../server/fixtures/app';

let app: FastifyInstance;
let origin: string;
let lost = 0;

beforeAll(async () => {
  const made = await appWith();
  app = made.app;
  await createAccount(made.db, 'reader', 'viewer');
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
  setSessionLostHandler(() => {
    lost += 1;
  });
});

afterAll(async () => {
  setSessionLostHandler(null);
  await app.close();
});

const login = (password: string) => requestJson('POST', `${origin}/api/auth/login`, { body: { username: 'reader', password }, expectUnauthorized: true });

describe('requestJson', () => {
  it('returns the parsed body of a success', async () => {
    expect(await login('reader-pw')).toMatchObject({ username: 'reader', role: 'viewer', csrfToken: expect.any(String) });
  });

  it('turns a refusal into an ApiRequestError with the server\u2019s message; a refused sign-in is not a lost session', async () => {
    const error = await login('wrong').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 401, message: 'Wrong username or password.' });
    expect(lost).toBe(0);
  });

  it('reports a lost session when any other request is refused with 401', async () => {
    const error = await getJson(`${origin}/api/meta`).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(lost).toBe(1);
  });

  it('reads how long to wait from Retry-After when sign-ins are throttled', async () => {
    let error: unknown;
    for (let i = 0; i < 6; i++) error = await login('wrong').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429 });
    expect((error as ApiRequestError).retryAfterSeconds).toBeGreaterThan(0);
    expect(signInError(error, translator('zh-CN'))).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试/);
  });
});

describe('the sign-in page\u2019s words', () => {
  it('say wrong credentials, the minutes to wait (rounded up), or the server\u2019s message', () => {
    const t = translator('en');
    expect(signInError(new ApiRequestError('x', 401), t)).toBe('Wrong username or password.');
    expect(signInError(new ApiRequestError('x', 429, undefined, 61), t)).toContain('Try again in 2 min');
    expect(signInError(new ApiRequestError('Database is busy', 503), t)).toBe('Could not sign in: Database is busy');
  });
});

describe('withQuery', () => {
  it('adds only the given, non-empty values', () => {
    expect(withQuery('/api/admin/audit', { username: 'admin', action: '', from: undefined, limit: 5 })).toBe('/api/admin/audit?username=admin&limit=5');
    expect(withQuery('/api/members', {})).toBe('/api/members');
  });
});
