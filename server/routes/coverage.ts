import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { COVERAGE_LEVELS, type CoverageLevel, type CoverageResponse } from '../../shared/api';
import { coverageResponseSchema } from '../schemas/coverage';
import { buildCoverageReport } from '../services/coverage-report';
import { AS_OF_PARAM } from './as-of';

export async function coverageRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: { level: CoverageLevel; id?: number; asOf?: string }; Reply: CoverageResponse }>('/api/coverage', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Coverage figures, children, gaps and rule findings of one unit',
      description: 'Every coverage number the dashboard shows comes from here (or from the same model through layer and tile properties).',
      querystring: {
        type: 'object',
        additionalProperties: false,
        required: ['level'],
        properties: {
          level: { type: 'string', enum: [...COVERAGE_LEVELS] },
          id: { type: 'integer', minimum: 1, description: 'the unit id; optional for the sub-district' },
          asOf: AS_OF_PARAM,
        },
      },
      response: { 200: coverageResponseSchema, 400: { $ref: 'ApiError#' }, 404: { $ref: 'ApiError#' } },
    },
  }, async (request) => {
    const { level, id, asOf } = request.query;
    if (asOf !== undefined) app.checkPastDay(asOf, 'asOf', `coverage of ${level}${id === undefined ? '' : ` ${id}`}`);
    const snapshot = asOf ? app.coverage.at(asOf) : app.coverage.current();
    // Topology needs polygon overlay; only the levels that show grid findings pay for it.
    const gridLevel = level === 'subdistrict' || level === 'community' || level === 'branch';
    const topology = !gridLevel ? [] : asOf ? app.coverage.topologyAt(asOf) : app.coverage.topology();
    return buildCoverageReport(snapshot, topology, level, id, { ...app.coverage.rules });
  });
}
