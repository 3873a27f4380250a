/**
 * Shapefile geometry (.shp with its .shx index) for exports: points, polylines and polygons
 * in WGS-84 longitude/latitude. Polygon rings are written as the format wants them (outer
 * rings clockwise, holes counter-clockwise), the reverse of RFC 7946.
 */
import type { Geometry, Position } from 'geojson';
import { ringSignedArea2 } from '../../shared/geo/winding';

export type ShapeKind = 'point' | 'line' | 'polygon';
const SHAPE_TYPE: Record<ShapeKind, number> = { point: 1, line: 3, polygon: 5 };

/** WGS-84 longitude/latitude, as ESRI and GDAL write it. */
export const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

function parts(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Polygon':
      return g.coordinates.map((r, i) => (ringSignedArea2(r) > 0 === (i === 0) ? [...r].reverse() : r));
    case 'MultiPolygon':
      return g.coordinates.flatMap((rings) => rings.map((r, i) => (ringSignedArea2(r) > 0 === (i === 0) ? [...r].reverse() : r)));
    default:
      return [];
  }
}

function record(kind: ShapeKind, g: Geometry | null): Buffer {
  if (!g) return Buffer.from([0, 0, 0, 0]);
  if (kind === 'point') {
    const [x, y] = g.type === 'Point' ? g.coordinates : [0, 0];
    const b = Buffer.alloc(20);
    b.writeInt32LE(1, 0);
    b.writeDoubleLE(x ?? 0, 4);
    b.writeDoubleLE(y ?? 0, 12);
    return b;
  }
  const ps = parts(g);
  const n = ps.reduce((s, p) => s + p.length, 0);
  const b = Buffer.alloc(44 + ps.length * 4 + n * 16);
  b.writeInt32LE(SHAPE_TYPE[kind], 0);
  let [w, s, e, nn] = [Infinity, Infinity, -Infinity, -Infinity];
  let at = 44 + ps.length * 4;
  let index = 0;
  ps.forEach((p, i) => {
    b.writeInt32LE(index, 44 + i * 4);
    index += p.length;
    for (const [x = 0, y = 0] of p) {
      b.writeDoubleLE(x, at);
      b.writeDoubleLE(y, at + 8);
      at += 16;
      [w, s, e, nn] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(nn, y)];
    }
  });
  [w, s, e, nn].forEach((v, i) => b.writeDoubleLE(v, 4 + i * 8));
  b.writeInt32LE(ps.length, 36);
  b.writeInt32LE(n, 40);
  return b;
}

function header(kind: ShapeKind, lengthBytes: number, box: [number, number, number, number]): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(lengthBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(SHAPE_TYPE[kind], 32);
  box.forEach((v, i) => h.writeDoubleLE(v, 36 + i * 8));
  return h;
}

/** The .shp and .shx bytes of `geometries` (null: a null shape), one record each, in order. */
export function writeShp(kind: ShapeKind, geometries: readonly (Geometry | null)[]): { shp: Buffer; shx: Buffer } {
  const records = geometries.map((g) => record(kind, g));
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of records) {
    if (r.length < 20) continue;
    const [w, s, e, n] = kind === 'point' ? [r.readDoubleLE(4), r.readDoubleLE(12), r.readDoubleLE(4), r.readDoubleLE(12)] : [0, 1, 2, 3].map((i) => r.readDoubleLE(4 + i * 8));
    box[0] = Math.min(box[0], w as number);
    box[1] = Math.min(box[1], s as number);
    box[2] = Math.max(box[2], e as number);
    box[3] = Math.max(box[3], n as number);
  }
  if (!Number.isFinite(box[0])) box.fill(0);
  const shpParts: Buffer[] = [];
  const shx = Buffer.alloc(100 + records.length * 8);
  let offset = 100;
  records.forEach((r, i) => {
    const h = Buffer.alloc(8);
    h.writeInt32BE(i + 1, 0);
    h.writeInt32BE(r.length / 2, 4);
    shx.writeInt32BE(offset / 2, 100 + i * 8);
    shx.writeInt32BE(r.length / 2, 104 + i * 8);
    shpParts.push(h, r);
    offset += 8 + r.length;
  });
  header(kind, 100 + records.length * 8, box).copy(shx, 0);
  return { shp: Buffer.concat([header(kind, offset, box), ...shpParts]), shx };
}
