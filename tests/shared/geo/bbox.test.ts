import { describe, expect, it } from 'vitest';
import { bboxesIntersect, geometryBBox, parseBBox, tileBBox, tileToLat, tileToLng, unionBBox } from '../../../shared/geo/bbox';

describe('geometryBBox', () => {
  it('spans every ring of a multipolygon, holes included', () => {
    expect(
      geometryBBox({
        type: 'MultiPolygon',
        coordinates: [
          [[[1, 1], [2, 1], [2, 3], [1, 1]]],
          [[[-4, 0], [0, 0], [0, 5], [-4, 0]], [[-3, 1], [-2, 1], [-2, 2], [-3, 1]]],
        ],
      }),
    ).toEqual([-4, 0, 2, 5]);
  });

  it('is the point itself for a point', () => {
    expect(geometryBBox({ type: 'Point', coordinates: [120.33, 36.08] })).toEqual([120.33, 36.08, 120.33, 36.08]);
  });

  it('refuses a geometry with no positions and says why', () => {
    expect(() => geometryBBox({ type: 'LineString', coordinates: [] })).toThrow(/no coordinates/);
  });
});

describe('box arithmetic', () => {
  it('unions and intersects, edges touching counting as meeting', () => {
    expect(unionBBox([0, 0, 1, 1], [2, -1, 3, 0.5])).toEqual([0, -1, 3, 1]);
    expect(bboxesIntersect([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(bboxesIntersect([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(false);
  });
});

describe('parseBBox', () => {
  it('reads minLng,minLat,maxLng,maxLat', () => {
    expect(parseBBox('120.32,36.07,120.34,36.09')).toEqual([120.32, 36.07, 120.34, 36.09]);
  });
  it.each([
    ['1,2,3', /four comma-separated/],
    ['a,2,3,4', /not a number/],
    ['1,,3,4', /not a number/],
    ['36.07,120.32,36.09,120.34', /outside the world/],
    ['3,2,1,4', /minimum is greater/],
  ])('explains what is wrong with %s', (text, message) => {
    const result = parseBBox(text);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('tile maths (Web Mercator XYZ)', () => {
  it('maps tile edges to the world edges at zoom 0', () => {
    expect(tileToLng(0, 0)).toBe(-180);
    expect(tileToLng(1, 0)).toBe(180);
    expect(tileToLat(0, 0)).toBeCloseTo(85.0511, 4);
  });

  it('puts Jimo Road (120.33E 36.08N) in z16 tile 54673/25717', () => {
    // x = floor((120.33 + 180) / 360 * 2^16) = 54673; y = floor((1 - asinh(tan(lat)) / π) / 2 · 2^16) = 25717.
    const [w, s, e, n] = tileBBox(16, 54673, 25717);
    expect(w).toBeLessThanOrEqual(120.33);
    expect(e).toBeGreaterThan(120.33);
    expect(s).toBeLessThanOrEqual(36.08);
    expect(n).toBeGreaterThan(36.08);
  });

  it('grows the box by the buffer fraction on each side', () => {
    const plain = tileBBox(10, 500, 300);
    const buffered = tileBBox(10, 500, 300, 0.5);
    const width = plain[2] - plain[0];
    expect(buffered[0]).toBeCloseTo(plain[0] - width / 2, 9);
    expect(buffered[2]).toBeCloseTo(plain[2] + width / 2, 9);
    expect(buffered[1]).toBeLessThan(plain[1]);
    expect(buffered[3]).toBeGreaterThan(plain[3]);
  });
});
