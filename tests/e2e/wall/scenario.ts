/**
 * Data for the wall to show beyond the demo seed: a demolition zone announced some weeks ago
 * over the neighbourhood with most resident members, and its members moving through the
 * ledger on different days, so the relocation tiles and the states-over-time chart have
 * something to say. Everything goes through the real API as a planner.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { NeighbourhoodProps } from '../../../shared/api';
import type { RelocationState } from '../../../shared/relocation/states';
import { get, post, type Signed } from './http';

interface LedgerEntry {
  id: number;
  state: RelocationState;
  version: number;
}

/** `days` days before `today` (YYYY-MM-DD). */
function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** Steps for the nth member of the zone: [state, days ago] in order. */
const PATHS: Array<Array<[RelocationState, number]>> = [
  [['moving_out', 50], ['transitional', 40], ['resettled', 20], ['reported', 8]],
  [['moving_out', 45], ['transitional', 30]],
  [['moving_out', 35], ['resettled', 12]],
  [['lost_contact', 25]],
  [['moving_out', 20]],
  [],
];

/**
 * Announces the zone (dated 60 days ago) and moves its members along `PATHS` in turn.
 * Returns the zone id and how many members it holds.
 */
export async function seedRelocation(origin: string, planner: Signed, today: string): Promise<{ zoneId: number; members: number }> {
  const hoods = await get<FeatureCollection<Geometry, NeighbourhoodProps>>(origin, '/api/layers/neighbourhoods', planner);
  const best = [...hoods.features].sort((a, b) => b.properties.members - a.properties.members)[0];
  if (!best) throw new Error('no neighbourhoods');
  const zone = await post<{ id: number; members: number }>(origin, planner, '/api/zones', {
    name: '示范片区（演示）',
    polygon: best.geometry,
    announcedOn: daysBefore(today, 60),
  });
  const { entries } = await get<{ entries: LedgerEntry[] }>(origin, `/api/relocations?zoneId=${zone.id}`, planner);
  for (const [n, entry] of entries.entries()) {
    let version = entry.version;
    for (const [to, ago] of PATHS[n % PATHS.length] ?? []) {
      const moved = await post<{ version: number }>(origin, planner, `/api/relocations/${entry.id}/transitions`, {
        to, on: daysBefore(today, ago), expectedVersion: version,
        ...(to === 'resettled' ? { destination: { address: '安置小区', communityName: '外区社区', lng: 120.4, lat: 36.1 } } : {}),
      });
      version = moved.version;
    }
  }
  return { zoneId: zone.id, members: zone.members };
}
