/**
 * Small plane helpers on `[lng, lat]` positions (degrees): point in ring, a ring's vertex
 * mean and short distances. Good at city scale, which is all the planner needs.
 */
import { METRES_PER_DEGREE_LAT as M_PER_DEG } from '../geo/reading-order';

type LngLat = readonly [number, number];

/** Whether `pt` lies inside `ring` (closed or open; even-odd rule; the boundary counts either way). */
export function pointInRing(pt: LngLat, ring: readonly LngLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as LngLat;
    const b = ring[j] as LngLat;
    if (a[1] > pt[1] !== b[1] > pt[1] && pt[0] < ((b[0] - a[0]) * (pt[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Mean of a ring's vertices without the closing repeat, `[lng, lat]` (what turf.centroid gives). */
export function ringMean(ring: readonly (readonly number[])[]): [number, number] {
  const open = ring.length > 1 ? ring.slice(0, -1) : ring;
  let lng = 0;
  let lat = 0;
  for (const p of open) {
    lng += p[0] ?? 0;
    lat += p[1] ?? 0;
  }
  return [lng / Math.max(1, open.length), lat / Math.max(1, open.length)];
}


/** Equirectangular distance in metres between two points; within 0.1 % over 10 km. */
export function distanceM(a: LngLat, b: LngLat): number {
  const dx = (a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)) * M_PER_DEG;
  return Math.hypot(dx, (a[1] - b[1]) * M_PER_DEG);
}
