/**
 * The `asOf` query parameter that the map's layer and tile routes share: its schema, its check
 * (a real day, not in the future) and the past view it selects.
 */
import type { FastifyInstance } from 'fastify';
import type { PastView } from '../repositories/layers';
import type { CoverageService } from '../services/coverage';
import { coverageEnricher } from '../services/layer-figures';

/** JSON schema of `asOf` in a querystring. */
export const AS_OF_PARAM = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD, today or earlier: the map as it stood that day (grids, buildings and their status, that day\'s figures)',
} as const;

/**
 * The view of `asOf` (undefined: today's live data). Throws a 400 naming `asOf` unless it is a
 * real day up to today; `record` names what was asked for in that message.
 */
export function pastViewOf(app: FastifyInstance, asOf: string | undefined, record: string): PastView | undefined {
  if (asOf === undefined) return undefined;
  app.checkPastDay(asOf, 'asOf', record);
  // The enricher is given a view whose "current" model is the one of `asOf`, so a past
  // feature carries that day's figures, as the coverage API reports them.
  const coverage: CoverageService = { ...app.coverage, current: () => app.coverage.at(asOf) };
  return { asOf, enricher: coverageEnricher(coverage) };
}
