/**
 * Aggregates only the command-centre wall asks for: its alert list and relocation states over
 * time. Everything else the wall shows comes from the routes the desk views use. Response
 * schemas list every field, so nothing unlisted (nothing personal) can slip out.
 */
import type { FastifyInstance } from 'fastify';
import { RELOCATION_STATES } from '../../shared/relocation/states';
import { WALL_ALERT_KINDS, type RelocationHistoryResponse, type WallAlertsResponse } from '../../shared/wall';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { wallRepository } from '../repositories/wall';
import { dayRange, relocationHistory } from '../services/relocation-history';
import { wallAlerts } from '../services/wall-alerts';

/** Days of relocation history when none are asked for, and the most that may be. */
const DEFAULT_DAYS = 90;
const MAX_DAYS = 730;

const bboxSchema = { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 } as const;
const countsByKind = { type: 'object', properties: Object.fromEntries(WALL_ALERT_KINDS.map((k) => [k, { type: 'integer' }])) };

const alertsSchema = {
  type: 'object',
  required: ['dataVersion', 'today', 'clockMonths', 'counts', 'alerts'],
  properties: {
    dataVersion: { type: 'integer' },
    today: { type: 'string' },
    clockMonths: { type: 'object', properties: { contact: { type: 'number' }, transfer: { type: 'number' } } },
    counts: countsByKind,
    alerts: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...WALL_ALERT_KINDS] },
          level: { type: 'string' },
          id: { type: 'integer' },
          name: { type: 'string' },
          communityId: { type: ['integer', 'null'] },
          communityName: { type: ['string', 'null'] },
          figure: { type: 'integer' },
          limit: { type: ['string', 'null'] },
          soon: { type: 'integer' },
          bbox: bboxSchema,
        },
      },
    },
  },
} as const;

const historySchema = {
  type: 'object',
  required: ['dataVersion', 'days', 'series'],
  properties: {
    dataVersion: { type: 'integer' },
    days: { type: 'array', items: { type: 'string' } },
    series: { type: 'object', properties: Object.fromEntries(RELOCATION_STATES.map((s) => [s, { type: 'array', items: { type: 'integer' } }])) },
  },
} as const;

export async function wallRoutes(app: FastifyInstance): Promise<void> {
  const repo = wallRepository(app.db);
  // Computed once per data version and day: every open wall asks after every change.
  let cached: { key: string; body: WallAlertsResponse } | null = null;

  app.get('/api/wall/alerts', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'The wall\'s alert list: gap neighbourhoods, branches under 3 or over 50 members, members at the 6-month clocks (counted per branch)',
      description: 'From the same coverage model and rule findings as /api/coverage; members are counted, never named.',
      response: { 200: alertsSchema },
    },
  }, async () => {
    const snap = app.coverage.current();
    const day = app.today();
    const key = `${snap.version}:${day}`;
    if (cached?.key !== key) cached = { key, body: wallAlerts(snap, repo.clocks(), day, app.coverage.rules) };
    return cached.body;
  });

  app.get<{ Querystring: { days?: number } }>('/api/wall/relocation-history', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Relocation ledger entries per state at the end of each of the last N days (default 90)',
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { days: { type: 'integer', minimum: 1, maximum: MAX_DAYS } },
      },
      response: { 200: historySchema },
    },
  }, async (request): Promise<RelocationHistoryResponse> => {
    const days = dayRange(app.today(), request.query.days ?? DEFAULT_DAYS);
    return { dataVersion: app.dataVersion.get(), days, series: relocationHistory(repo.events(), days) };
  });
}
