import { describe, expect, it } from 'vitest';
import { areasOnly } from '../../../client/src/api/load';

describe('areasOnly', () => {
  it('keeps polygons and multipolygons and drops everything else', () => {
    const polygon = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const result = areasOnly({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: polygon, properties: { id: 1 } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 2 } },
        { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [polygon.coordinates] }, properties: { id: 3 } },
      ],
    });
    expect(result.features.map((f) => f.properties.id)).toEqual([1, 3]);
  });
});
