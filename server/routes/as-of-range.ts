/**
 * `GET /api/as-of/range`: the days the dashboard's as-of slider runs over, from the first day
 * with history to today by the server's calendar (the browser's clock may sit in another zone).
 */
import type { FastifyInstance } from 'fastify';
import type { AsOfRangeResponse } from '../../shared/api';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { historyStartReader } from '../repositories/history-range';

export async function asOfRangeRoutes(app: FastifyInstance): Promise<void> {
  const historyStart = historyStartReader(app.db);
  app.get<{ Reply: AsOfRangeResponse }>('/api/as-of/range', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'The first day with history and today: the range of the dashboard\'s as-of date',
      response: {
        200: {
          type: 'object',
          required: ['from', 'today'],
          properties: { from: { type: ['string', 'null'] }, today: { type: 'string' } },
        },
      },
    },
  }, async (_request, reply) => {
    void reply.header('cache-control', 'no-cache');
    return { from: historyStart(), today: app.today() };
  });
}
