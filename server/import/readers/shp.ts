/**
 * Shapefile geometry (.shp), read record by record into GeoJSON: points, multipoints,
 * polylines and polygons, with Z/M variants read as 2-D. Polygon rings are assembled the way
 * the format defines them (clockwise outer rings, counter-clockwise holes, each hole in the
 * outer ring that contains it) and written out in RFC 7946 order; a file that winds every
 * ring the same way is assembled by nesting instead.
 */
import type { Geometry, Position } from 'geojson';
import { ringSignedArea2 } from '../../../shared/geo/winding';
import { BlockReader, readRange } from './file-blocks';

const XY_TYPES: Record<number, 'point' | 'multipoint' | 'line' | 'polygon'> = {
  1: 'point', 11: 'point', 21: 'point',
  8: 'multipoint', 18: 'multipoint', 28: 'multipoint',
  3: 'line', 13: 'line', 23: 'line',
  5: 'polygon', 15: 'polygon', 25: 'polygon',
};

/** The shape type in the .shp header (0 null, 1 point, 3 polyline, 5 polygon, 8 multipoint, +10 Z, +20 M). */
export function shpShapeType(path: string): number {
  const head = readRange(path, 0, 100);
  if (head.length < 100 || head.readInt32BE(0) !== 9994) throw new Error('the .shp file is not a Shapefile (bad file code)');
  return head.readInt32LE(32);
}

function bboxOf(ring: Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as [number, number][]) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function inside(p: Position, ring: Position[]): boolean {
  const [x, y] = p as [number, number];
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

interface Ring {
  coords: Position[];
  area: number;
  box: [number, number, number, number];
}

function contains(outer: Ring, r: Ring): boolean {
  const [w, s, e, n] = outer.box;
  const p = r.coords[0] as [number, number];
  return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && inside(p, outer.coords);
}

/** Groups rings into polygons (outer first, then its holes), each wound as RFC 7946 wants. */
export function assemblePolygons(rings: Position[][]): Position[][][] {
  const all: Ring[] = rings.filter((r) => r.length > 0).map((coords) => ({ coords, area: ringSignedArea2(coords), box: bboxOf(coords) }));
  const clockwise = all.filter((r) => r.area < 0);
  let outers: Ring[];
  let holes: Ring[];
  if (clockwise.length > 0) {
    outers = clockwise;
    holes = all.filter((r) => r.area >= 0);
  } else {
    // Every ring the same way round: a ring inside an odd number of others is a hole.
    const depth = all.map((r) => all.filter((o) => o !== r && Math.abs(o.area) > Math.abs(r.area) && contains(o, r)).length);
    outers = all.filter((_, i) => (depth[i] ?? 0) % 2 === 0);
    holes = all.filter((_, i) => (depth[i] ?? 0) % 2 === 1);
  }
  const polys = outers.map((o) => ({ outer: o, holes: [] as Ring[] }));
  for (const h of holes) {
    const owners = polys.filter((p) => contains(p.outer, h)).sort((a, b) => Math.abs(a.outer.area) - Math.abs(b.outer.area));
    if (owners[0]) owners[0].holes.push(h);
    else polys.push({ outer: h, holes: [] });
  }
  const wind = (r: Ring, ccw: boolean): Position[] => (r.area > 0 === ccw ? r.coords : [...r.coords].reverse());
  return polys.map((p) => [wind(p.outer, true), ...p.holes.map((h) => wind(h, false))]);
}

function readPoints(buf: Buffer, at: number, count: number): Position[] {
  const out: Position[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = [buf.readDoubleLE(at + i * 16), buf.readDoubleLE(at + i * 16 + 8)];
  return out;
}

/** GeoJSON geometry of one record's content, or null for a null shape. */
export function shapeToGeometry(content: Buffer): Geometry | null {
  if (content.length < 4) return null;
  const kind = XY_TYPES[content.readInt32LE(0)];
  if (!kind) return null;
  if (kind === 'point') return { type: 'Point', coordinates: [content.readDoubleLE(4), content.readDoubleLE(12)] };
  if (kind === 'multipoint') {
    const n = content.readInt32LE(36);
    return { type: 'MultiPoint', coordinates: readPoints(content, 40, n) };
  }
  const numParts = content.readInt32LE(36);
  const numPoints = content.readInt32LE(40);
  const starts: number[] = [];
  for (let i = 0; i < numParts; i++) starts.push(content.readInt32LE(44 + i * 4));
  const points = readPoints(content, 44 + numParts * 4, numPoints);
  const parts = starts.map((s, i) => points.slice(s, starts[i + 1] ?? numPoints));
  if (kind === 'line') return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] as Position[] } : { type: 'MultiLineString', coordinates: parts };
  const polys = assemblePolygons(parts);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polys };
}

/** The geometries of the .shp at `path`, in record order (null for null shapes). */
export function* shpGeometries(path: string): Generator<Geometry | null> {
  const r = new BlockReader(path, 100);
  try {
    for (;;) {
      const head = r.read(8);
      if (head.length < 8) return;
      const length = head.readInt32BE(4) * 2;
      const content = r.read(length);
      if (content.length < length) throw new Error('the .shp file ends in the middle of a record; is it complete?');
      yield shapeToGeometry(content);
    }
  } finally {
    r.close();
  }
}
