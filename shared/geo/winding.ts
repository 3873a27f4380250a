/**
 * RFC 7946 ring order: outer rings counter-clockwise, holes clockwise, every ring closed.
 *
 * Data from surveys and web maps often arrives clockwise (DataV/AMap exports are). Stored
 * geometry is normalised once on write so every layer and tile the server sends complies.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed area of a ring in degree², positive when counter-clockwise. */
export function ringSignedArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (!a || !b) continue;
    sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
  }
  return sum;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) return ring;
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

function orient(ring: Position[], counterClockwise: boolean): Position[] {
  const closed = closeRing(ring);
  const isCcw = ringSignedArea2(closed) > 0;
  return isCcw === counterClockwise ? closed : [...closed].reverse();
}

function rewindRings(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => orient(ring, i === 0));
}

/** A copy of `geometry` with closed rings, outer rings counter-clockwise and holes clockwise. */
export function rewindRfc7946<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindRings(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindRings) };
}

/** Whether every ring of `geometry` is closed and wound as RFC 7946 requires. */
export function isRfc7946Wound(geometry: Polygon | MultiPolygon): boolean {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.every((rings) =>
    rings.every((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      const closed = !!first && !!last && first[0] === last[0] && first[1] === last[1];
      return closed && ringSignedArea2(ring) > 0 === (i === 0);
    }),
  );
}
