import type { FastifyInstance } from 'fastify';
import { verifyPassword } from '../auth/passwords';
import { loginThrottle } from '../auth/rate-limit';
import { HttpError } from '../plugins/errors';
import { SESSION_COOKIE, accountOf, ANY_ACCOUNT } from '../plugins/auth';
import type { AccountRepository } from '../repositories/accounts';
import type { AuditRepository } from '../repositories/audit';

export interface AuthRouteOptions {
  accounts: AccountRepository;
  audit: AuditRepository;
  /** How long a session lives, ms (default 12 hours: one working day and a late shift). */
  sessionTtlMs?: number;
}

const sessionSchema = {
  type: 'object',
  required: ['username', 'displayName', 'role', 'branchId', 'csrfToken', 'expiresAt'],
  properties: {
    username: { type: 'string' }, displayName: { type: 'string' }, role: { type: 'string' },
    branchId: { type: ['integer', 'null'] }, csrfToken: { type: 'string' }, expiresAt: { type: 'string' },
  },
} as const;

// A hash to compare against when the username is unknown, so a wrong name takes as long as a
// wrong password and does not reveal which accounts exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function authRoutes(app: FastifyInstance, opts: AuthRouteOptions): Promise<void> {
  const { accounts, audit } = opts;
  const ttl = opts.sessionTtlMs ?? 12 * 3600_000;
  const throttle = loginThrottle();

  app.post<{ Body: { username: string; password: string } }>('/api/auth/login', {
    config: { access: 'public' },
    schema: {
      summary: 'Sign in; sets the HttpOnly session cookie and returns the CSRF token',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password'],
        properties: { username: { type: 'string', minLength: 1, maxLength: 64 }, password: { type: 'string', minLength: 1, maxLength: 256 } },
      },
      response: { 200: sessionSchema, 401: { $ref: 'ApiError#' }, 429: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const { username, password } = request.body;
    const userKey = `u:${username.toLowerCase()}`;
    const ipKey = `ip:${request.ip}`;
    const wait = Math.max(throttle.retryAfterMs(userKey), throttle.retryAfterMs(ipKey));
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60_000);
      void reply.header('retry-after', String(Math.ceil(wait / 1000)));
      throw new HttpError(429, `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to reset the password.`);
    }
    // Counted as failures before the slow hash, so parallel guesses are counted too.
    throttle.begin(userKey);
    const attempt = throttle.begin(ipKey);
    const account = accounts.byUsername(username);
    const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !ok || account.disabled === 1) {
      // An unknown name is not stored as typed: people sometimes type their password there.
      audit.record({ accountId: account?.id ?? null, username: account ? account.username : '(unknown)', role: account?.role ?? '', action: 'login_failed', ip: request.ip });
      throw new HttpError(401, 'Wrong username or password.');
    }
    // This account's failures are forgiven, and this one attempt from the address; the
    // address keeps its other failures, so signing in to one's own account between guesses
    // does not reset a spray against others, while many colleagues behind one office NAT
    // signing in correctly never lock each other out.
    throttle.succeed(userKey);
    throttle.forgive(ipKey, attempt);
    // A fresh session id at every login: a token planted before sign-in is never promoted.
    const old = request.cookies[SESSION_COOKIE];
    if (old) accounts.closeSession(old);
    const session = accounts.openSession(account.id, ttl, request.ip);
    audit.record({ accountId: account.id, username: account.username, role: account.role, action: 'login', ip: request.ip });
    void reply.setCookie(SESSION_COOKIE, session.token, {
      path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https', maxAge: Math.floor(ttl / 1000),
    });
    return {
      username: account.username, displayName: account.display_name, role: account.role, branchId: account.branch_id,
      csrfToken: session.csrf, expiresAt: session.expiresAt,
    };
  });

  app.post('/api/auth/logout', {
    config: { access: ANY_ACCOUNT },
    schema: { summary: 'Sign out: ends the session', response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const p = accountOf(request);
    accounts.closeSession(p.token);
    audit.record({ accountId: p.accountId, username: p.username, role: p.role, action: 'logout', ip: request.ip });
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/api/auth/session', {
    config: { access: 'public' },
    schema: {
      summary: 'Who is signed in (and the CSRF token for writes); 401 when nobody is',
      response: { 200: { ...sessionSchema, required: ['username', 'role'] }, 401: { $ref: 'ApiError#' } },
    },
  }, async (request) => {
    const p = request.principal;
    if (!p) throw new HttpError(401, 'Not signed in.');
    if (p.kind === 'wall') return { username: p.username, displayName: p.username, role: 'wall', branchId: null, csrfToken: '', expiresAt: '' };
    const account = accounts.byId(p.accountId);
    return {
      username: p.username, displayName: account?.display_name ?? '', role: p.role, branchId: p.branchId,
      csrfToken: p.csrf, expiresAt: p.expiresAt,
    };
  });
}
