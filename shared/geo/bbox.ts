/**
 * Bounding boxes of GeoJSON geometries and of web-map tiles.
 *
 * All boxes are `[minLng, minLat, maxLng, maxLat]` in degrees (WGS-84); positions are `[lng, lat]`.
 */
import type { Geometry, Position } from 'geojson';
import type { BBox } from '../model';

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit);
      return;
    case 'MultiPolygon':
      for (const poly of geometry.coordinates) for (const ring of poly) ring.forEach(visit);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) eachPosition(g, visit);
      return;
  }
}

/** The box around every position of `geometry`. Throws on a geometry with no positions. */
export function geometryBBox(geometry: Geometry): BBox {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  eachPosition(geometry, ([lng, lat]) => {
    if (lng === undefined || lat === undefined) return;
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  });
  if (minLng > maxLng) throw new Error(`A ${geometry.type} with no coordinates has no bounding box; give it at least one position.`);
  return [minLng, minLat, maxLng, maxLat];
}

/** The smallest box holding both boxes. */
export function unionBBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** Whether two boxes share at least one point (touching edges count). */
export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Parses `"minLng,minLat,maxLng,maxLat"` as used in `?bbox=`. Returns the box, or an
 * error message that says what to fix.
 */
export function parseBBox(text: string): BBox | { error: string } {
  const parts = text.split(',');
  if (parts.length !== 4) return { error: 'bbox must be four comma-separated numbers: minLng,minLat,maxLng,maxLat' };
  const nums = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (nums.some((n) => !Number.isFinite(n))) return { error: `bbox has a part that is not a number: "${text}"` };
  const [minLng, minLat, maxLng, maxLat] = nums as [number, number, number, number];
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    return { error: 'bbox is outside the world: longitudes lie in -180..180 and latitudes in -90..90 (order is lng,lat)' };
  }
  if (minLng > maxLng || minLat > maxLat) return { error: 'bbox minimum is greater than its maximum: give minLng,minLat,maxLng,maxLat' };
  return [minLng, minLat, maxLng, maxLat];
}

/** Longitude of the west edge of tile column `x` at zoom `z` (Web Mercator, XYZ scheme). */
export function tileToLng(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of the north edge of tile row `y` at zoom `z` (Web Mercator, XYZ scheme). */
export function tileToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/**
 * The lng/lat box of tile z/x/y, grown by `buffer` as a fraction of the tile's size on
 * each side (0.0625 = 256/4096, geojson-vt's default buffer) so features just outside
 * still draw their strokes and labels across the edge.
 */
export function tileBBox(z: number, x: number, y: number, buffer = 0): BBox {
  return [
    tileToLng(x - buffer, z),
    tileToLat(y + 1 + buffer, z),
    tileToLng(x + 1 + buffer, z),
    tileToLat(y - buffer, z),
  ];
}
