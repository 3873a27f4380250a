import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { isRfc7946Wound, rewindRfc7946, ringSignedArea2 } from '../../../shared/geo/winding';

// A unit square listed clockwise (as DataV exports are), with a clockwise-listed hole... that
// RFC 7946 wants the other way round.
const cwSquare = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
const ccwHole = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75], [0.25, 0.25]];

describe('ringSignedArea2', () => {
  it('is +2 for a counter-clockwise unit square and -2 clockwise', () => {
    expect(ringSignedArea2([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBe(2);
    expect(ringSignedArea2(cwSquare)).toBe(-2);
  });
});

describe('rewindRfc7946', () => {
  it('turns the outer ring counter-clockwise and holes clockwise', () => {
    const bad: Polygon = { type: 'Polygon', coordinates: [cwSquare, ccwHole] };
    expect(isRfc7946Wound(bad)).toBe(false);
    const good = rewindRfc7946(bad);
    expect(isRfc7946Wound(good)).toBe(true);
    expect(ringSignedArea2(good.coordinates[0] ?? [])).toBeGreaterThan(0);
    expect(ringSignedArea2(good.coordinates[1] ?? [])).toBeLessThan(0);
  });

  it('closes an open ring', () => {
    const open: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1]]] };
    const ring = rewindRfc7946(open).coordinates[0] ?? [];
    expect(ring).toHaveLength(4);
    expect(ring[3]).toEqual(ring[0]);
  });

  it('leaves a correct multipolygon as it was', () => {
    const mp = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] };
    expect(rewindRfc7946(mp)).toEqual(mp);
  });
});
