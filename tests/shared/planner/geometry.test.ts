/**
 * The cell partition and grid polygons derived from it: cells tile their grid with no gap and
 * no overlap, their areas sum to the community's, a grid's union gives back its polygon, and
 * after repainting the grids still tile the community (the topology check finds nothing).
 */
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkGridTopology } from '../../../shared/geo/topology';
import type { AreaGeometry } from '../../../shared/model';
import { cellsOfGrid, type CellSite } from '../../../shared/planner/cells';
import { gridPolygons, reassignCells, type OwnedCell } from '../../../shared/planner/grid-geometry';
import { nodeGeometries } from '../../../shared/planner/noding';
import { unionNoded } from '../../../shared/planner/union';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const area = (g: AreaGeometry | null): number => (g ? turf.area(g) : 0);
const overlap = (a: AreaGeometry, b: AreaGeometry): number => area(turf.intersect(turf.featureCollection([turf.feature(a), turf.feature(b)]))?.geometry ?? null);
const difference = (a: AreaGeometry, b: AreaGeometry): number => area(turf.difference(turf.featureCollection([turf.feature(a), turf.feature(b)]))?.geometry ?? null);

// A community 600 m × 450 m split along a bent line into a west grid (1) and an east grid (2),
// the two sharing the vertices of that line exactly, as the demo generator's grids do.
const community = rect(120.3, 36.08, 120.3066, 36.084);
const west: Polygon = { type: 'Polygon', coordinates: [[[120.3, 36.08], [120.3031, 36.08], [120.3036, 36.082], [120.3029, 36.084], [120.3, 36.084], [120.3, 36.08]]] };
const east: Polygon = { type: 'Polygon', coordinates: [[[120.3031, 36.08], [120.3066, 36.08], [120.3066, 36.084], [120.3029, 36.084], [120.3036, 36.082], [120.3031, 36.08]]] };

/** Deterministic points inside a grid: a jittered lattice filtered by point-in-polygon. */
function sites(grid: Polygon, firstId: number): CellSite[] {
  const [w, s, e, n] = turf.bbox(grid);
  const out: CellSite[] = [];
  let seed = firstId * 7919;
  const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 4; j++) {
      const at: [number, number] = [w + ((i + 0.2 + 0.6 * rand()) / 5) * (e - w), s + ((j + 0.2 + 0.6 * rand()) / 4) * (n - s)];
      if (turf.booleanPointInPolygon(at, grid)) out.push({ buildingId: firstId + out.length, at });
    }
  }
  return out;
}

function partition(): OwnedCell[] {
  const raw = [
    ...cellsOfGrid(west, sites(west, 100)).cells.map((c) => ({ ...c, owner: 1 })),
    ...cellsOfGrid(east, sites(east, 200)).cells.map((c) => ({ ...c, owner: 2 })),
  ];
  const noded = nodeGeometries(raw.map((c) => c.polygon));
  return raw.map((c, k) => ({ id: k + 1, buildingId: c.buildingId, owner: c.owner, polygon: noded[k] as AreaGeometry }));
}

