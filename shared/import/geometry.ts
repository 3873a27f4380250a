/**
 * Checks and repairs one imported geometry before it is stored. Safe repairs are made and
 * reported (`fixed`): heights dropped, duplicate vertices removed, rings closed, rings
 * rewound to RFC 7946 order, single-part multi-geometries unwrapped, multi-part building
 * footprints split into one building each. Anything that would need a guess is refused
 * (`error`) with where it is: crossings, holes outside their polygon, too few positions,
 * coordinates off the globe or outside China, the wrong kind of geometry.
 *
 * Positions are `[lng, lat]`; `toWgs84` converts from the file's system before the checks
 * that depend on where things are.
 */
import * as turf from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { PositionTransform } from '../crs/systems';
import { transformGeometry } from '../crs/systems';
import { isRfc7946Wound, rewindRfc7946, ringSignedArea2 } from '../geo/winding';
import { firstCrossing, SMALL_RING } from './crossings';
import type { GeometryKind } from './layers';
import type { ImportIssue } from './report';

export type GeometryIssue = Omit<ImportIssue, 'row' | 'ref'>;

export interface PreparedGeometry {
  /** What to store: one geometry, several (a split multi-part footprint), or none when refused. */
  parts: Geometry[];
  issues: GeometryIssue[];
}

/** Mainland China with its islands, generously: the sub-districts gridmap serves all lie inside. */
export const CHINA_BOX: readonly [number, number, number, number] = [73.4, 3.8, 135.1, 53.6];

const err = (code: GeometryIssue['code'], message: string, path?: string): GeometryIssue => ({ severity: 'error', code, message, ...(path ? { path } : {}) });
const fixed = (code: GeometryIssue['code'], message: string): GeometryIssue => ({ severity: 'fixed', code, message });

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** Checks nesting and numbers; returns 2-D coordinates, whether heights were dropped, or the first problem. */
function clean(coords: unknown, depth: number, path: string, out: { z: boolean }): unknown[] | GeometryIssue {
  if (!Array.isArray(coords)) return err('bad_geometry', depth === 0 ? 'a position must be an array [lng, lat]' : 'coordinates must be an array', path);
  if (depth === 0) {
    if (coords.length < 2 || !coords.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return err('bad_geometry', `${JSON.stringify(coords).slice(0, 60)} is not a [lng, lat] pair of numbers`, path);
    }
    const [lng, lat] = coords as number[];
    if (coords.length > 2) out.z = true;
    if ((lng as number) < -180 || (lng as number) > 180 || (lat as number) < -90 || (lat as number) > 90) {
      const swapped = Math.abs(lat as number) <= 180 && Math.abs(lng as number) <= 90;
      return err('out_of_range', `[${lng}, ${lat}] is off the globe: positions are [lng, lat] with lng in -180..180 and lat in -90..90${swapped ? '; longitude and latitude look swapped' : ''}`, path);
    }
    return [lng, lat];
  }
  const result: unknown[] = [];
  for (let i = 0; i < coords.length; i++) {
    const c = clean(coords[i], depth - 1, `${path}[${i}]`, out);
    if (!Array.isArray(c)) return c;
    result.push(c);
  }
  return result;
}

function sameXY(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || !sameXY(p, line[i - 1] as Position));
}

/** Whether `p` is inside `ring` (even-odd rule; points on the edge count as inside). */
function insideRing(p: Position, ring: Position[]): boolean {
  const [x, y] = p as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if ((xi === x && yi === y) || ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)) inside = !inside;
    if (xi === x && yi === y) return true;
  }
  return inside;
}

/** Cleans the rings of one polygon; returns the rings or the first error, collecting repairs. */
function polygonRings(rings: Position[][], base: string, notes: Set<string>): Position[][] | GeometryIssue {
  const out: Position[][] = [];
  for (let r = 0; r < rings.length; r++) {
    const path = `${base}[${r}]`;
    let ring = dedupe(rings[r] as Position[]);
    if (ring.length !== (rings[r] as Position[]).length) notes.add('duplicate_vertices');
    const first = ring[0];
    if (first && ring.length > 1 && !sameXY(first, ring[ring.length - 1] as Position)) {
      ring = [...ring, first];
      notes.add('not_closed');
    }
    if (ring.length < 4) return err('too_few_positions', `a ring needs at least 3 different positions plus the closing one; it has ${Math.max(0, ring.length - 1)}`, path);
    if (r > 0 && ring.some((p) => !insideRing(p, out[0] as Position[]))) return err('hole_outside', `hole ${r} lies (partly) outside the outer ring`, path);
    out.push(ring);
  }
  if (out.length === 0) return err('too_few_positions', 'a polygon needs at least its outer ring', base);
  return out;
}

