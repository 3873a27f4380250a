/**
 * Reads the ledger's moves as they stood on a day, for the flow map: each entry's state then,
 * its origin building and the destination recorded by then, as places (ids, community, centre
 * `[lng, lat]` of the building's box). No member ids or names leave this module.
 */
import type { Database } from 'better-sqlite3';
import type { FlowCentres, FlowEnd, FlowMove } from '../../shared/relocation/flows';
import type { RelocationState } from '../../shared/relocation/states';
import { buildingCommunity, destinationEventOn, entryStateOn } from './ledger-sql';

interface MoveRow {
  state: RelocationState;
  o_id: number; o_nb: number | null; o_comm: number | null; o_lng: number; o_lat: number;
  d_id: number | null; d_nb: number | null; d_comm: number | null; d_lng: number | null; d_lat: number | null;
  d_out_name: string | null; d_out_lng: number | null; d_out_lat: number | null;
}

const PLACE = (b: string, p: string): string => `${b}.id AS ${p}_id, ${b}.neighbourhood_id AS ${p}_nb, ${buildingCommunity(b)} AS ${p}_comm,
  (${b}.min_lng + ${b}.max_lng) / 2 AS ${p}_lng, (${b}.min_lat + ${b}.max_lat) / 2 AS ${p}_lat`;

export function flowsRepository(db: Database) {
  const q = {
    moves: db.prepare(`SELECT s.state, ${PLACE('ob', 'o')}, ${PLACE('db', 'd')},
        e.dest_community_name AS d_out_name, e.dest_lng AS d_out_lng, e.dest_lat AS d_out_lat
      FROM (SELECT r.id, r.origin_building_id, ${entryStateOn('r')} AS state, ${destinationEventOn('r')} AS dest_event
            FROM relocation r WHERE @zoneId IS NULL OR r.zone_id = @zoneId) s
        JOIN building ob ON ob.id = s.origin_building_id
        LEFT JOIN relocation_event e ON e.id = s.dest_event
        LEFT JOIN building db ON db.id = e.dest_building_id
      WHERE s.state IS NOT NULL ORDER BY s.id`),
    communities: db.prepare('SELECT id, name, (min_lng + max_lng) / 2 AS lng, (min_lat + max_lat) / 2 AS lat FROM community'),
    neighbourhoods: db.prepare('SELECT id, (min_lng + max_lng) / 2 AS lng, (min_lat + max_lat) / 2 AS lat FROM neighbourhood'),
    // Every write bumps the data version; the last ledger step also catches a step written
    // without one (seeding, the bench), so the pair changes whenever the flows could.
    fingerprint: db.prepare(`SELECT (SELECT version FROM data_version WHERE id = 1) || ':' || coalesce((SELECT max(id) FROM relocation_event), 0)`).pluck(),
  };
  type Centre = { id: number; name?: string; lng: number; lat: number };
  return {
    /** Centres of neighbourhoods and communities (boxes' middles), and community names by id. */
    centres(): FlowCentres & { names: Map<number, string> } {
      const communities = q.communities.all() as Required<Centre>[];
      return {
        communities: new Map(communities.map((c) => [c.id, [c.lng, c.lat]])),
        neighbourhoods: new Map((q.neighbourhoods.all() as Centre[]).map((n) => [n.id, [n.lng, n.lat]])),
        names: new Map(communities.map((c) => [c.id, c.name])),
      };
    },
    /** A text that changes whenever the ledger or the places could have: data version and last ledger step. */
    fingerprint(): string {
      return String(q.fingerprint.get());
    },
    /** The moves of every entry (of `zoneId`, if given) open on `asOf` (YYYY-MM-DD). */
    moves(asOf: string, zoneId: number | null, names: ReadonlyMap<number, string>): FlowMove[] {
      const end = (id: number, nb: number | null, comm: number | null, lng: number, lat: number): FlowEnd =>
        ({ buildingId: id, neighbourhoodId: nb, communityId: comm, communityName: comm === null ? '' : names.get(comm) ?? '', at: [lng, lat] });
      return (q.moves.all({ asOf, zoneId }) as MoveRow[]).map((r) => ({
        state: r.state,
        origin: end(r.o_id, r.o_nb, r.o_comm, r.o_lng, r.o_lat),
        destination: r.d_id !== null && r.d_lng !== null && r.d_lat !== null
          ? end(r.d_id, r.d_nb, r.d_comm, r.d_lng, r.d_lat)
          : r.d_out_lng !== null && r.d_out_lat !== null
            ? { buildingId: null, neighbourhoodId: null, communityId: null, communityName: r.d_out_name ?? '', at: [r.d_out_lng, r.d_out_lat] }
            : null,
      }));
    },
  };
}
