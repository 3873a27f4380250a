/**
 * Where in the data a benchmark looks: the middle of the buildings, a box of given size
 * around a point, and the web-map tile holding a point. Positions are `[lng, lat]` degrees.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../shared/model';

/** Metres per degree of latitude (mean Earth radius 6,371,008.8 m). */
const M_PER_DEG = (Math.PI / 180) * 6_371_008.8;

/** The building in the middle of the data, its box centre (`[lng, lat]`) and its grid. */
export interface Middle {
  buildingId: number;
  branchId: number | null;
  centre: [number, number];
}

/**
 * The current building nearest to the middle of all buildings' extent, so a box or tile
 * around it is inside the data even when the extent's middle falls on a street or
 * between sub-districts.
 */
export function middleOfData(db: Database): Middle {
  const row = db
    .prepare(`WITH e AS (SELECT (min(min_lng) + max(max_lng)) / 2 AS lng, (min(min_lat) + max(max_lat)) / 2 AS lat FROM building WHERE valid_to IS NULL)
      SELECT b.id, b.branch_id AS branchId, (b.min_lng + b.max_lng) / 2 AS lng, (b.min_lat + b.max_lat) / 2 AS lat FROM building b, e
      WHERE b.valid_to IS NULL
      ORDER BY ((b.min_lng + b.max_lng) / 2 - e.lng) * ((b.min_lng + b.max_lng) / 2 - e.lng)
             + ((b.min_lat + b.max_lat) / 2 - e.lat) * ((b.min_lat + b.max_lat) / 2 - e.lat) LIMIT 1`)
    .get() as { id: number; branchId: number | null; lng: number; lat: number } | undefined;
  if (!row) throw new Error('The benchmark database has no current buildings; rebuild it with --rebuild.');
  return { buildingId: row.id, branchId: row.branchId, centre: [row.lng, row.lat] };
}

/** A square box `sideM` metres a side centred on `centre` (`[lng, lat]`). */
export function boxAround(centre: [number, number], sideM: number): BBox {
  const [lng, lat] = centre;
  const dLat = sideM / 2 / M_PER_DEG;
  const dLng = sideM / 2 / (M_PER_DEG * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/** The XYZ (Web Mercator) tile at zoom `z` holding `point` (`[lng, lat]`). */
export function tileAt(point: [number, number], z: number): { z: number; x: number; y: number } {
  const [lng, lat] = point;
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x, y };
}
