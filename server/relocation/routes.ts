/**
 * The relocation page's reads beyond the ledger itself: the flow map (aggregates, any role),
 * the buildings the zones took with their status on a day, the "what if this zone is cleared"
 * preview, and one ledger entry's steps (ledger keepers; a secretary their own members).
 * Every read takes `asOf` (YYYY-MM-DD) to show a past day. Registered by server/routes/relocation.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isRealDay } from '../../shared/dates';
import type { LedgerEventDto, ZoneBuildingProps } from '../../shared/relocation/api';
import { accountOf, AGGREGATE_ACCESS } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import { relocationRepository } from '../repositories/relocation';
import { flowsService } from './flows-service';
import { whatIfService } from './what-if';
import { zonesRepository } from './zones-repository';

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const LEDGER_KEEPERS = ['admin', 'planner', 'secretary'] as const;
export const AS_OF_PROPERTY = { type: 'string', pattern: DATE_PATTERN, description: 'YYYY-MM-DD: as the ledger stood that day' } as const;

/** The `asOf` query parameter checked to be a real day, or null for today. */
export function asOfParam(asOf: string | undefined): string | null {
  if (asOf === undefined) return null;
  if (!isRealDay(asOf)) throw new HttpError(400, `asOf ${asOf} is not a real day; give YYYY-MM-DD.`, 'asOf');
  return asOf;
}

/** A secretary's own branch (the ledger they may see); undefined for roles that see every entry. */
export function ledgerScope(request: FastifyRequest): number | undefined {
  const p = accountOf(request);
  if (p.role !== 'secretary') return undefined;
  if (p.branchId === null) throw new HttpError(403, 'This secretary account has no branch.');
  return p.branchId;
}

export async function relocationPageRoutes(app: FastifyInstance, audit: AuditRepository): Promise<void> {
  const flows = flowsService(app.db);
  const zones = zonesRepository(app.db);
  const ledger = relocationRepository(app.db);
  const whatIf = whatIfService(app.db, app.coverage);

  app.get<{ Querystring: { asOf?: string; zoneId?: number } }>('/api/relocations/flows', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'The flow map (FlowsResponse): arcs from origin to destination with counts, per state at building level and one per pair of places (with the state mix) at neighbourhood and community level; counts in and out per community; places outside (no personal data)',
      querystring: { type: 'object', additionalProperties: false, properties: { asOf: AS_OF_PROPERTY, zoneId: { type: 'integer', minimum: 1 } } },
    },
  }, async (request, reply) => {
    // Sent as the cached JSON text of a FlowsResponse: a repeat asks for no build and no serialising.
    const day = asOfParam(request.query.asOf) ?? app.today();
    return reply.type('application/json; charset=utf-8').send(flows.json(day, request.query.zoneId ?? null));
  });

  app.get<{ Querystring: { asOf?: string } }>('/api/zones/buildings', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Buildings taken by demolition zones as GeoJSON footprints, with their status (slated, demolished) today or on asOf',
      querystring: { type: 'object', additionalProperties: false, properties: { asOf: AS_OF_PROPERTY } },
    },
  }, async (request, reply) => {
    const rows = zones.buildings(asOfParam(request.query.asOf));
    const features = rows.map((b) => {
      const props: ZoneBuildingProps = { id: b.id, address: b.address, zoneId: b.zone_id, status: b.status };
      return `{"type":"Feature","id":${b.id},"geometry":${b.footprint},"properties":${JSON.stringify(props)}}`;
    });
    return reply.type('application/geo+json; charset=utf-8').send(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
  });

  app.get<{ Params: { id: number }; Querystring: { asOf?: string } }>('/api/zones/:id/what-if', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'What if this zone were cleared: neighbourhoods that would become gaps and branches that would fall under the minimum of full members',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      querystring: { type: 'object', additionalProperties: false, properties: { asOf: AS_OF_PROPERTY } },
    },
  }, async (request) => {
    const zone = ledger.zone(request.params.id);
    if (!zone) throw new HttpError(404, `No zone ${request.params.id}.`, 'id', `zone ${request.params.id}`);
    return whatIf.preview(zone, asOfParam(request.query.asOf), app.today());
  });

  app.get<{ Params: { id: number } }>('/api/relocations/:id/events', {
    config: { access: LEDGER_KEEPERS },
    schema: {
      summary: "One ledger entry's steps: date, from and to state, who recorded it, the note and the destination (a secretary: own members only)",
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
    },
  }, async (request): Promise<{ events: LedgerEventDto[] }> => {
    const record = `relocation ${request.params.id}`;
    const entry = ledger.entry(request.params.id);
    const branchId = ledgerScope(request);
    if (!entry || (branchId !== undefined && entry.member_branch_id !== branchId)) throw new HttpError(404, `No ledger entry ${request.params.id} that you may see.`, 'id', record);
    const p = accountOf(request);
    audit.record({ accountId: p.accountId, username: p.username, role: p.role, action: 'read_ledger_entry', target: record, recordIds: [entry.member_id], ip: request.ip, detail: '' });
    return {
      events: zones.events(entry.id).map((e) => ({
        id: e.id, from: e.from_state, to: e.to_state, on: e.on_date, by: e.username, note: e.note, recordedAt: e.recorded_at,
        destination: e.dest_building_address ?? (e.dest_address ? `${e.dest_address}（${e.dest_community_name ?? ''}）` : null),
      })),
    };
  });
}
