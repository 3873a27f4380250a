import { describe, expect, it } from 'vitest';
import { checkGridTopology } from '../../../shared/geo/topology';
import type { AreaGeometry } from '../../../shared/model';
import { topologyMemo, type CommunityGeometryText } from '../../../server/services/topology-memo';

const square = (x0: number, y0: number, x1: number, y1: number): AreaGeometry => ({
  type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});

/** A community split into two grids, the second overlapping the first by `overlap` degrees. */
function community(overlap: number): CommunityGeometryText {
  return {
    id: 1,
    boundary: JSON.stringify(square(120, 36, 120.002, 36.001)),
    grids: [
      { id: 12, polygon: JSON.stringify(square(120.001 - overlap, 36, 120.002, 36.001)) },
      { id: 11, polygon: JSON.stringify(square(120, 36, 120.001, 36.001)) },
    ],
  };
}

describe('topology memo', () => {
  it('gives the overlay check\'s findings and runs it once per stored geometry, whatever the grid order', () => {
    const memo = topologyMemo(1);
    const c = community(0.0002);
    const direct = checkGridTopology({
      communities: [{ id: 1, boundary: JSON.parse(c.boundary) as AreaGeometry }],
      grids: c.grids.map((g) => ({ id: g.id, communityId: 1, polygon: JSON.parse(g.polygon) as AreaGeometry })),
    }, 1);
    expect(direct.length).toBeGreaterThan(0);
    expect(memo.findings(c)).toEqual(direct);
    expect(memo.findings({ ...c, grids: [...c.grids].reverse() })).toEqual(direct);
    expect(memo.computed).toBe(1);
    // Geometry changed: checked again, and the clean tiling has no findings.
    expect(memo.findings(community(0))).toEqual([]);
    expect(memo.computed).toBe(2);
  });

  it('keeps nothing for a check asked not to remember, and forgets communities that are gone', () => {
    const memo = topologyMemo(1);
    memo.findings(community(0), false);
    memo.findings(community(0));
    expect(memo.computed).toBe(2);
    memo.findings(community(0));
    expect(memo.computed).toBe(2);
    memo.keepOnly(new Set([2]));
    memo.findings(community(0));
    expect(memo.computed).toBe(3);
  });
});
