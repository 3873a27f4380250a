/**
 * Checks a polygon someone drew or imported before it is stored, with messages that say what
 * to fix. Coordinates are `[lng, lat]` in degrees, WGS-84.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface GeometryProblem {
  /** Where: e.g. `coordinates[0][3]` or `coordinates[0]`. */
  path: string;
  message: string;
}

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function ringProblems(ring: unknown, path: string): GeometryProblem[] {
  if (!Array.isArray(ring)) return [{ path, message: 'a ring must be an array of [lng, lat] positions' }];
  const out: GeometryProblem[] = [];
  ring.forEach((p, i) => {
    if (!isPosition(p)) out.push({ path: `${path}[${i}]`, message: 'not a [lng, lat] pair of numbers' });
    else if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) {
      out.push({ path: `${path}[${i}]`, message: `[${p[0]}, ${p[1]}] is off the globe; positions are [lng, lat] with lng in -180..180 and lat in -90..90` });
    }
  });
  if (out.length) return out;
  if (ring.length < 4) return [{ path, message: `a ring needs at least 4 positions (a triangle plus the closing one), it has ${ring.length}` }];
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push({ path, message: 'the ring is not closed: its last position must repeat the first' });
  return out;
}

/** Problems with `value` as a GeoJSON Polygon or MultiPolygon; empty when it is fine to store. */
export function polygonProblems(value: unknown): GeometryProblem[] {
  const g = value as { type?: unknown; coordinates?: unknown };
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    return [{ path: 'type', message: 'expected a GeoJSON geometry of type Polygon or MultiPolygon' }];
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return [{ path: 'coordinates', message: 'coordinates must be a non-empty array' }];
  const polys = g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[]);
  const out: GeometryProblem[] = [];
  polys.forEach((rings, k) => {
    const base = g.type === 'Polygon' ? 'coordinates' : `coordinates[${k}]`;
    if (!Array.isArray(rings) || rings.length === 0) {
      out.push({ path: base, message: 'a polygon needs at least its outer ring' });
      return;
    }
    rings.forEach((ring, r) => out.push(...ringProblems(ring, `${base}[${r}]`)));
  });
  if (out.length) return out;
  const kinks = turf.kinks(g as Polygon | MultiPolygon);
  if (kinks.features.length > 0) {
    const at = kinks.features[0]?.geometry.coordinates ?? [];
    out.push({ path: 'coordinates', message: `the outline crosses itself (first at [${at[0]?.toFixed(6)}, ${at[1]?.toFixed(6)}]); redraw it without crossings` });
  }
  return out;
}
