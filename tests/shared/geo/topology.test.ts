import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { checkGridTopology } from '../../../shared/geo/topology';

// Rectangles in degrees near Jimo Road. At 36.08°N, 0.001° of longitude ≈ 90.0 m and 0.001°
// of latitude ≈ 111.0 m, so a 0.001° × 0.001° cell is about 10,000 m².
const rect = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});
const community = { id: 1, boundary: rect(120.33, 36.08, 120.332, 36.081) };

describe('checkGridTopology', () => {
  it('finds nothing when two grids tile the community exactly', () => {
    const grids = [
      { id: 1, communityId: 1, polygon: rect(120.33, 36.08, 120.331, 36.081) },
      { id: 2, communityId: 1, polygon: rect(120.331, 36.08, 120.332, 36.081) },
    ];
    expect(checkGridTopology({ communities: [community], grids }, 1)).toEqual([]);
  });

  it('reports an overlap, a gap and a grid outside the community, with areas in m²', () => {
    const grids = [
      // Grid 1 reaches 0.0002° into grid 2: an overlap strip of ~0.0002 × 0.001 ≈ 2,000 m².
      { id: 1, communityId: 1, polygon: rect(120.33, 36.08, 120.3312, 36.081) },
      // Grid 2 stops 0.0003° short of the east edge (a ~3,000 m² gap) and pokes 0.0001° south
      // of the community (~0.0007 × 0.0001 ≈ 800 m² outside, west of the gap).
      { id: 2, communityId: 1, polygon: rect(120.331, 36.0799, 120.3317, 36.081) },
    ];
    const found = checkGridTopology({ communities: [community], grids }, 1);
    const byRule = Object.fromEntries(found.map((v) => [v.rule, v]));
    expect(found.map((v) => v.rule).sort()).toEqual(['grid_gap', 'grid_outside_community', 'grid_overlap']);
    expect(byRule.grid_overlap).toMatchObject({ id: 1, otherId: 2 });
    expect(byRule.grid_overlap?.areaM2).toBeGreaterThan(1700);
    expect(byRule.grid_overlap?.areaM2).toBeLessThan(2300);
    expect(byRule.grid_gap).toMatchObject({ level: 'community', id: 1 });
    expect(byRule.grid_gap?.areaM2).toBeGreaterThan(2700);
    expect(byRule.grid_gap?.areaM2).toBeLessThan(3300);
    // The gap's marker point lies inside the gap strip (east of 120.3317).
    expect(byRule.grid_gap?.where?.[0]).toBeGreaterThan(120.3317);
    expect(byRule.grid_outside_community).toMatchObject({ id: 2, otherId: 1 });
    expect(byRule.grid_outside_community?.areaM2).toBeGreaterThan(600);
    expect(byRule.grid_outside_community?.areaM2).toBeLessThan(1000);
  });

  it('ignores slivers under the tolerance', () => {
    // A 1e-7° overlap strip is about 0.01 m × 111 m ≈ 1 m²: under a 5 m² tolerance.
    const grids = [
      { id: 1, communityId: 1, polygon: rect(120.33, 36.08, 120.3310001, 36.081) },
      { id: 2, communityId: 1, polygon: rect(120.331, 36.08, 120.332, 36.081) },
    ];
    expect(checkGridTopology({ communities: [community], grids }, 5)).toEqual([]);
    expect(checkGridTopology({ communities: [community], grids }, 0.1).map((v) => v.rule)).toEqual(['grid_overlap']);
  });
});
