/**
 * Grid polygons from building cells (cells.ts, noded by noding.ts): a grid is the union of
 * the cells it owns. A building's cell goes wherever the building goes; a cell left with an
 * owner that no longer exists (its grid was dissolved) joins the neighbouring grid it shares
 * the longest edge with, so the grids keep tiling their community. Only grids whose cells
 * change are recomputed.
 */
import type { AreaGeometry } from '../model';
import { unionNoded } from './union';

/** A grid: an existing branch id or a new branch's key. */
export type Owner = number | string;

export interface OwnedCell {
  id: number;
  buildingId: number | null;
  owner: Owner;
  polygon: AreaGeometry;
}

function rings(g: AreaGeometry): number[][][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Undirected edges of a cell with their lengths (in degrees; only compared with each other). */
function edges(cell: OwnedCell): Map<string, number> {
  const out = new Map<string, number>();
  for (const ring of rings(cell.polygon)) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = `${ring[i]?.[0]},${ring[i]?.[1]}`;
      const b = `${ring[i + 1]?.[0]},${ring[i + 1]?.[1]}`;
      if (a === b) continue;
      const len = Math.hypot((ring[i + 1]?.[0] ?? 0) - (ring[i]?.[0] ?? 0), (ring[i + 1]?.[1] ?? 0) - (ring[i]?.[1] ?? 0));
      out.set(a < b ? `${a}|${b}` : `${b}|${a}`, len);
    }
  }
  return out;
}

/**
 * The owner of every cell after buildings move (`buildingOwner` gives a moved building's new
 * grid; unmoved buildings and building-less cells keep theirs) and `gone` grids disappear.
 * Returns the cells whose owner changed and the grids whose cells changed; cells that touch
 * no surviving grid at all are returned as `stranded`.
 */
export function reassignCells(cells: readonly OwnedCell[], buildingOwner: ReadonlyMap<number, Owner>, gone: ReadonlySet<Owner>): { owners: Map<number, Owner>; changed: Set<Owner>; stranded: number[] } {
  const owner = new Map<number, Owner>(cells.map((c) => [c.id, c.buildingId !== null && buildingOwner.has(c.buildingId) ? (buildingOwner.get(c.buildingId) as Owner) : c.owner]));
  const orphans = cells.filter((c) => gone.has(owner.get(c.id) as Owner));
  if (orphans.length > 0) {
    const byEdge = new Map<string, number[]>();
    const cellEdges = new Map<number, Map<string, number>>();
    for (const c of cells) {
      const e = edges(c);
      cellEdges.set(c.id, e);
      for (const k of e.keys()) byEdge.set(k, [...(byEdge.get(k) ?? []), c.id]);
    }
    let pending = orphans.map((c) => c.id);
    // Each round settles the orphans that touch a surviving grid; the next round can then
    // settle orphans that only touched those.
    while (pending.length > 0) {
      const settled = new Map<number, Owner>();
      for (const id of pending) {
        const shared = new Map<Owner, number>();
        for (const [k, len] of cellEdges.get(id) ?? []) {
          for (const other of byEdge.get(k) ?? []) {
            const o = owner.get(other) as Owner;
            if (other !== id && !gone.has(o)) shared.set(o, (shared.get(o) ?? 0) + len);
          }
        }
        const best = [...shared].sort((x, y) => y[1] - x[1] || String(x[0]).localeCompare(String(y[0])))[0];
        if (best) settled.set(id, best[0]);
      }
      if (settled.size === 0) break;
      for (const [id, o] of settled) owner.set(id, o);
      pending = pending.filter((id) => !settled.has(id));
    }
  }
  const owners = new Map<number, Owner>();
  const changed = new Set<Owner>();
  for (const c of cells) {
    const o = owner.get(c.id) as Owner;
    if (o === c.owner) continue;
    owners.set(c.id, o);
    changed.add(c.owner);
    changed.add(o);
  }
  for (const g of gone) changed.delete(g);
  return { owners, changed, stranded: cells.filter((c) => gone.has(owner.get(c.id) as Owner)).map((c) => c.id) };
}

/** The polygon of each grid in `grids`: the exact union of the cells it owns (null if none). */
export function gridPolygons(cells: readonly OwnedCell[], grids: ReadonlySet<Owner>): Map<Owner, AreaGeometry | null> {
  const parts = new Map<Owner, AreaGeometry[]>([...grids].map((g) => [g, []]));
  for (const c of cells) parts.get(c.owner)?.push(c.polygon);
  return new Map([...parts].map(([g, polys]) => [g, unionNoded(polys)]));
}
