/**
 * The stored cell partition of each community (shared/planner/cells.ts), built from the
 * current grid polygons the first time a plan needs it and rebuilt when the community's
 * buildings changed since (one rose or fell) or a cell's grid is no longer current.
 *
 * A building's site goes to the grid whose polygon holds its point (else to its own grid),
 * so the union of each grid's cells is the polygon the grid already had.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AreaGeometry } from '../../shared/model';
import { cellsOfGrid, type CellSite } from '../../shared/planner/cells';
import type { OwnedCell } from '../../shared/planner/grid-geometry';
import { nodeGeometries } from '../../shared/planner/noding';
import type { BaseBuilding } from '../../shared/planner/types';
import { pointInArea } from './base-repository';

export function cellRepository(db: Database) {
  const q = {
    cells: db.prepare('SELECT id, building_id AS buildingId, branch_id AS owner, polygon FROM planner_cell WHERE community_id = ? ORDER BY id'),
    build: db.prepare('SELECT building_key FROM planner_cell_build WHERE community_id = ?').pluck(),
    grids: db.prepare('SELECT id, polygon FROM grid_branch WHERE community_id = ? AND valid_to IS NULL ORDER BY id'),
    clear: db.prepare('DELETE FROM planner_cell WHERE community_id = ?'),
    insert: db.prepare('INSERT INTO planner_cell (community_id, building_id, branch_id, polygon) VALUES (?, ?, ?, ?)'),
    built: db.prepare(`INSERT INTO planner_cell_build (community_id, building_key, built_at) VALUES (?, ?, ?)
      ON CONFLICT (community_id) DO UPDATE SET building_key = excluded.building_key, built_at = excluded.built_at`),
    setOwner: db.prepare('UPDATE planner_cell SET branch_id = ? WHERE id = ?'),
  };

  const read = (communityId: number): OwnedCell[] =>
    (q.cells.all(communityId) as { id: number; buildingId: number | null; owner: number; polygon: string }[]).map((c) => ({ ...c, polygon: JSON.parse(c.polygon) as AreaGeometry }));

  /** Partitions a community afresh from its current grids (see the file comment). */
  const rebuild = (communityId: number, buildings: readonly BaseBuilding[], key: string): void => {
    const grids = (q.grids.all(communityId) as { id: number; polygon: string }[]).map((g) => ({ id: g.id, polygon: JSON.parse(g.polygon) as AreaGeometry }));
    const sites = new Map<number, CellSite[]>(grids.map((g) => [g.id, []]));
    for (const b of buildings) {
      const holder = grids.find((g) => pointInArea(b.at, g.polygon))?.id ?? b.branchId;
      if (holder !== null) sites.get(holder)?.push({ buildingId: b.id, at: b.at });
    }
    const raw = grids.flatMap((g) => cellsOfGrid(g.polygon, sites.get(g.id) ?? []).cells.map((c) => ({ ...c, owner: g.id })));
    const noded = nodeGeometries(raw.map((c) => c.polygon));
    q.clear.run(communityId);
    raw.forEach((c, k) => {
      const polygon = noded[k];
      if (polygon) q.insert.run(communityId, c.buildingId, c.owner, JSON.stringify(polygon));
    });
    q.built.run(communityId, key, new Date().toISOString());
  };

  return {
    /**
     * The community's cells, partitioning it first when needed. `buildings` are the
     * community's current buildings; `current` the ids of current branches.
     */
    ensure(communityId: number, buildings: readonly BaseBuilding[], current: ReadonlySet<number>): OwnedCell[] {
      return db.transaction(() => {
        const key = createHash('sha1').update(buildings.map((b) => b.id).sort((a, b) => a - b).join(',')).digest('hex');
        let cells = read(communityId);
        if (q.build.get(communityId) !== key || cells.some((c) => typeof c.owner === 'number' && !current.has(c.owner))) {
          rebuild(communityId, buildings, key);
          cells = read(communityId);
        }
        return cells;
      })();
    },
    /** Gives a cell to another grid (inside the apply's transaction). */
    setOwner(cellId: number, branchId: number): void {
      q.setOwner.run(branchId, cellId);
    },
  };
}

export type CellRepository = ReturnType<typeof cellRepository>;
