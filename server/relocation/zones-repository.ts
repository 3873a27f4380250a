/**
 * Reads for the relocation page beside the ledger's own repository: the buildings demolition
 * zones took, with their status on a day; the polygons the what-if preview draws; and one
 * entry's steps. Read-only.
 */
import type { Database } from 'better-sqlite3';
import type { BuildingStatus } from '../../shared/model';
import type { RelocationState } from '../../shared/relocation/states';

export interface ZoneBuildingRow {
  id: number;
  address: string;
  footprint: string;
  zone_id: number;
  status: BuildingStatus;
}

export interface EventRow {
  id: number;
  from_state: RelocationState | null;
  to_state: RelocationState;
  on_date: string;
  username: string;
  note: string;
  recorded_at: string;
  dest_building_id: number | null;
  dest_building_address: string | null;
  dest_address: string | null;
  dest_community_name: string | null;
}

export function zonesRepository(db: Database) {
  const q = {
    buildings: db.prepare(`SELECT b.id, b.address, b.footprint, z.zone_id,
        CASE WHEN @asOf IS NULL THEN b.status ELSE coalesce((SELECT s.status FROM building_status_history s
          WHERE s.building_id = b.id AND s.valid_from <= @asOf AND (s.valid_to IS NULL OR s.valid_to > @asOf)), b.status) END AS status
      FROM (SELECT building_id, max(zone_id) AS zone_id FROM building_status_history WHERE zone_id IS NOT NULL GROUP BY building_id) z
        JOIN building b ON b.id = z.building_id
      WHERE @asOf IS NULL OR b.valid_from <= @asOf ORDER BY b.id`),
    zoneBuildingIds: db.prepare('SELECT DISTINCT building_id FROM building_status_history WHERE zone_id = ?').pluck(),
    neighbourhoods: db.prepare(`SELECT n.id, n.name, c.name AS community_name, n.polygon FROM neighbourhood n JOIN community c ON c.id = n.community_id
      WHERE n.id IN (SELECT value FROM json_each(?)) ORDER BY n.id`),
    branches: db.prepare(`SELECT g.id, g.code, g.name, g.polygon FROM grid_branch g WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY g.id`),
    events: db.prepare(`SELECT e.id, e.from_state, e.to_state, e.on_date, e.username, e.note, e.recorded_at, e.dest_building_id,
        b.address AS dest_building_address, e.dest_address, e.dest_community_name
      FROM relocation_event e LEFT JOIN building b ON b.id = e.dest_building_id WHERE e.relocation_id = ? ORDER BY e.on_date, e.id`),
  };
  return {
    /** Every building a zone took, with its status today or (`asOf`, YYYY-MM-DD) that day; not yet built then: left out. */
    buildings: (asOf: string | null) => q.buildings.all({ asOf }) as ZoneBuildingRow[],
    /** Ids of the buildings zone `zoneId` took. */
    zoneBuildingIds: (zoneId: number) => new Set(q.zoneBuildingIds.all(zoneId) as number[]),
    neighbourhoods: (ids: readonly number[]) =>
      q.neighbourhoods.all(JSON.stringify(ids)) as { id: number; name: string; community_name: string; polygon: string }[],
    branches: (ids: readonly number[]) => q.branches.all(JSON.stringify(ids)) as { id: number; code: string; name: string; polygon: string }[],
    /** The steps of ledger entry `relocationId`, oldest first (by date, then as recorded). */
    events: (relocationId: number) => q.events.all(relocationId) as EventRow[],
  };
}
