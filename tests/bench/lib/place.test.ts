import { describe, expect, it } from 'vitest';
import { tileBBox } from '../../../shared/geo/bbox';
import { boxAround, middleOfData, tileAt } from '../../../bench/lib/place';
import { demoDatabase } from '../demo-db';

describe('where the benchmarks look', () => {
  it('finds the tile holding a point, inside that tile’s box', () => {
    expect(tileAt([0.1, -0.1], 1)).toEqual({ z: 1, x: 1, y: 1 });
    const point: [number, number] = [120.3318, 36.0783];
    const { z, x, y } = tileAt(point, 16);
    const [w, s, e, n] = tileBBox(z, x, y);
    expect(point[0]).toBeGreaterThanOrEqual(w);
    expect(point[0]).toBeLessThan(e);
    expect(point[1]).toBeGreaterThan(s);
    expect(point[1]).toBeLessThanOrEqual(n);
  });

  it('makes a box the given number of metres a side', () => {
    const [w, s, e, n] = boxAround([120.33, 36.08], 500);
    const mPerDeg = (Math.PI / 180) * 6_371_008.8;
    expect((n - s) * mPerDeg).toBeCloseTo(500, 6);
    expect((e - w) * mPerDeg * Math.cos((36.08 * Math.PI) / 180)).toBeCloseTo(500, 6);
  });

  it('picks a current building near the middle of the data, with its grid', () => {
    const db = demoDatabase();
    const middle = middleOfData(db);
    const extent = db.prepare('SELECT min(min_lng) AS w, min(min_lat) AS s, max(max_lng) AS e, max(max_lat) AS n FROM building').get() as Record<string, number>;
    const span = (extent.e as number) - (extent.w as number);
    expect(Math.abs(middle.centre[0] - ((extent.w as number) + (extent.e as number)) / 2)).toBeLessThan(span / 10);
    expect(middle.branchId).not.toBeNull();
  });
});
