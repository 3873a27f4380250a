/**
 * Talking to a running gridmap server over real HTTP, as a signed-in user or as the wall:
 * sign in through /api/auth/login, then send the session cookie and CSRF token with writes.
 */
import type { Database } from 'better-sqlite3';
import type { AccountRole } from '../../../shared/auth/roles';
import { accountRepository } from '../../../server/repositories/accounts';
import { createAccount } from '../../server/fixtures/accounts';

export interface Signed {
  cookie: string;
  csrf: string;
}

/** Creates an account in `db` (cheap scrypt) and returns its password. */
export async function makeAccount(db: Database, username: string, role: AccountRole, branchId: number | null = null): Promise<string> {
  await createAccount(db, username, role, branchId);
  return `${username}-pw`;
}

/** A new wall token for `db`. */
export function makeWallToken(db: Database, name = 'e2e wall'): string {
  return accountRepository(db).createWallToken(name).token;
}

/** Signs in through the real login route. */
export async function signInHttp(origin: string, username: string, password: string): Promise<Signed> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: HTTP ${res.status} ${await res.text()}`);
  const cookie = /gridmap_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('no session cookie');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

/** A write as a signed-in user; throws unless the answer is 2xx. */
export async function post<T>(origin: string, who: Signed, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: who.cookie, 'x-csrf-token': who.csrf },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A read as a signed-in user, or with a bearer token (the wall). */
export async function get<T>(origin: string, path: string, auth: Signed | { bearer: string }): Promise<T> {
  const headers: Record<string, string> = 'bearer' in auth ? { authorization: `Bearer ${auth.bearer}` } : { cookie: auth.cookie };
  const res = await fetch(`${origin}${path}`, { headers });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
