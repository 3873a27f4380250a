/**
 * A grid branch secretary's everyday work: marking facts verified, and exporting the branch
 * (members CSV, buildings CSV, buildings GeoJSON with coverage). Secretaries may touch only
 * their own branch; planners and admins any.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { maskPhone, personalDataAccess } from '../../shared/auth/roles';
import { accountOf } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import { memberRepository } from '../repositories/members';
import { branchRepository } from '../repositories/branches';
import { toCsv } from '../http/csv';

const WORKERS = ['admin', 'planner', 'secretary'] as const;

export async function branchWorkRoutes(app: FastifyInstance, opts: { audit: AuditRepository }): Promise<void> {
  const members = memberRepository(app.db);
  const branches = branchRepository(app.db);
  const log = (request: FastifyRequest, action: string, target: string, ids: readonly number[]) => {
    const p = accountOf(request);
    opts.audit.record({ accountId: p.accountId, username: p.username, role: p.role, action, target, recordIds: ids, ip: request.ip });
  };
  /** The branch, if the caller may work on it: a secretary only their own (else 403). */
  const branchFor = (request: FastifyRequest, id: number) => {
    const p = accountOf(request);
    if (p.role === 'secretary' && p.branchId !== id) throw new HttpError(403, `A secretary works only on their own branch (${p.branchId}).`, 'id', `branch ${id}`);
    const branch = branches.branch(id);
    if (!branch) throw new HttpError(404, `No current grid branch ${id}.`, 'id', `branch ${id}`);
    return branch;
  };

  app.post<{ Body: { kind: 'building' | 'member'; id: number } }>('/api/verifications', {
    config: { access: WORKERS },
    schema: {
      summary: "Mark a building's or member's facts verified today",
      body: {
        type: 'object', additionalProperties: false, required: ['kind', 'id'],
        properties: { kind: { type: 'string', enum: ['building', 'member'] }, id: { type: 'integer', minimum: 1 } },
      },
      response: { 200: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'integer' }, verifiedOn: { type: 'string' } } } },
    },
  }, async (request) => {
    const p = accountOf(request);
    const { kind, id } = request.body;
    const record = `${kind} ${id}`;
    if (kind === 'building') {
      const b = branches.building(id);
      if (!b || (p.role === 'secretary' && b.branch_id !== p.branchId)) throw new HttpError(404, `No building ${id} in your grid.`, 'id', record);
    } else if (!members.get(p.role === 'secretary' && p.branchId !== null ? { kind: 'branch', branchId: p.branchId } : { kind: 'all' }, id)) {
      throw new HttpError(404, `No member ${id} that you may see.`, 'id', record);
    }
    const on = app.today();
    const from = app.dataVersion.get();
    const to = app.db.transaction(() => {
      members.verify(kind, id, on, p.accountId);
      log(request, 'verify', record, [id]);
      return app.dataVersion.bump();
    })();
    app.coverage.carryForward(from, to, { kind: 'unrelated' });
    const dir = app.coverage.current().directory;
    const memberBranch = kind === 'member' ? members.get({ kind: 'all' }, id)?.branch_id ?? null : null;
    // A building's own box; for a member, their grid's box, never their home.
    const box = kind === 'building' ? dir.buildings.get(id)?.bbox : memberBranch === null ? undefined : dir.branches.get(memberBranch)?.bbox;
    app.events.publish({ version: to, kind: 'verify', ...(box ? { bbox: box } : {}) });
    return { kind, id, verifiedOn: on };
  });

  const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

  app.get<{ Params: { id: number } }>('/api/branches/:id/members.csv', {
    config: { access: WORKERS },
    schema: { summary: "The branch's members and residents as CSV (UTF-8 with BOM, opens in Excel)", params: idParams },
  }, async (request, reply) => {
    const branch = branchFor(request, request.params.id);
    const rows = members.list({ kind: 'branch', branchId: branch.id }, {});
    const full = personalDataAccess(accountOf(request).role) === 'full';
    log(request, 'export_members_csv', `branch ${branch.id}`, rows.map((r) => r.id));
    // A planner's export has names with masked phones and no other personal field.
    const header = full
      ? ['id', '姓名 name', '性别 gender', '出生年份 birth year', '党员类别 membership', '类别 category', '学历 education', '所在支部 branch', '住址 address', '状态 status', '最近联系 last contact', '联系电话 phone', '党员中心户 lead', '联系户数 linked households']
      : ['id', '姓名 name', '党员类别 membership', '类别 category', '所在支部 branch', '状态 status', '最近联系 last contact', '联系电话 phone', '党员中心户 lead', '联系户数 linked households'];
    const lead = (r: (typeof rows)[number]) => (r.lead_id === null ? '' : 'yes');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${branch.code}-members.csv"`)
      .send(toCsv(header, rows.map((r) => full
        ? [r.id, r.name, r.gender, r.birth_year, r.membership, r.category, r.education, r.branch_code, r.address, r.status, r.last_contact, r.phone, lead(r), r.linked_households]
        : [r.id, r.name, r.membership, r.category, r.branch_code, r.status, r.last_contact, maskPhone(r.phone), lead(r), r.linked_households])));
  });

  app.get<{ Params: { id: number } }>('/api/branches/:id/buildings.csv', {
    config: { access: WORKERS },
    schema: { summary: "The branch's buildings with coverage as CSV", params: idParams },
  }, async (request, reply) => {
    const branch = branchFor(request, request.params.id);
    const rows = branches.buildingsForExport(branch.id);
    const reach = app.coverage.current().result.buildings;
    log(request, 'export_buildings_csv', `branch ${branch.id}`, []);
    const header = ['id', '地址 address', '层数 floors', '户数 households', '人口 residents', '用途 use', '状态 status', '小区 neighbourhood', '覆盖户数 reached', '覆盖状态 coverage', '核实日期 verified'];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${branch.code}-buildings.csv"`)
      .send(toCsv(header, rows.map((r) => [
        r.id, r.address, r.floors, r.households, r.residents, r.use, r.status, r.neighbourhood,
        reach.get(r.id)?.reached ?? 0, reach.get(r.id)?.state ?? 'no_households', r.verified_on,
      ])));
  });

  app.get<{ Params: { id: number } }>('/api/branches/:id/buildings.geojson', {
    config: { access: WORKERS },
    schema: { summary: "The branch's buildings with coverage as GeoJSON (RFC 7946, WGS-84)", params: idParams },
  }, async (request, reply) => {
    const branch = branchFor(request, request.params.id);
    const rows = branches.buildingsForExport(branch.id);
    const reach = app.coverage.current().result.buildings;
    log(request, 'export_buildings_geojson', `branch ${branch.id}`, []);
    const features = rows.map((r) => {
      const b = reach.get(r.id);
      const { footprint, ...props } = r;
      const properties = { ...props, branch_code: branch.code, reached: b?.reached ?? 0, coverage_state: b?.state ?? 'no_households', resident_members: b?.residentMembers ?? 0, leads: b?.leads ?? 0 };
      return `{"type":"Feature","id":${r.id},"geometry":${footprint},"properties":${JSON.stringify(properties)}}`;
    });
    return reply
      .type('application/geo+json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${branch.code}-buildings.geojson"`)
      .send(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
  });
}