const REPAIRS: Record<string, string> = {
  duplicate_vertices: 'repeated positions removed',
  not_closed: 'ring closed by repeating its first position',
  winding: 'rings rewound to RFC 7946 order (outer counter-clockwise, holes clockwise)',
};

function checkArea(g: Polygon | MultiPolygon, issues: GeometryIssue[]): Polygon | MultiPolygon | null {
  const notes = new Set<string>();
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const cleaned: Position[][][] = [];
  for (let k = 0; k < polys.length; k++) {
    const rings = polygonRings(polys[k] as Position[][], g.type === 'Polygon' ? 'coordinates' : `coordinates[${k}]`, notes);
    if (!Array.isArray(rings)) {
      issues.push(rings);
      return null;
    }
    cleaned.push(rings);
  }
  let out: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: cleaned[0] as Position[][] } : { type: 'MultiPolygon', coordinates: cleaned };
  // Rings may touch at a shared vertex (an island touching the shore is valid); they may not cross.
  const single = cleaned.length === 1 && cleaned[0]?.length === 1 ? (cleaned[0][0] as Position[]) : null;
  let crossings: Position[];
  if (single && single.length <= SMALL_RING) {
    const at = firstCrossing(single);
    crossings = at ? [at] : [];
  } else {
    const vertices = new Set(cleaned.flat(2).map((p) => `${p[0]},${p[1]}`));
    crossings = turf.kinks(out).features.map((f) => f.geometry.coordinates).filter((p) => !vertices.has(`${p[0]},${p[1]}`));
  }
  if (crossings.length > 0) {
    const at = crossings[0] ?? [];
    issues.push(err('self_intersection', `the outline crosses itself (${single ? 'first' : `${crossings.length} crossings, first`} at [${at[0]?.toFixed(7)}, ${at[1]?.toFixed(7)}]); redraw it without crossings`, 'coordinates'));
    return null;
  }
  // Twice the area in degree²; 1e-15 is well under a square centimetre anywhere in China.
  const flat = cleaned.findIndex((rings) => rings.some((r) => Math.abs(ringSignedArea2(r)) < 1e-15));
  if (flat >= 0) {
    issues.push(err('zero_area', 'a ring encloses no area (all its positions lie on one line)', g.type === 'Polygon' ? 'coordinates' : `coordinates[${flat}]`));
    return null;
  }
  if (!isRfc7946Wound(out)) {
    out = rewindRfc7946(out);
    notes.add('winding');
  }
  for (const n of notes) issues.push(fixed(n as GeometryIssue['code'], REPAIRS[n] ?? n));
  return out;
}

function withinChina(g: Geometry): boolean {
  const [w, s, e, n] = turf.bbox(g);
  return w >= CHINA_BOX[0] && e <= CHINA_BOX[2] && s >= CHINA_BOX[1] && n <= CHINA_BOX[3];
}

/** Brings a parsed geometry to the shape `kind` wants, splitting or unwrapping multi-parts. */
function toKind(g: Geometry, kind: GeometryKind, issues: GeometryIssue[]): Geometry[] | null {
  const wrong = (want: string) => {
    issues.push(err('wrong_geometry_type', `a ${g.type} cannot be stored here: this layer takes ${want}`, 'type'));
    return null;
  };
  switch (kind) {
    case 'area':
      return g.type === 'Polygon' || g.type === 'MultiPolygon' ? [g] : wrong('Polygon or MultiPolygon');
    case 'polygon':
      if (g.type === 'Polygon') return [g];
      if (g.type !== 'MultiPolygon') return wrong('Polygon footprints');
      if (g.coordinates.length === 1) {
        issues.push(fixed('unwrapped', 'a MultiPolygon with one part stored as a Polygon'));
        return [{ type: 'Polygon', coordinates: g.coordinates[0] as Position[][] }];
      }
      issues.push(fixed('split_multipart', `a MultiPolygon of ${g.coordinates.length} parts split into ${g.coordinates.length} buildings`));
      return g.coordinates.map((rings) => ({ type: 'Polygon', coordinates: rings }));
    case 'line':
      return g.type === 'LineString' || g.type === 'MultiLineString' ? [g] : wrong('LineString or MultiLineString');
    case 'point':
      if (g.type === 'Point') return [g];
      if (g.type === 'MultiPoint' && g.coordinates.length === 1) {
        issues.push(fixed('unwrapped', 'a MultiPoint with one point stored as a Point'));
        return [{ type: 'Point', coordinates: g.coordinates[0] as Position }];
      }
      return wrong('Point');
    case 'none':
      return [];
  }
}

