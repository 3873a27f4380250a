import { describe, expect, it } from 'vitest';
import { cellNeighbours, generateLattice, type Lattice } from '../../../server/seed/lattice';
import { cellOutline, cellsConnected } from '../../../server/seed/outline';
import { allocateGridCounts, groupIntoGrids, partitionCommunities, pickContiguousAreas } from '../../../server/seed/partition';
import { Random } from '../../../server/seed/random';

const lattice: Lattice = generateLattice(new Random(3), { cols: 14, rows: 12, targetArea: 2_300_000, rotation: 0.3, centre: [0, 0] });

describe('lattice', () => {
  it('covers the target area with convex cells', () => {
    const area = lattice.cells.reduce((s, c) => s + c.area, 0);
    expect(Math.abs(area - 2_300_000)).toBeLessThan(1);
    expect(lattice.cells.length).toBeLessThan(14 * 12);
  });
});

describe('partitions', () => {
  const communities = partitionCommunities(new Random(4), lattice, 9, 10);

  it('splits the lattice into 9 simple communities covering every cell once', () => {
    expect(communities).toHaveLength(9);
    const seen = communities.flat().map((c) => c.index);
    expect(new Set(seen).size).toBe(lattice.cells.length);
    expect(seen).toHaveLength(lattice.cells.length);
    for (const part of communities) expect(cellOutline(part)).not.toBeNull();
  });

  it('shares grids in proportion, within what each region can hold', () => {
    const counts = allocateGridCounts([20, 17, 3, 40], 40);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    [20, 17, 3, 40].forEach((n, k) => {
      expect(counts[k]).toBeGreaterThanOrEqual(Math.ceil(n / 3));
      expect(counts[k]).toBeLessThanOrEqual(n);
    });
  });

  it('groups a community into exactly the grids asked, each 1–3 connected cells', () => {
    const cells = communities[0] ?? [];
    for (const want of [Math.ceil(cells.length / 3) + 1, Math.round(cells.length / 2), cells.length - 1]) {
      const grids = groupIntoGrids(new Random(want), lattice, cells, want);
      expect(grids).toHaveLength(want);
      expect(grids.flat()).toHaveLength(cells.length);
      for (const g of grids) {
        expect(g.length).toBeGreaterThanOrEqual(1);
        expect(g.length).toBeLessThanOrEqual(3);
        expect(cellsConnected(g, (c) => cellNeighbours(lattice, c))).toBe(true);
      }
    }
  });

  it('picks contiguous areas of about the size asked', () => {
    const areas = pickContiguousAreas(new Random(8), lattice, 3, 40);
    expect(areas.size).toBeGreaterThanOrEqual(36);
    expect(areas.size).toBeLessThanOrEqual(42);
  });
});
