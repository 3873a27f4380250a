/**
 * Small facts about the loaded data: table counts for health checks, and the sub-district
 * the client centres on.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../shared/model';
import type { CountsRow, SubdistrictRow } from '../db/rows';

export interface MetaRepository {
  counts(): CountsRow;
  /**
   * The first sub-district (the demo holds one; a district holds many) and the box of all the
   * data the map draws: sub-districts, communities, neighbourhoods, buildings and demolition
   * zones (`[west, south, east, north]`, degrees). Imported data outside the sub-districts'
   * boxes widens it, as the map only asks for tiles and pans inside this box. Roads and water
   * are context and may run far beyond; they do not count.
   */
  subdistrict(): { row: SubdistrictRow | null; bbox: BBox | null };
}

export function metaRepository(db: Database): MetaRepository {
  const counts = db.prepare(`SELECT
      (SELECT count(*) FROM community) AS communities,
      (SELECT count(*) FROM grid_branch WHERE valid_to IS NULL) AS branches,
      (SELECT count(*) FROM building WHERE valid_to IS NULL) AS buildings,
      (SELECT count(*) FROM member) AS members`);
  const first = db.prepare('SELECT id, code, name, name_en, min_lng, min_lat, max_lng, max_lat FROM subdistrict ORDER BY code LIMIT 1');
  const extent = db.prepare(`SELECT min(min_lng) AS min_lng, min(min_lat) AS min_lat, max(max_lng) AS max_lng, max(max_lat) AS max_lat FROM (
      ${['subdistrict', 'community', 'neighbourhood', 'building', 'demolition_zone']
        .map((t) => `SELECT min(min_lng) AS min_lng, min(min_lat) AS min_lat, max(max_lng) AS max_lng, max(max_lat) AS max_lat FROM ${t}`)
        .join(' UNION ALL ')})`);
  return {
    counts: () => counts.get() as CountsRow,
    subdistrict() {
      const row = (first.get() as SubdistrictRow | undefined) ?? null;
      const e = extent.get() as { min_lng: number | null; min_lat: number | null; max_lng: number | null; max_lat: number | null };
      const bbox: BBox | null =
        e.min_lng === null || e.min_lat === null || e.max_lng === null || e.max_lat === null
          ? null
          : [e.min_lng, e.min_lat, e.max_lng, e.max_lat];
      return { row, bbox };
    },
  };
}
