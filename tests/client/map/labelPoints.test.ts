import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, labelPoints, largestPart } from '../../../client/src/map/labelPoints';

const square = (x: number, y: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('labelPoint', () => {
  it('puts a square label at its centre, [lng, lat]', () => {
    const [lng, lat] = labelPoint(square(120, 36, 0.01));
    expect(lng).toBeCloseTo(120.005, 6);
    expect(lat).toBeCloseTo(36.005, 6);
  });

  it('keeps the label inside an L-shaped grid whose centre of mass falls outside', () => {
    // An L: the centre of mass of the two arms lies in the notch.
    const ell: Polygon = {
      type: 'Polygon',
      coordinates: [[[0, 0], [10, 0], [10, 1], [1, 1], [1, 10], [0, 10], [0, 0]]].map((ring) => ring.map(([x, y]) => [120 + (x ?? 0) / 1000, 36 + (y ?? 0) / 1000])),
    };
    const point = labelPoint(ell);
    expect(booleanPointInPolygon(point, ell)).toBe(true);
  });

  it('labels a multipolygon on its largest part', () => {
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(120, 36, 0.001).coordinates, square(120.1, 36, 0.01).coordinates],
    };
    expect(largestPart(multi).coordinates).toEqual(square(120.1, 36, 0.01).coordinates);
    expect(labelPoint(multi)[0]).toBeGreaterThan(120.1);
  });
});

describe('labelPoints', () => {
  it('gives one point per polygon and keeps its properties', () => {
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(120, 36, 0.01), properties: { id: 1, name: '甲' } },
        { type: 'Feature', geometry: square(120.02, 36, 0.01), properties: { id: 2, name: '乙' } },
      ],
    });
    expect(points.features.map((f) => [f.geometry.type, f.properties.name])).toEqual([['Point', '甲'], ['Point', '乙']]);
  });
});
