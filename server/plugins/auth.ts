/**
 * Who is asking: a signed-in account (session cookie) or a wall display (its token), and
 * what they may do. Every /api route must declare `config.access`: 'public', or the roles
 * allowed. A route that forgets fails at start, so a new route cannot slip through open.
 * Writes by accounts must carry the session's CSRF token in `x-csrf-token`.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { AccountRole, Role } from '../../shared/auth/roles';
import type { AccountRepository } from '../repositories/accounts';
import { HttpError } from './errors';

export const SESSION_COOKIE = 'gridmap_session';

export type Principal =
  | { kind: 'account'; accountId: number; username: string; role: AccountRole; branchId: number | null; csrf: string; token: string; expiresAt: string }
  | { kind: 'wall'; wallId: number; username: string; role: 'wall' };

/** `public`, or the roles that may call the route. */
export type Access = 'public' | readonly Role[];

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its access, so tests can try each one with every kind of caller. */
    routeCatalogue: RouteAccess[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

/** Every role: aggregate data that any signed-in user or wall may see. */
export const ANY_ROLE: readonly Role[] = ['admin', 'planner', 'secretary', 'viewer', 'wall'];
/**
 * Who may read aggregate data (layers, tiles, coverage, meta): no personal data is in it, but
 * it is still for signed-in users and wall displays only.
 */
export const AGGREGATE_ACCESS: Access = ANY_ROLE;

/** Every account role (no wall). */
export const ANY_ACCOUNT: readonly Role[] = ['admin', 'planner', 'secretary', 'viewer'];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  // EventSource cannot set headers: the wall's event stream alone takes the token in its URL.
  // Everywhere else a token in a URL would end up in logs, proxies and history.
  if (!request.url.startsWith('/api/events')) return undefined;
  const q = request.query as { wall?: unknown } | undefined;
  return typeof q?.wall === 'string' ? q.wall : undefined;
}

export async function registerAuth(app: FastifyInstance, accounts: AccountRepository): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('principal', null);
  app.decorate('routeCatalogue', [] as RouteAccess[]);

  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs') || route.method === 'HEAD') return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (access === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no config.access; say 'public' or list the roles allowed.`);
    }
    for (const method of ([] as string[]).concat(route.method)) app.routeCatalogue.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    request.principal = identify(request, accounts);
    // Checked here, before the body is parsed or validated: a caller who may not use the
    // route learns nothing about what it expects.
    authorize(request);
  });
}

/** The caller: the account of a live session cookie, else a wall display token, else null. */
function identify(request: FastifyRequest, accounts: AccountRepository): Principal | null {
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    const session = accounts.session(token);
    const account = session ? accounts.byId(session.account_id) : undefined;
    if (session && account && account.disabled === 0) {
      return {
        kind: 'account', accountId: account.id, username: account.username, role: account.role,
        branchId: account.branch_id, csrf: session.csrf_token, token, expiresAt: session.expires_at,
      };
    }
  }
  const wall = bearer(request);
  const row = wall ? accounts.wallToken(wall) : undefined;
  return row ? { kind: 'wall', wallId: row.id, username: `wall:${row.name}`, role: 'wall' } : null;
}

/** Refuses a caller the route does not admit: 401 for nobody, 403 for a wrong role or missing CSRF token. */
function authorize(request: FastifyRequest): void {
  const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const p = request.principal;
    if (!p) throw new HttpError(401, 'Sign in first: this needs an account (or a wall token for the wall display).');
    if (!access.includes(p.role)) throw new HttpError(403, `Your role (${p.role}) may not do this; it needs one of: ${access.join(', ')}.`);
    if (UNSAFE.has(request.method)) {
      if (p.kind !== 'account') throw new HttpError(403, 'A wall display token cannot change data.');
      if (request.headers['x-csrf-token'] !== p.csrf) {
        throw new HttpError(403, 'Missing or wrong x-csrf-token header: reload the page, or send the token /api/auth/session gives.', 'x-csrf-token');
      }
    }
}

/** The signed-in account, or a 401 (for handlers behind an account-only `access`). */
export function accountOf(request: FastifyRequest): Extract<Principal, { kind: 'account' }> {
  const p = request.principal;
  if (p?.kind !== 'account') throw new HttpError(401, 'Sign in first.');
  return p;
}
