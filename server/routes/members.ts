import type { FastifyInstance, FastifyRequest } from 'fastify';
import { maskPhone, personalDataAccess } from '../../shared/auth/roles';
import { CONTACT_METHODS, type MemberDto } from '../../shared/members';
import { accountOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import { memberRepository, type MemberRow, type MemberScope } from '../repositories/members';

const PERSONAL_READERS = ['admin', 'planner', 'secretary'] as const;
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const memberSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, name: { type: 'string' }, gender: { type: 'string' }, birthYear: { type: 'integer' },
    membership: { type: 'string' }, category: { type: 'string' }, education: { type: 'string' },
    branchId: { type: ['integer', 'null'] }, branchCode: { type: ['string', 'null'] }, buildingId: { type: ['integer', 'null'] },
    address: { type: ['string', 'null'] }, status: { type: 'string' }, lastContact: { type: ['string', 'null'] },
    phone: { type: 'string' }, isLead: { type: 'boolean' }, linkedHouseholds: { type: 'integer' }, verifiedOn: { type: ['string', 'null'] },
  },
} as const;

export async function memberRoutes(app: FastifyInstance, opts: { audit: AuditRepository }): Promise<void> {
  const members = memberRepository(app.db);
  const { audit } = opts;

  const scopeOf = (request: FastifyRequest): MemberScope => {
    const p = accountOf(request);
    if (p.role === 'secretary') {
      if (p.branchId === null) throw new HttpError(403, 'This secretary account has no branch; ask an administrator to set one.');
      return { kind: 'branch', branchId: p.branchId };
    }
    return { kind: 'all' };
  };
  const toDto = (request: FastifyRequest, r: MemberRow): MemberDto => {
    const base = {
      id: r.id, name: r.name, membership: r.membership, category: r.category, branchId: r.branch_id, branchCode: r.branch_code,
      status: r.status, lastContact: r.last_contact, isLead: r.lead_id !== null, linkedHouseholds: r.linked_households, verifiedOn: r.verified_on,
    };
    // Planners see names with masked phones and nothing else personal.
    if (personalDataAccess(accountOf(request).role) !== 'full') return { ...base, phone: maskPhone(r.phone) };
    return { ...base, gender: r.gender, birthYear: r.birth_year, education: r.education, buildingId: r.building_id, address: r.address, phone: r.phone };
  };
  const log = (request: FastifyRequest, action: string, target: string, ids: readonly number[], detail = ''): void => {
    const p = accountOf(request);
    audit.record({ accountId: p.accountId, username: p.username, role: p.role, action, target, recordIds: ids, ip: request.ip, detail });
  };

  app.get<{ Querystring: { branchId?: number; buildingId?: number; status?: string } }>('/api/members', {
    config: { access: PERSONAL_READERS },
    schema: {
      summary: "Members with personal data: a secretary gets their own branch's members and members living in their grid",
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          branchId: { type: 'integer', minimum: 1 }, buildingId: { type: 'integer', minimum: 1 },
          status: { type: 'string', enum: ['active', 'moving', 'lost_contact', 'transferred_out', 'deceased'] },
        },
      },
      response: { 200: { type: 'object', properties: { members: { type: 'array', items: memberSchema } } }, 403: { $ref: 'ApiError#' } },
    },
  }, async (request) => {
    const scope = scopeOf(request);
    if (scope.kind === 'branch' && request.query.branchId !== undefined && request.query.branchId !== scope.branchId) {
      throw new HttpError(403, `A secretary sees only their own branch (${scope.branchId}); branch ${request.query.branchId} is not yours.`, 'branchId');
    }
    const rows = members.list(scope, request.query);
    log(request, 'read_members', request.query.branchId ? `branch ${request.query.branchId}` : 'members', rows.map((r) => r.id));
    return { members: rows.map((r) => toDto(request, r)) };
  });

  app.get<{ Params: { id: number } }>('/api/members/:id', {
    config: { access: PERSONAL_READERS },
    schema: {
      summary: 'One member with personal data (404 outside the reader\'s scope)',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      response: { 200: memberSchema, 404: { $ref: 'ApiError#' } },
    },
  }, async (request) => {
    const row = members.get(scopeOf(request), request.params.id);
    // Out of scope reads the same as missing: a secretary learns nothing about other branches.
    if (!row) throw new HttpError(404, `No member ${request.params.id} that you may see.`, 'id', `member ${request.params.id}`);
    log(request, 'read_member', `member ${row.id}`, [row.id]);
    return toDto(request, row);
  });

  app.post<{ Params: { id: number }; Body: { date: string; method: string; note?: string } }>('/api/members/:id/contacts', {
    config: { access: PERSONAL_READERS },
    schema: {
      summary: 'Record a contact with a member; moves their last contact date forward',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object', additionalProperties: false, required: ['date', 'method'],
        properties: {
          date: { type: 'string', pattern: DATE, description: 'YYYY-MM-DD, not in the future' },
          method: { type: 'string', enum: [...CONTACT_METHODS] },
          note: { type: 'string', maxLength: 1000 },
        },
      },
      response: { 201: { type: 'object', properties: { id: { type: 'integer' }, lastContact: { type: ['string', 'null'] } } }, 404: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const { date, method, note = '' } = request.body;
    app.checkPastDay(date, 'date', `member ${request.params.id}`);
    const row = members.get(scopeOf(request), request.params.id);
    if (!row) throw new HttpError(404, `No member ${request.params.id} that you may see.`, 'id', `member ${request.params.id}`);
    const p = accountOf(request);
    const from = app.dataVersion.get();
    const { id, to } = app.db.transaction(() => {
      const contactId = members.recordContact(row.id, { date, method, note }, p.accountId);
      log(request, 'record_contact', `member ${row.id}`, [row.id], `${date} ${method}`);
      return { id: contactId, to: app.dataVersion.bump() };
    })();
    app.coverage.carryForward(from, to, { kind: 'unrelated' });
    // The wall may pulse the member's grid, never their home.
    const branchBox = row.branch_id === null ? undefined : app.coverage.current().directory.branches.get(row.branch_id)?.bbox;
    app.events.publish({ version: to, kind: 'contact', ...(branchBox ? { bbox: branchBox } : {}) });
    return reply.code(201).send({ id, lastContact: members.get(scopeOf(request), row.id)?.last_contact ?? null });
  });
}