function checkPart(g: Geometry, issues: GeometryIssue[]): Geometry | null {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return checkArea(g, issues);
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map(dedupe);
    const short = lines.findIndex((l) => l.length < 2);
    if (short >= 0) {
      issues.push(err('too_few_positions', 'a line needs at least 2 different positions', g.type === 'LineString' ? 'coordinates' : `coordinates[${short}]`));
      return null;
    }
    return g.type === 'LineString' ? { type: 'LineString', coordinates: lines[0] as Position[] } : { type: 'MultiLineString', coordinates: lines };
  }
  return g;
}

/**
 * Checks `raw` (a GeoJSON geometry object as read from a file, or null) for a layer of
 * geometry `kind`, converting positions with `toWgs84`. Returns what to store and what was
 * found; an `error` issue means nothing is stored.
 */
export function prepareGeometry(raw: unknown, kind: GeometryKind, toWgs84: PositionTransform): PreparedGeometry {
  const issues: GeometryIssue[] = [];
  if (kind === 'none') return { parts: [], issues };
  if (raw === null || raw === undefined) return { parts: [], issues: [err('missing_geometry', 'the row has no geometry')] };
  let g = raw as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (typeof g !== 'object' || typeof g.type !== 'string') return { parts: [], issues: [err('bad_geometry', 'the geometry is not a GeoJSON geometry object (it has no "type")', 'type')] };
  if (g.type === 'GeometryCollection') {
    const members = Array.isArray(g.geometries) ? g.geometries : [];
    if (members.length !== 1) return { parts: [], issues: [err('wrong_geometry_type', `a GeometryCollection of ${members.length} geometries cannot be stored; give one geometry per feature`, 'type')] };
    issues.push(fixed('unwrapped', 'a GeometryCollection holding one geometry stored as that geometry'));
    g = members[0] as typeof g;
    if (!g || typeof g.type !== 'string') return { parts: [], issues: [...issues, err('bad_geometry', 'the collection holds no geometry object', 'geometries[0]')] };
  }
  const depth = DEPTH[g.type as string];
  if (depth === undefined) return { parts: [], issues: [err('bad_geometry', `"${String(g.type)}" is not a GeoJSON geometry type`, 'type')] };
  const z = { z: false };
  const coords = clean(g.coordinates, depth, 'coordinates', z);
  if (!Array.isArray(coords)) return { parts: [], issues: [...issues, coords] };
  if (depth > 0 && coords.length === 0) return { parts: [], issues: [...issues, err('missing_geometry', `the ${g.type} is empty`, 'coordinates')] };
  if (z.z) issues.push(fixed('dropped_z', 'heights (third coordinates) dropped: the map is flat'));
  const shaped = toKind({ type: g.type, coordinates: coords } as Geometry, kind, issues);
  if (!shaped) return { parts: [], issues };
  const parts: Geometry[] = [];
  for (const part of shaped) {
    const converted = transformGeometry(part, toWgs84);
    if (!withinChina(converted)) {
      const [w, s] = turf.bbox(converted);
      issues.push(err('outside_china', `the geometry lies outside China (near [${w.toFixed(4)}, ${s.toFixed(4)}]); gridmap maps Chinese sub-districts — check the coordinate order and system`));
      return { parts: [], issues };
    }
    const checked = checkPart(converted, issues);
    if (!checked) return { parts: [], issues };
    parts.push(checked);
  }
  return { parts, issues: dedupeIssues(issues) };
}

/** One note per kind of repair: a split footprint repeats them for every part. */
function dedupeIssues(issues: GeometryIssue[]): GeometryIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.severity}:${i.code}`;
    if (i.severity !== 'fixed' || !seen.has(key)) {
      seen.add(key);
      return true;
    }
    return false;
  });
}
