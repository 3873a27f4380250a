/**
 * Exact union of noded cells (see noding.ts) by cancelling shared edges: an edge walked one
 * way by one cell and the other way by its neighbour is interior; the edges left over are the
 * union's boundary, chained back into rings. No new coordinates are computed, so two grids
 * built from neighbouring cells share their common boundary vertex for vertex: no sliver
 * gaps or overlaps between them, ever.
 *
 * Input rings must be noded (shared vertices on common edges). Positions are `[lng, lat]`.
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../model';
import { ringSignedArea2, rewindRfc7946 } from '../geo/winding';
import { pointInRing } from './points';

type XY = [number, number];

interface Edge {
  from: XY;
  to: XY;
  used: boolean;
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Directed boundary edges left after cancelling opposite pairs. */
function boundaryEdges(geometries: readonly AreaGeometry[]): Edge[] {
  const live = new Map<string, Edge[]>();
  for (const g of geometries) {
    const wound = rewindRfc7946(g);
    const polys = wound.type === 'Polygon' ? [wound.coordinates] : wound.coordinates;
    for (const rings of polys) {
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const from = ring[i] as XY;
          const to = ring[i + 1] as XY;
          const f = key(from);
          const t = key(to);
          if (f === t) continue;
          const reverse = live.get(`${t}>${f}`);
          if (reverse && reverse.length > 0) {
            reverse.pop();
            continue;
          }
          const k = `${f}>${t}`;
          const list = live.get(k);
          if (list) list.push({ from, to, used: false });
          else live.set(k, [{ from, to, used: false }]);
        }
      }
    }
  }
  return [...live.values()].flat();
}

/** Splits a closed walk that visits a vertex twice into simple closed rings. */
function splitAtRepeats(walk: XY[]): XY[][] {
  const rings: XY[][] = [];
  const stack: XY[] = [];
  const at = new Map<string, number>();
  for (const p of walk) {
    const k = key(p);
    const seen = at.get(k);
    if (seen !== undefined) {
      const loop = stack.splice(seen);
      for (const q of loop) at.delete(key(q));
      rings.push([...loop, p]);
    }
    at.set(k, stack.length);
    stack.push(p);
  }
  return rings;
}

/** Chains edges into closed walks; at a vertex with several ways on, the first unused is taken. */
function chain(edges: Edge[]): XY[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) {
    const k = key(e.from);
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  const rings: XY[][] = [];
  for (const start of edges) {
    if (start.used) continue;
    const walk: XY[] = [start.from];
    let e: Edge | undefined = start;
    while (e && !e.used) {
      e.used = true;
      walk.push(e.to);
      e = out.get(key(e.to))?.find((n) => !n.used);
    }
    if (walk.length >= 4 && key(walk[0] as XY) === key(walk[walk.length - 1] as XY)) rings.push(...splitAtRepeats(walk));
  }
  return rings.filter((r) => r.length >= 4);
}

/**
 * The union of noded polygons, exactly (see the file comment): a Polygon, a MultiPolygon when
 * the parts do not touch along an edge, or null when nothing is left. Outer rings come out
 * counter-clockwise and holes clockwise (RFC 7946).
 */
export function unionNoded(geometries: readonly AreaGeometry[]): AreaGeometry | null {
  const rings = chain(boundaryEdges(geometries));
  const outers: { ring: XY[]; area: number; holes: XY[][] }[] = [];
  const holes: XY[][] = [];
  for (const ring of rings) {
    const area = ringSignedArea2(ring);
    if (area > 0) outers.push({ ring, area, holes: [] });
    else if (area < 0) holes.push(ring);
  }
  for (const hole of holes) {
    const a = hole[0] as XY;
    const b = hole[1] as XY;
    const probe: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const host = outers.filter((o) => pointInRing(probe, o.ring)).sort((x, y) => x.area - y.area)[0];
    host?.holes.push(hole);
  }
  if (outers.length === 0) return null;
  outers.sort((x, y) => y.area - x.area);
  const polys = outers.map((o) => [o.ring, ...o.holes]);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polys };
}
