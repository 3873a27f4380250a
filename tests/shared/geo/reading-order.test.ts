import { describe, expect, it } from 'vitest';
import { readingOrderOfPoints } from '../../../shared/geo/reading-order';

describe('readingOrderOfPoints', () => {
  it('reads rows north to south and west to east within a row', () => {
    // Two rows ~550 m apart (0.005° of latitude); the first row's points differ by 0.0003°
    // (~33 m) in latitude, less than a 120 m band, so they read as one row.
    const points: [number, number][] = [
      [120.332, 36.0800], // 0: south row, east
      [120.330, 36.0850], // 1: north row, west
      [120.334, 36.0853], // 2: north row, east (a little further north)
      [120.331, 36.0801], // 3: south row, west
    ];
    expect(readingOrderOfPoints(points)).toEqual([1, 2, 3, 0]);
  });

  it('splits rows by the band height', () => {
    const points: [number, number][] = [[120.34, 36.09], [120.33, 36.0895]];
    // 0.0005° ≈ 56 m: one row under a 120 m band (west first), two rows under a 30 m band.
    expect(readingOrderOfPoints(points, 120)).toEqual([1, 0]);
    expect(readingOrderOfPoints(points, 30)).toEqual([0, 1]);
  });
});
