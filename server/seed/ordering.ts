/**
 * Reading order for grid and community codes: north → south by rows, west → east within a
 * row (shared/geo/reading-order.ts), applied to polygons.
 *
 * A shape's representative point is the mean of its outer ring's vertices (the closing vertex
 * not repeated), which is what `turf.centroid` returns. Its row is the latitude band, counted
 * from the parent's northernmost point, that the point falls in; bands are
 * `ROW_BAND_METRES` tall, about one city block, so one row of blocks reads as one row.
 */
import type { Polygon, Position } from 'geojson';
import { DEFAULT_ROW_BAND_METRES, readingOrderOfPoints } from '../../shared/geo/reading-order';

/** Height of one reading row, in metres of latitude. */
export const ROW_BAND_METRES = DEFAULT_ROW_BAND_METRES;

/** Mean of the outer ring's vertices, without the closing repeat: `[lng, lat]`. */
export function representativePoint(polygon: Polygon): [number, number] {
  const ring: Position[] = polygon.coordinates[0] ?? [];
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

/**
 * Indices of `polygons` in reading order inside a parent whose northern edge is at `northLat`:
 * rows from the north, then west to east.
 */
export function readingOrder(polygons: readonly Polygon[], northLat: number): number[] {
  return readingOrderOfPoints(polygons.map(representativePoint), ROW_BAND_METRES, northLat);
}
