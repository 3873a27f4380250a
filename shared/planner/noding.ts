/**
 * Noding: turns cells computed separately (and so differing in the last bits where they
 * meet) into a proper partition whose neighbours share exact vertices along every common
 * edge. Vertices closer than `eps` become one, and a vertex lying on another cell's edge is
 * inserted into that edge. After this, unions can cancel shared edges exactly
 * (see union.ts) instead of overlaying polygons with floating-point noise.
 *
 * Positions are `[lng, lat]` in degrees; `eps` is in degrees (1e-8° ≈ 1 mm).
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../model';

export const DEFAULT_NODING_EPS = 1e-8;

/** Bucket size (degrees) of the index used to find vertices near an edge (≈ 10 m). */
const EDGE_BUCKET = 1e-4;

type XY = [number, number];

function ringsOf(g: AreaGeometry): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** One canonical vertex per cluster of positions within `eps` (Chebyshev distance). */
class VertexSnapper {
  private readonly buckets = new Map<string, XY[]>();
  readonly all: XY[] = [];
  constructor(private readonly eps: number) {}

  snap(p: Position): XY {
    const x = p[0] as number;
    const y = p[1] as number;
    const bx = Math.floor(x / this.eps);
    const by = Math.floor(y / this.eps);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const v of this.buckets.get(`${bx + dx},${by + dy}`) ?? []) {
          if (Math.abs(v[0] - x) <= this.eps && Math.abs(v[1] - y) <= this.eps) return v;
        }
      }
    }
    const v: XY = [x, y];
    const key = `${bx},${by}`;
    const list = this.buckets.get(key);
    if (list) list.push(v);
    else this.buckets.set(key, [v]);
    this.all.push(v);
    return v;
  }
}

/** Canonical vertices bucketed coarsely, to find those near an edge. */
function edgeIndex(vertices: readonly XY[]): (a: XY, b: XY, eps: number) => XY[] {
  const buckets = new Map<string, XY[]>();
  for (const v of vertices) {
    const key = `${Math.floor(v[0] / EDGE_BUCKET)},${Math.floor(v[1] / EDGE_BUCKET)}`;
    const list = buckets.get(key);
    if (list) list.push(v);
    else buckets.set(key, [v]);
  }
  return (a, b, eps) => {
    const out: XY[] = [];
    const x0 = Math.floor((Math.min(a[0], b[0]) - eps) / EDGE_BUCKET);
    const x1 = Math.floor((Math.max(a[0], b[0]) + eps) / EDGE_BUCKET);
    const y0 = Math.floor((Math.min(a[1], b[1]) - eps) / EDGE_BUCKET);
    const y1 = Math.floor((Math.max(a[1], b[1]) + eps) / EDGE_BUCKET);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(...(buckets.get(`${x},${y}`) ?? []));
    return out;
  };
}

/** Vertices lying on segment a→b (within eps, strictly between its ends), ordered from a. */
function onSegment(a: XY, b: XY, candidates: readonly XY[], eps: number): XY[] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return [];
  const hits: { t: number; v: XY }[] = [];
  for (const v of candidates) {
    if (v === a || v === b) continue;
    const t = ((v[0] - a[0]) * dx + (v[1] - a[1]) * dy) / len2;
    if (t <= 0 || t >= 1) continue;
    const px = a[0] + t * dx - v[0];
    const py = a[1] + t * dy - v[1];
    if (px * px + py * py <= eps * eps) hits.push({ t, v });
  }
  return hits.sort((p, q) => p.t - q.t).map((h) => h.v);
}

function cleanRing(ring: XY[]): XY[] | null {
  const out: XY[] = [];
  for (const p of ring) if (out[out.length - 1] !== p) out.push(p);
  if (out[0] !== out[out.length - 1] && out[0]) out.push(out[0]);
  // A ring needs three distinct corners plus the closing repeat.
  return out.length >= 4 ? out : null;
}

/**
 * Snaps and nodes `geometries` together (see the file comment). Returns new geometries in
 * the same order; a part that collapses below a triangle is dropped (null if nothing is left).
 */
export function nodeGeometries(geometries: readonly AreaGeometry[], eps: number = DEFAULT_NODING_EPS): (AreaGeometry | null)[] {
  const snapper = new VertexSnapper(eps);
  const snapped = geometries.map((g) => ringsOf(g).map((poly) => poly.map((ring) => ring.map((p) => snapper.snap(p)))));
  const near = edgeIndex(snapper.all);
  return snapped.map((polys) => {
    const out: XY[][][] = [];
    for (const poly of polys) {
      const rings: XY[][] = [];
      for (const ring of poly) {
        const noded: XY[] = [];
        for (let i = 0; i + 1 < ring.length; i++) {
          const a = ring[i] as XY;
          const b = ring[i + 1] as XY;
          noded.push(a, ...onSegment(a, b, near(a, b, eps), eps));
        }
        noded.push(ring[ring.length - 1] as XY);
        const clean = cleanRing(noded);
        // A collapsed outer ring takes its holes with it.
        if (!clean && rings.length === 0) break;
        if (clean) rings.push(clean);
      }
      if (rings.length > 0) out.push(rings);
    }
    if (out.length === 0) return null;
    return out.length === 1 ? { type: 'Polygon', coordinates: out[0] as Position[][] } : { type: 'MultiPolygon', coordinates: out };
  });
}
