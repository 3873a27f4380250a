/**
 * Signing in and out (`/api/auth/*`). The session itself is an HttpOnly cookie the page never
 * sees; what comes back is who is signed in and the CSRF token for writes.
 */
import type { AccountRole } from '../../../shared/auth/roles';
import { ACCOUNT_ROLES } from '../../../shared/auth/roles';
import { ApiRequestError, requestJson, setCsrfToken } from './http';

/** Who is signed in, as `/api/auth/login` and `/api/auth/session` answer. */
export interface Session {
  username: string;
  displayName: string;
  role: AccountRole;
  /** The grid branch a secretary answers for; null for other roles. */
  branchId: number | null;
  csrfToken: string;
  /** When the session ends (ISO time); empty when the server did not say. */
  expiresAt: string;
}

/** Checks the answer is an account's session (a wall token's session is no use to this page). */
export function toSession(body: unknown): Session {
  const s = body as Partial<Session> | null;
  if (!s || typeof s.username !== 'string' || !(ACCOUNT_ROLES as readonly string[]).includes(String(s.role))) {
    throw new Error('This page needs a user account; a wall display token cannot sign in here.');
  }
  return {
    username: s.username,
    displayName: typeof s.displayName === 'string' && s.displayName ? s.displayName : s.username,
    role: s.role as AccountRole,
    branchId: typeof s.branchId === 'number' ? s.branchId : null,
    csrfToken: typeof s.csrfToken === 'string' ? s.csrfToken : '',
    expiresAt: typeof s.expiresAt === 'string' ? s.expiresAt : '',
  };
}

function adopt(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

/** `POST /api/auth/login`. Throws `ApiRequestError` (401 wrong credentials, 429 too many tries). */
export async function login(username: string, password: string): Promise<Session> {
  return adopt(toSession(await requestJson('POST', '/api/auth/login', { body: { username, password }, expectUnauthorized: true })));
}

/** `GET /api/auth/session`: the current session, or null when nobody is signed in. */
export async function currentSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return adopt(toSession(await requestJson('GET', '/api/auth/session', { signal, expectUnauthorized: true })));
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

/** `POST /api/auth/logout`; the CSRF token is forgotten whatever the answer. */
export async function logout(): Promise<void> {
  try {
    await requestJson('POST', '/api/auth/logout', { expectUnauthorized: true });
  } finally {
    setCsrfToken('');
  }
}
