/**
 * The geometry an analysed plan produces: for each community it touches, which cells change
 * grid, the new polygons of the grids whose cells changed (others are not recomputed) and the
 * codes of new grids. Used both to preview a plan and, inside the apply's transaction, to
 * write it.
 */
import type { AreaGeometry } from '../../shared/model';
import { allocateCodes, type NewGrid } from '../../shared/planner/codes';
import type { PlanAnalysis } from '../../shared/planner/evaluate';
import { gridPolygons, reassignCells, type Owner, type OwnedCell } from '../../shared/planner/grid-geometry';
import { targetLabel } from '../../shared/planner/labels';
import { ringMean } from '../../shared/planner/points';
import type { PreparedBase } from '../../shared/planner/prepare';
import type { PlanWarning } from '../../shared/planner/types';
import type { CellRepository } from './cells-repository';

export interface PlannedGeometry {
  /** New polygon of every grid whose cells changed, and of every new grid. */
  polygons: Map<Owner, AreaGeometry>;
  /** Cells that change grid. */
  cellOwners: Map<number, Owner>;
  /** Codes of the new grids, by key. */
  codes: Map<string, string>;
  /** Reasons the geometry cannot be built (the plan is then refused). */
  problems: string[];
  warnings: PlanWarning[];
}

/** Representative point of an area: mean of its largest part's outer ring, `[lng, lat]`. */
function representative(g: AreaGeometry): [number, number] {
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  return ringMean(ring ?? []);
}

/** Works out the geometry of `a` against `p` (see the file comment). May build missing cells. */
export function planGeometry(p: PreparedBase, a: PlanAnalysis, cells: CellRepository): PlannedGeometry {
  const out: PlannedGeometry = { polygons: new Map(), cellOwners: new Map(), codes: new Map(), problems: [], warnings: [] };
  const communities = new Set<number>();
  for (const m of a.structure.moves) {
    const c = p.buildings.get(m.buildingId)?.communityId;
    if (c != null) communities.add(c);
  }
  for (const id of a.structure.dissolved.keys()) communities.add(p.branches.get(id)?.communityId ?? 0);
  for (const c of a.folded.created.values()) communities.add(c.communityId);
  const current = new Set(p.branches.keys());

  for (const communityId of [...communities].sort((x, y) => x - y)) {
    const community = p.communities.get(communityId);
    if (!community) continue;
    const own = cells.ensure(communityId, (p.buildingsByCommunity.get(communityId) ?? []).map((id) => p.buildings.get(id)).filter((b) => b !== undefined), current);
    const owners = new Map<number, Owner>();
    for (const m of a.structure.moves) if (m.to !== null) owners.set(m.buildingId, m.to);
    const gone = new Set<Owner>([...a.structure.dissolved.keys()].filter((id) => p.branches.get(id)?.communityId === communityId));
    const moved = reassignCells(own, owners, gone);
    if (moved.stranded.length > 0) out.problems.push(`Community ${community.name}: ${moved.stranded.length} cell(s) of a dissolved grid touch no other grid.`);
    const created = [...a.folded.created.values()].filter((c) => c.communityId === communityId).map((c) => c.key);
    const after: OwnedCell[] = own.map((c) => ({ ...c, owner: moved.owners.get(c.id) ?? c.owner }));
    const polygons = gridPolygons(after, new Set([...moved.changed, ...created]));
    for (const [owner, polygon] of polygons) {
      if (!polygon) {
        out.problems.push(`Grid ${String(owner)} in community ${community.name} would have no land: none of its buildings has a cell.`);
        continue;
      }
      out.polygons.set(owner, polygon);
      if (polygon.type === 'MultiPolygon') {
        out.warnings.push({
          code: 'grid_in_parts', message: `Grid ${String(owner)} would be in ${polygon.coordinates.length} separate parts.`,
          params: { branch: targetLabel(p, a.folded.created, owner), count: polygon.coordinates.length }, record: typeof owner === 'number' ? `branch ${owner}` : `new branch ${owner}`,
        });
      }
    }
    for (const [id, o] of moved.owners) out.cellOwners.set(id, o);
    const fresh: NewGrid<string>[] = created.flatMap((key) => {
      const polygon = out.polygons.get(key);
      return polygon ? [{ key, at: representative(polygon) }] : [];
    });
    const taken = [...current].filter((id) => p.branches.get(id)?.communityId === communityId && !gone.has(id)).map((id) => p.branches.get(id)?.code ?? '');
    try {
      for (const [key, code] of allocateCodes(community.code, taken, fresh, community.northLat)) out.codes.set(key, code);
    } catch (err) {
      out.problems.push((err as Error).message);
    }
  }
  return out;
}
