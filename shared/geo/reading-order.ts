/**
 * Reading order on the map: rows from north to south, west to east within a row, as grid
 * codes are numbered and as "step through gaps" walks. A row is a band of latitude
 * `bandMetres` tall counted down from the northernmost point, so shapes on one street block
 * read as one row even when their centres are a few metres apart.
 */

/** Metres per degree of latitude on turf's sphere (radius 6,371,008.8 m). */
export const METRES_PER_DEGREE_LAT = (6_371_008.8 * Math.PI) / 180;

/** Default row height: about one city block. */
export const DEFAULT_ROW_BAND_METRES = 120;

/**
 * Indices of `points` (`[lng, lat]`) in reading order. `northLat` is the top of the first
 * row (defaults to the northernmost point). Ties keep input order.
 */
export function readingOrderOfPoints(
  points: readonly (readonly [number, number])[],
  bandMetres: number = DEFAULT_ROW_BAND_METRES,
  northLat: number = Math.max(...points.map((p) => p[1])),
): number[] {
  const keyed = points.map(([lng, lat], k) => ({ k, lng, row: Math.floor(((northLat - lat) * METRES_PER_DEGREE_LAT) / bandMetres) }));
  keyed.sort((a, b) => a.row - b.row || a.lng - b.lng || a.k - b.k);
  return keyed.map((x) => x.k);
}
