import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { readingOrder, ROW_BAND_METRES } from '../../../server/seed/ordering';

/** A small square centred at `[lng, lat]`. */
const square = (lng: number, lat: number): Polygon => {
  const d = 0.0002;
  return { type: 'Polygon', coordinates: [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]] };
};

describe('readingOrder', () => {
  it('reads rows from the north, west to east within a row', () => {
    const rowDegrees = ROW_BAND_METRES / 111_195;
    const north = 36.1;
    const polygons = [
      square(120.31, north - 1.5 * rowDegrees),
      square(120.33, north - 0.5 * rowDegrees),
      square(120.3, north - 1.2 * rowDegrees),
      square(120.32, north - 0.3 * rowDegrees),
    ];
    expect(readingOrder(polygons, north)).toEqual([3, 1, 2, 0]);
  });
});
