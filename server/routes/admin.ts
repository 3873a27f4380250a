import type { FastifyInstance } from 'fastify';
import { ACCOUNT_ROLES, type AccountRole } from '../../shared/auth/roles';
import { hashPassword } from '../auth/passwords';
import { accountOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AccountRepository, AccountRow } from '../repositories/accounts';
import type { AuditRepository, AuditRow } from '../repositories/audit';
import { toCsv } from '../http/csv';
import { startOfDayUtc } from '../../shared/dates';

const ADMIN = ['admin'] as const;

const accountSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, username: { type: 'string' }, displayName: { type: 'string' }, role: { type: 'string' },
    branchId: { type: ['integer', 'null'] }, disabled: { type: 'boolean' }, createdAt: { type: 'string' },
  },
} as const;

const accountBody = {
  displayName: { type: 'string', maxLength: 64 },
  role: { type: 'string', enum: [...ACCOUNT_ROLES] },
  branchId: { type: ['integer', 'null'], minimum: 1 },
  disabled: { type: 'boolean' },
} as const;

const toDto = (a: AccountRow) => ({
  id: a.id, username: a.username, displayName: a.display_name, role: a.role, branchId: a.branch_id, disabled: a.disabled === 1, createdAt: a.created_at,
});

export async function adminRoutes(app: FastifyInstance, opts: { accounts: AccountRepository; audit: AuditRepository }): Promise<void> {
  const { accounts, audit } = opts;
  const log = (request: Parameters<typeof accountOf>[0], action: string, target: string, ids: readonly number[] = [], detail = '') => {
    const p = accountOf(request);
    audit.record({ accountId: p.accountId, username: p.username, role: p.role, action, target, recordIds: ids, ip: request.ip, detail });
  };
  const checkBranch = (role: AccountRole, branchId: number | null | undefined, record: string): number | null => {
    if (role !== 'secretary') {
      if (branchId != null) throw new HttpError(400, 'Only a secretary account has a branch; leave branchId empty for other roles.', 'branchId', record);
      return null;
    }
    if (branchId == null) throw new HttpError(400, 'A secretary account needs the branchId of the grid branch they lead.', 'branchId', record);
    if (!accounts.branchExists(branchId)) throw new HttpError(400, `No current grid branch ${branchId}.`, 'branchId', record);
    return branchId;
  };

  app.get('/api/admin/accounts', {
    config: { access: ADMIN },
    schema: { summary: 'All accounts', response: { 200: { type: 'object', properties: { accounts: { type: 'array', items: accountSchema } } } } },
  }, async () => ({ accounts: accounts.list().map(toDto) }));

  app.post<{ Body: { username: string; password: string; displayName?: string; role: AccountRole; branchId?: number | null } }>('/api/admin/accounts', {
    config: { access: ADMIN },
    schema: {
      summary: 'Create an account',
      body: {
        type: 'object', additionalProperties: false, required: ['username', 'password', 'role'],
        properties: {
          username: { type: 'string', pattern: '^[A-Za-z0-9_.-]{2,64}$' },
          password: { type: 'string', minLength: 10, maxLength: 256 },
          displayName: accountBody.displayName, role: accountBody.role, branchId: accountBody.branchId,
        },
      },
      response: { 201: accountSchema, 400: { $ref: 'ApiError#' }, 409: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const b = request.body;
    const record = `account ${b.username}`;
    const branchId = checkBranch(b.role, b.branchId, record);
    const taken = (): HttpError => new HttpError(409, `The username ${b.username} is taken.`, 'username', record);
    if (accounts.byUsername(b.username)) throw taken();
    const passwordHash = await hashPassword(b.password);
    // Checked again inside the transaction: another request may have taken the name while
    // the password was hashed. The account and its audit entry are written together.
    const id = app.db.transaction(() => {
      if (accounts.byUsername(b.username)) throw taken();
      const created = accounts.create({ username: b.username, displayName: b.displayName ?? b.username, role: b.role, branchId, passwordHash });
      log(request, 'create_account', record, [created], b.role);
      return created;
    })();
    return reply.code(201).send(toDto(accounts.byId(id) as AccountRow));
  });

  app.patch<{ Params: { id: number }; Body: { displayName?: string; role?: AccountRole; branchId?: number | null; disabled?: boolean; password?: string } }>('/api/admin/accounts/:id', {
    config: { access: ADMIN },
    schema: {
      summary: 'Change an account (role, branch, disabled, password); its sessions end',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: { type: 'object', additionalProperties: false, properties: { ...accountBody, password: { type: 'string', minLength: 10, maxLength: 256 } } },
      response: { 200: accountSchema, 400: { $ref: 'ApiError#' }, 404: { $ref: 'ApiError#' } },
    },
  }, async (request) => {
    const current = accounts.byId(request.params.id);
    const record = `account ${request.params.id}`;
    if (!current) throw new HttpError(404, `No account ${request.params.id}.`, 'id', record);
    const b = request.body;
    const role = b.role ?? current.role;
    // Leaving the secretary role without naming a branch drops the old one.
    const keptBranch = role === 'secretary' ? current.branch_id : null;
    const branchId = checkBranch(role, b.branchId === undefined ? keptBranch : b.branchId, record);
    const disabled = b.disabled ?? current.disabled === 1;
    if (current.id === accountOf(request).accountId && (role !== 'admin' || disabled)) {
      throw new HttpError(400, 'You cannot take away your own administrator rights; ask another administrator.', 'role', record);
    }
    const passwordHash = b.password ? await hashPassword(b.password) : null;
    app.db.transaction(() => {
      const wasActiveAdmin = current.role === 'admin' && current.disabled === 0;
      if (wasActiveAdmin && (role !== 'admin' || disabled) && accounts.activeAdmins() <= 1) {
        throw new HttpError(400, `${current.username} is the last active administrator; make another administrator first.`, 'role', record);
      }
      accounts.update(current.id, { displayName: b.displayName ?? current.display_name, role, branchId, disabled });
      if (passwordHash) accounts.setPassword(current.id, passwordHash);
      log(request, 'update_account', record, [current.id], Object.keys(b).filter((k) => k !== 'password').join(',') + (passwordHash ? ',password' : ''));
    })();
    return toDto(accounts.byId(current.id) as AccountRow);
  });

  app.get('/api/admin/wall-tokens', {
    config: { access: ADMIN },
    schema: { summary: 'Wall display tokens (never the token itself)', response: { 200: { type: 'object', additionalProperties: true } } },
  }, async () => ({ tokens: accounts.listWallTokens() }));

  app.post<{ Body: { name: string } }>('/api/admin/wall-tokens', {
    config: { access: ADMIN },
    schema: {
      summary: 'Create a wall display token; the token is shown once',
      body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', minLength: 1, maxLength: 64 } } },
      response: { 201: { type: 'object', properties: { id: { type: 'integer' }, token: { type: 'string' }, url: { type: 'string' } } } },
    },
  }, async (request, reply) => {
    const { id, token } = app.db.transaction(() => {
      const created = accounts.createWallToken(request.body.name);
      log(request, 'create_wall_token', `wall ${request.body.name}`, [created.id]);
      return created;
    })();
    return reply.code(201).send({ id, token, url: `/wall?wall=${token}` });
  });

  app.delete<{ Params: { id: number } }>('/api/admin/wall-tokens/:id', {
    config: { access: ADMIN },
    schema: {
      summary: 'Revoke a wall display token',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      response: { 204: { type: 'null' }, 404: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    app.db.transaction(() => {
      if (!accounts.revokeWallToken(request.params.id)) throw new HttpError(404, `No live wall token ${request.params.id}.`, 'id', `wall token ${request.params.id}`);
      log(request, 'revoke_wall_token', `wall token ${request.params.id}`, [request.params.id]);
    })();
    return reply.code(204).send();
  });

  app.get<{ Querystring: { username?: string; action?: string; from?: string; to?: string; format?: 'json' | 'csv' } }>('/api/admin/audit', {
    config: { access: ADMIN },
    schema: {
      summary: 'The audit log, newest first, filtered; format=csv downloads it',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          username: { type: 'string', maxLength: 64 }, action: { type: 'string', maxLength: 64 },
          from: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'first day, inclusive' },
          to: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'last day, inclusive' },
          format: { type: 'string', enum: ['json', 'csv'] },
        },
      },
    },
  }, async (request, reply) => {
    // Days are the users' calendar days: from the start of `from` to the end of `to` where they are.
    const { from, to } = request.query;
    const nextDay = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const rows: AuditRow[] = audit.search({
      ...request.query,
      from: from ? startOfDayUtc(from, app.timeZone) : undefined,
      to: to ? startOfDayUtc(nextDay(to), app.timeZone) : undefined,
      limit: request.query.format === 'csv' ? 100_000 : 500,
    });
    log(request, 'read_audit', 'audit_log', [], JSON.stringify(request.query));
    if (request.query.format === 'csv') {
      const header = ['id', 'at', 'username', 'role', 'action', 'target', 'record_ids', 'ip', 'detail'] as const;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="gridmap-audit.csv"')
        .send(toCsv(header, rows.map((r) => header.map((h) => r[h]))));
    }
    return { entries: rows };
  });
}
