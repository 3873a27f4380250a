import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { insideConvex, projection, rectangle, ringArea, subQuad, toPolygon, type Quad, type XY } from '../../../server/seed/geo';

const proj = projection([120.33, 36.08]);

describe('geo', () => {
  it('makes closed counter-clockwise polygons whatever the input order, with areas turf agrees with', () => {
    const square: XY[] = [[0, 0], [0, 100], [100, 100], [100, 0]];
    const p = toPolygon(square, proj);
    const ring = p.coordinates[0] ?? [];
    expect(ring[0]).toEqual(ring[4]);
    expect(turf.booleanClockwise(ring)).toBe(false);
    expect(Math.abs(turf.area(p) - 10_000)).toBeLessThan(5);
  });

  it('nests sub-quads of a bilinear patch inside their quad', () => {
    const q: Quad = [[0, 0], [120, 10], [110, 100], [-5, 90]];
    const inner = subQuad(q, 0.1, 0.4, 0.2, 0.9);
    for (const p of inner) expect(insideConvex(p, q, 1)).toBe(true);
    expect(ringArea(inner)).toBeLessThan(ringArea(q));
    expect(insideConvex([200, 50], q)).toBe(false);
  });

  it('builds rectangles of the asked length and depth', () => {
    const r = rectangle([10, 10], 0.4, 40, 12);
    expect(ringArea(r)).toBeCloseTo(480, 6);
    expect(Math.hypot((r[1] as XY)[0] - (r[0] as XY)[0], (r[1] as XY)[1] - (r[0] as XY)[1])).toBeCloseTo(40, 6);
  });
});
