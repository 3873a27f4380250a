/**
 * Where a small ring crosses itself, found directly: every pair of non-adjacent edges is
 * tested for a proper crossing (touching at a shared vertex is allowed, as for rings that
 * meet at a point). For footprints of a handful of vertices this is many times faster than
 * turf's general kinks search, which allocates a feature per segment; large or multi-ring
 * shapes still go to turf. Positions are `[lng, lat]`.
 */
import type { Position } from 'geojson';

/** Rings up to this many positions are checked here. */
export const SMALL_RING = 64;

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/**
 * The first point where the closed `ring` crosses or overlaps itself, or null. Edges that
 * only share an endpoint do not count.
 */
export function firstCrossing(ring: readonly Position[]): [number, number] | null {
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) {
    const [ax = 0, ay = 0] = ring[i] as number[];
    const [bx = 0, by = 0] = ring[i + 1] as number[];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [cx = 0, cy = 0] = ring[j] as number[];
      const [dx = 0, dy = 0] = ring[j + 1] as number[];
      const o1 = orient(ax, ay, bx, by, cx, cy);
      const o2 = orient(ax, ay, bx, by, dx, dy);
      const o3 = orient(cx, cy, dx, dy, ax, ay);
      const o4 = orient(cx, cy, dx, dy, bx, by);
      if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) {
        const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / ((bx - ax) * (dy - cy) - (by - ay) * (dx - cx));
        return [ax + t * (bx - ax), ay + t * (by - ay)];
      }
      // Collinear edges that overlap along a stretch (a spike folding back along itself).
      if (o1 === 0 && o2 === 0) {
        const alongX = Math.abs(bx - ax) >= Math.abs(by - ay);
        const [p1, p2, q1, q2] = alongX ? [ax, bx, cx, dx] : [ay, by, cy, dy];
        if (Math.min(Math.max(p1, p2), Math.max(q1, q2)) > Math.max(Math.min(p1, p2), Math.min(q1, q2))) return [cx, cy];
      }
    }
  }
  return null;
}
