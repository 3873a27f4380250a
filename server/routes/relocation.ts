/**
 * Demolition zones and the relocation ledger (拆迁党员动态台账). Planners and admins announce
 * zones and move them through their stages; secretaries update their own members' entries,
 * planners all. Counters are aggregates any role may see; the ledger itself names members.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Polygon } from 'geojson';
import { polygonProblems } from '../../shared/geo/validate';
import { clockFlags } from '../../shared/relocation/clocks';
import { checkTransition, RELOCATION_STATES, unaccountedFor, type RelocationState } from '../../shared/relocation/states';
import { buildingsInZone, nextZoneStages, stageOn, ZONE_STAGES, type ZoneStage } from '../../shared/relocation/zones';
import { accountOf, AGGREGATE_ACCESS } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';
import { relocationRepository, type Destination, type LedgerRow } from '../repositories/relocation';
import { AS_OF_PROPERTY, asOfParam, DATE_PATTERN as DATE, LEDGER_KEEPERS, ledgerScope as scopeBranch, relocationPageRoutes } from '../relocation/routes';

const PLANNERS = ['admin', 'planner'] as const;

export async function relocationRoutes(app: FastifyInstance, opts: { audit: AuditRepository }): Promise<void> {
  const repo = relocationRepository(app.db);
  const who = (request: FastifyRequest) => {
    const p = accountOf(request);
    return { accountId: p.accountId, username: p.username };
  };
  const log = (request: FastifyRequest, action: string, target: string, ids: readonly number[], detail = '') => {
    const p = accountOf(request);
    opts.audit.record({ accountId: p.accountId, username: p.username, role: p.role, action, target, recordIds: ids, ip: request.ip, detail });
  };
  /** Runs a write in one transaction with a version bump, then announces it to open dashboards. */
  const write = <T>(kind: string, fn: () => T, bbox?: (result: T) => [number, number, number, number] | undefined): T => {
    const { result, version } = app.db.transaction(() => ({ result: fn(), version: app.dataVersion.bump() }))();
    const box = bbox?.(result);
    app.events.publish({ version, kind, ...(box ? { bbox: box } : {}) });
    return result;
  };

  await relocationPageRoutes(app, opts.audit);

  app.get<{ Querystring: { asOf?: string } }>('/api/zones', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Demolition zones as GeoJSON with stage, dates and ledger counts (no personal data); with asOf, as they stood that day',
      querystring: { type: 'object', additionalProperties: false, properties: { asOf: AS_OF_PROPERTY } },
    },
  }, async (request, reply) => {
    const asOf = asOfParam(request.query.asOf);
    const features = repo.zones().flatMap((z) => {
      const { polygon, min_lng: _a, min_lat: _b, max_lng: _c, max_lat: _d, ...props } = z;
      // A past day: the stage the zone was in then; not yet announced then, not shown.
      const stage = asOf ? stageOn({ stage: z.stage, announcedOn: z.announced_on, movingOn: z.moving_on, clearedOn: z.cleared_on, finishedOn: z.finished_on }, asOf) : z.stage;
      if (stage === null) return [];
      const ledger = Object.fromEntries(repo.counts(z.id, asOf ?? undefined).map((c) => [c.state, c.n]));
      return [`{"type":"Feature","id":${z.id},"geometry":${polygon},"properties":${JSON.stringify({ ...props, stage, ledger })}}`];
    });
    return reply.type('application/geo+json; charset=utf-8').send(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
  });

  app.post<{ Body: { name: string; polygon: Polygon; announcedOn: string } }>('/api/zones', {
    config: { access: PLANNERS },
    schema: {
      summary: 'Announce a demolition zone: its buildings become slated for demolition and every active member living there gets a ledger entry',
      body: {
        type: 'object', additionalProperties: false, required: ['name', 'polygon', 'announcedOn'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          polygon: { type: 'object', description: 'GeoJSON Polygon or MultiPolygon, [lng, lat] WGS-84' },
          announcedOn: { type: 'string', pattern: DATE },
        },
      },
    },
  }, async (request, reply) => {
    const { name, polygon, announcedOn } = request.body;
    const record = `zone ${name}`;
    const problems = polygonProblems(polygon);
    if (problems.length > 0) throw new HttpError(400, `polygon ${problems[0]?.path}: ${problems[0]?.message}`, 'polygon', record);
    app.checkPastDay(announcedOn, 'announcedOn', record);
    const created = write('zone_announced', () => {
      const r = repo.announceZone(name, polygon, announcedOn, who(request), (c) => buildingsInZone(polygon, c));
      log(request, 'announce_zone', record, [r.zoneId], `${r.buildings} buildings, ${r.members} members`);
      return r;
    }, (r) => r.bbox);
    return reply.code(201).send({ id: created.zoneId, buildings: created.buildings, members: created.members });
  });

  app.post<{ Params: { id: number }; Body: { stage: ZoneStage; on: string } }>('/api/zones/:id/stage', {
    config: { access: PLANNERS },
    schema: {
      summary: 'Move a zone to its next stage; clearing demolishes its buildings and needs everyone to have left',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object', additionalProperties: false, required: ['stage', 'on'],
        properties: { stage: { type: 'string', enum: [...ZONE_STAGES] }, on: { type: 'string', pattern: DATE } },
      },
    },
  }, async (request) => {
    const { stage, on } = request.body;
    const record = `zone ${request.params.id}`;
    const zone = repo.zone(request.params.id);
    if (!zone) throw new HttpError(404, `No zone ${request.params.id}.`, 'id', record);
    const allowed = nextZoneStages(zone.stage);
    if (!allowed.includes(stage)) {
      throw new HttpError(409, `Zone ${zone.name} is ${zone.stage}; it can move only to ${allowed.join(' or ') || 'no further stage'}, not ${stage}.`, 'stage', record);
    }
    app.checkPastDay(on, 'on', record);
    if (stage === 'cleared') {
      const left = repo.stillInZone(zone.id);
      if (left > 0) throw new HttpError(409, `${left} member(s) of zone ${zone.name} are still recorded as living there; record their moves before clearing it.`, 'stage', record);
    }
    const demolished = write('zone_stage', () => {
      log(request, 'zone_stage', record, [zone.id], `${zone.stage} → ${stage}`);
      return repo.setZoneStage(zone.id, stage, on);
    }, () => [zone.min_lng, zone.min_lat, zone.max_lng, zone.max_lat]);
    return { id: zone.id, stage, demolishedBuildings: demolished };
  });

  const toDto = (e: LedgerRow & { state_on?: RelocationState }) => ({
    id: e.id, memberId: e.member_id, memberName: e.member_name, branchId: e.member_branch_id, zoneId: e.zone_id, zoneName: e.zone_name,
    originBuildingId: e.origin_building_id, originAddress: e.origin_address, state: e.state_on ?? e.state,
    destination: { buildingId: e.dest_building_id, address: e.dest_address, lng: e.dest_lng, lat: e.dest_lat, communityName: e.dest_community_name },
    movedOutOn: e.moved_out_on, lastContact: e.last_contact, updatedOn: e.updated_on, version: e.row_version,
    unaccountedFor: unaccountedFor(e.state),
    clocks: clockFlags({ state: e.state, lastContact: e.last_contact, movedOutOn: e.moved_out_on }, app.today(), app.coverage.rules),
  });

  app.get<{ Querystring: { zoneId?: number; state?: RelocationState; asOf?: string } }>('/api/relocations', {
    config: { access: LEDGER_KEEPERS },
    schema: {
      summary: "The relocation ledger with each member's state, destination and clocks (a secretary: own branch only); with asOf, the entries open that day in their state then",
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { zoneId: { type: 'integer', minimum: 1 }, state: { type: 'string', enum: [...RELOCATION_STATES] }, asOf: AS_OF_PROPERTY },
      },
    },
  }, async (request) => {
    const branchId = scopeBranch(request);
    const asOf = asOfParam(request.query.asOf);
    const rows = repo.ledger({ ...request.query, asOf: asOf ?? undefined, ...(branchId ? { branchId } : {}) });
    log(request, 'read_ledger', request.query.zoneId ? `zone ${request.query.zoneId}` : 'ledger', rows.map((r) => r.member_id));
    return { entries: rows.map(toDto) };
  });

  app.post<{ Params: { id: number }; Body: { to: RelocationState; on: string; note?: string; expectedVersion: number; destination?: Destination } }>('/api/relocations/:id/transitions', {
    config: { access: LEDGER_KEEPERS },
    schema: {
      summary: 'Record a step of a member\'s relocation; refused when illegal or when someone else changed the entry first',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
      body: {
        type: 'object', additionalProperties: false, required: ['to', 'on', 'expectedVersion'],
        properties: {
          to: { type: 'string', enum: [...RELOCATION_STATES] },
          on: { type: 'string', pattern: DATE },
          note: { type: 'string', maxLength: 1000 },
          expectedVersion: { type: 'integer', minimum: 1, description: 'the entry version you saw; a newer one means someone else changed it' },
          destination: {
            type: 'object', additionalProperties: false,
            properties: {
              buildingId: { type: 'integer', minimum: 1 }, address: { type: 'string', maxLength: 200 },
              lng: { type: 'number', minimum: -180, maximum: 180 }, lat: { type: 'number', minimum: -90, maximum: 90 },
              communityName: { type: 'string', maxLength: 100 },
            },
          },
        },
      },
    },
  }, async (request) => {
    const { to, on, note = '', expectedVersion, destination } = request.body;
    const record = `relocation ${request.params.id}`;
    const entry = repo.entry(request.params.id);
    const branchId = scopeBranch(request);
    if (!entry || (branchId !== undefined && entry.member_branch_id !== branchId)) throw new HttpError(404, `No ledger entry ${request.params.id} that you may change.`, 'id', record);
    const check = checkTransition(entry.state, to);
    if (!check.ok) throw new HttpError(400, check.message, 'to', record);
    app.checkPastDay(on, 'on', record);
    if (destination) {
      if (destination.buildingId !== undefined && !repo.destinationBuilding(destination.buildingId)) {
        throw new HttpError(400, `destination building ${destination.buildingId} does not exist or is demolished.`, 'destination.buildingId', record);
      }
      const outside = destination.buildingId === undefined;
      if (outside && (destination.lng === undefined || destination.lat === undefined || !destination.address || !destination.communityName)) {
        throw new HttpError(400, 'An outside destination needs address, communityName, lng and lat.', 'destination', record);
      }
    }
    const ok = write('relocation', () => {
      const done = repo.transition(entry, { to, on, note, expectedVersion, destination: destination ?? null }, who(request));
      if (done) log(request, 'relocation_transition', record, [entry.member_id], `${entry.state} → ${to}`);
      return done;
    });
    if (!ok) {
      const now = repo.entry(entry.id);
      throw new HttpError(409, `Someone else changed this entry first: it is now "${now?.state}" (version ${now?.row_version}), not version ${expectedVersion}. Reload it and try again.`, 'expectedVersion', record);
    }
    return toDto(repo.entry(entry.id) as LedgerRow);
  });

  app.get<{ Querystring: { zoneId?: number; asOf?: string } }>('/api/relocations/summary', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Counters for the wall: affected, resettled, unaccounted for, lost contact, by state (with asOf: as they stood that day)',
      querystring: { type: 'object', additionalProperties: false, properties: { zoneId: { type: 'integer', minimum: 1 }, asOf: AS_OF_PROPERTY } },
    },
  }, async (request) => {
    const byState = Object.fromEntries(RELOCATION_STATES.map((s) => [s, 0])) as Record<RelocationState, number>;
    for (const c of repo.counts(request.query.zoneId, asOfParam(request.query.asOf) ?? undefined)) byState[c.state] = c.n;
    const affected = Object.values(byState).reduce((s, n) => s + n, 0);
    return {
      affected,
      resettled: byState.resettled + byState.reported + byState.transferred,
      unaccountedFor: RELOCATION_STATES.filter(unaccountedFor).reduce((s, st) => s + byState[st], 0),
      lostContact: byState.lost_contact,
      byState,
    };
  });
}
