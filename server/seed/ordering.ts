/**
 * Reading order for codes: north → south by rows, west → east within a row.
 *
 * A shape's representative point is the mean of its outer ring's vertices (the closing vertex
 * not repeated), which is what `turf.centroid` returns. Its row is the latitude band, counted
 * from the parent's northernmost point, that the point falls in; bands are
 * `ROW_BAND_METRES` tall, about one city block, so one row of blocks reads as one row.
 */
import type { Polygon, Position } from 'geojson';

/** Height of one reading row, in metres of latitude. */
export const ROW_BAND_METRES = 120;

/** Metres per degree of latitude on turf's sphere. */
const METRES_PER_DEGREE_LAT = (6_371_008.8 * Math.PI) / 180;

/** Mean of the outer ring's vertices, without the closing repeat: `[lng, lat]`. */
export function representativePoint(polygon: Polygon): Position {
  const ring = polygon.coordinates[0] ?? [];
  const open = ring.slice(0, -1);
  let lng = 0;
  let lat = 0;
  for (const p of open) {
    lng += p[0] as number;
    lat += p[1] as number;
  }
  return [lng / open.length, lat / open.length];
}

/** Northernmost latitude (degrees) of any vertex of `polygon`. */
export function northernmostLat(polygon: Polygon): number {
  let max = -90;
  for (const p of polygon.coordinates[0] ?? []) max = Math.max(max, p[1] as number);
  return max;
}

/** The reading row of a point `[lng, lat]` below a parent whose northern edge is at `northLat`. */
export function rowOf(point: Position, northLat: number): number {
  return Math.floor(((northLat - (point[1] as number)) * METRES_PER_DEGREE_LAT) / ROW_BAND_METRES);
}

/**
 * Indices of `polygons` in reading order inside a parent whose northern edge is at `northLat`:
 * rows from the north, then west to east.
 */
export function readingOrder(polygons: readonly Polygon[], northLat: number): number[] {
  const keyed = polygons.map((p, k) => {
    const point = representativePoint(p);
    return { k, row: rowOf(point, northLat), lng: point[0] as number };
  });
  keyed.sort((a, b) => a.row - b.row || a.lng - b.lng || a.k - b.k);
  return keyed.map((x) => x.k);
}
