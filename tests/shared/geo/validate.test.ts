import { describe, expect, it } from 'vitest';
import { polygonProblems } from '../../../shared/geo/validate';

const square = [[120.33, 36.08], [120.331, 36.08], [120.331, 36.081], [120.33, 36.081], [120.33, 36.08]];

describe('polygonProblems', () => {
  it('accepts a closed polygon and a multipolygon', () => {
    expect(polygonProblems({ type: 'Polygon', coordinates: [square] })).toEqual([]);
    expect(polygonProblems({ type: 'MultiPolygon', coordinates: [[square]] })).toEqual([]);
  });

  it.each([
    [{ type: 'Point', coordinates: [1, 2] }, 'type', /Polygon or MultiPolygon/],
    [{ type: 'Polygon', coordinates: [] }, 'coordinates', /non-empty/],
    [{ type: 'Polygon', coordinates: [square.slice(0, 4)] }, 'coordinates[0]', /not closed/],
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }, 'coordinates[0]', /at least 4 positions/],
    [{ type: 'Polygon', coordinates: [[[36.08, 120.33], [36.09, 120.33], [36.09, 120.34], [36.08, 120.33]]] }, 'coordinates[0][0]', /off the globe/],
    [{ type: 'Polygon', coordinates: [[[0, 0], ['a', 1], [1, 1], [0, 0]]] }, 'coordinates[0][1]', /not a \[lng, lat\]/],
    // A bow tie: the edges (0,0)→(1,1) and (1,0)→(0,1) cross at (0.5, 0.5).
    [{ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] }, 'coordinates', /crosses itself \(first at \[0\.500000, 0\.500000\]\)/],
  ])('reports %j at %s', (geometry, path, message) => {
    const problems = polygonProblems(geometry);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toMatch(message);
  });
});