describe('the cell partition', () => {
  const cells = partition();

  it('gives every building a cell', () => {
    expect(cells.length).toBe(sites(west, 100).length + sites(east, 200).length);
    expect(cells.every((c) => c.buildingId !== null && c.polygon !== null)).toBe(true);
  });

  it('has no overlap between cells and no gap in the community, and areas sum to the community\'s', () => {
    const sum = cells.reduce((s, c) => s + area(c.polygon), 0);
    expect(Math.abs(sum - area(community))).toBeLessThan(0.01);
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) expect(overlap((cells[i] as OwnedCell).polygon, (cells[j] as OwnedCell).polygon)).toBeLessThan(0.01);
    }
    const all = unionNoded(cells.map((c) => c.polygon)) as AreaGeometry;
    expect(all.type).toBe('Polygon');
    expect(difference(community, all)).toBeLessThan(0.01);
    expect(difference(all, community)).toBeLessThan(0.01);
  });

  it('gives back each grid\'s polygon as the union of its cells', () => {
    const polys = gridPolygons(cells, new Set([1, 2]));
    for (const [id, grid] of [[1, west], [2, east]] as const) {
      const u = polys.get(id) as AreaGeometry;
      // Noding moves vertices by at most 1e-8° (about 1 mm): well under 0.1 m² over the whole grid.
      expect(difference(grid, u) + difference(u, grid)).toBeLessThan(0.1);
    }
  });

  it('keeps the grids tiling the community after buildings are repainted', () => {
    // The three west cells nearest the shared line go east.
    const moved = [...cells].filter((c) => c.owner === 1).sort((a, b) => turf.centroid(b.polygon).geometry.coordinates[0]! - turf.centroid(a.polygon).geometry.coordinates[0]!).slice(0, 3);
    const { owners, changed } = reassignCells(cells, new Map(moved.map((c) => [c.buildingId as number, 2])), new Set());
    expect([...changed].sort()).toEqual([1, 2]);
    const after = cells.map((c) => ({ ...c, owner: owners.get(c.id) ?? c.owner }));
    const polys = gridPolygons(after, changed);
    const grids = [1, 2].map((id) => ({ id, communityId: 1, polygon: polys.get(id) as AreaGeometry }));
    expect(checkGridTopology({ communities: [{ id: 1, boundary: community }], grids }, 0.01)).toEqual([]);
    expect(area(grids[1]!.polygon)).toBeGreaterThan(area(east));
  });

  it('hands a dissolved grid\'s leftover cells to the neighbour sharing the longest edge', () => {
    // Grid 3 = one building-less cell in the middle of the east grid's south edge.
    const base: OwnedCell[] = [
      { id: 1, buildingId: 1, owner: 1, polygon: rect(0, 0, 1, 2) },
      { id: 2, buildingId: null, owner: 3, polygon: rect(1, 0, 2, 1) },
      { id: 3, buildingId: 2, owner: 2, polygon: rect(1, 1, 3, 2) },
      { id: 4, buildingId: 3, owner: 2, polygon: rect(2, 0, 3, 1) },
    ];
    const noded = nodeGeometries(base.map((c) => c.polygon));
    const cells4 = base.map((c, k) => ({ ...c, polygon: noded[k] as AreaGeometry }));
    const { owners, changed, stranded } = reassignCells(cells4, new Map(), new Set([3]));
    // Cell 2 shares 1 with grid 1 (west edge) and 1 + 1 with grid 2 (north and east edges).
    expect(Object.fromEntries(owners)).toEqual({ 2: 2 });
    expect([...changed]).toEqual([2]);
    expect(stranded).toEqual([]);
  });
});

describe('exact union', () => {
  const squares = (cells: [number, number][]) => nodeGeometries(cells.map(([x, y]) => rect(x, y, x + 1, y + 1))) as AreaGeometry[];

  it('merges squares sharing edges into one ring', () => {
    const u = unionNoded(squares([[0, 0], [1, 0], [0, 1], [1, 1]])) as Polygon;
    expect(u.type).toBe('Polygon');
    expect(u.coordinates).toHaveLength(1);
    expect(turf.area(u)).toBeCloseTo(turf.area(rect(0, 0, 2, 2)), 3);
  });

  it('keeps a hole and splits parts that touch only at a corner', () => {
    const ring = unionNoded(squares([[0, 0], [1, 0], [2, 0], [0, 1], [2, 1], [0, 2], [1, 2], [2, 2]])) as Polygon;
    expect(ring.type).toBe('Polygon');
    expect(ring.coordinates).toHaveLength(2);
    const corner = unionNoded(squares([[0, 0], [1, 1]]));
    expect(corner?.type).toBe('MultiPolygon');
  });

  it('needs noding where one cell\'s corner lies on another\'s edge (a T-junction)', () => {
    const parts = [rect(0, 0, 2, 1), rect(0, 1, 1, 2), rect(1, 1, 2, 2)];
    expect((unionNoded(parts) as Polygon).coordinates.length).toBeGreaterThan(1);
    const noded = unionNoded(nodeGeometries(parts) as AreaGeometry[]) as Polygon;
    expect(noded.coordinates).toHaveLength(1);
    expect(turf.area(noded)).toBeCloseTo(turf.area(rect(0, 0, 2, 2)), 3);
  });
});
