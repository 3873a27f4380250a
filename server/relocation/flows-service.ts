/**
 * Builds the flow map's response (`GET /api/relocations/flows`) and keeps the last few as JSON
 * text, keyed by the ledger's fingerprint, the day and the zone: at district scale a build
 * reads ~15k entries and aggregates three levels (hundreds of ms), while the page, the as-of
 * slider going back and forth and every open dashboard reloading after a change ask for the
 * same few days again and again. Any write bumps the data version or adds a ledger step, so a
 * cached answer is never stale.
 */
import type { Database } from 'better-sqlite3';
import type { FlowsResponse } from '../../shared/relocation/api';
import { aggregateFlows, communityFlows, countByState, FLOW_LEVELS, outsidePlaces } from '../../shared/relocation/flows';
import { flowsRepository } from './flows-repository';

/** How many (day, zone) answers are kept: today, a few slider days, per zone asked. */
export const FLOWS_CACHE_SIZE = 8;

/** The flow map's answers, built from the ledger and kept while nothing has changed. */
export interface FlowsService {
  /** The flows of `day` (YYYY-MM-DD), of zone `zoneId` or all, as JSON text of a `FlowsResponse`. */
  json(day: string, zoneId: number | null): string;
  /** The same, parsed (for tests and the bench). */
  build(day: string, zoneId: number | null): FlowsResponse;
}

/** A flows service on `db`; keep one per app, so its cache serves every request. */
export function flowsService(db: Database): FlowsService {
  const repo = flowsRepository(db);
  // Insertion order is recency order: a hit is moved to the end, the first is the oldest.
  const cache = new Map<string, string>();

  const build = (day: string, zoneId: number | null): FlowsResponse => {
    const centres = repo.centres();
    const moves = repo.moves(day, zoneId, centres.names);
    const arcs = Object.fromEntries(FLOW_LEVELS.map((level) => [level, aggregateFlows(moves, level, centres)])) as FlowsResponse['arcs'];
    return {
      asOf: day, arcs, communities: communityFlows(moves), outside: outsidePlaces(moves),
      byState: countByState(moves), withoutDestination: moves.filter((m) => m.destination === null).length,
    };
  };

  return {
    build,
    json(day, zoneId) {
      const key = `${repo.fingerprint()}|${day}|${zoneId ?? ''}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const text = JSON.stringify(build(day, zoneId));
      cache.set(key, text);
      for (const old of cache.keys()) {
        if (cache.size <= FLOWS_CACHE_SIZE) break;
        cache.delete(old);
      }
      return text;
    },
  };
}
