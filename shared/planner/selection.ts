/**
 * Selecting buildings to paint: by id (click, shift-click), by box and by lasso, each by the
 * building's representative point. By default a neighbourhood's buildings are painted
 * together (a stroke that touches one building of a 小区 takes them all); `single` paints
 * exactly what was picked. Positions are `[lng, lat]` degrees.
 */
import type { BBox } from '../model';
import { pointInRing } from './points';
import type { PreparedBase } from './prepare';

export type PaintMode = 'neighbourhood' | 'single';

/** `ids` widened to whole neighbourhoods (in `neighbourhood` mode), unknown ids dropped, sorted. */
export function expandSelection(p: PreparedBase, ids: readonly number[], mode: PaintMode = 'neighbourhood'): number[] {
  const out = new Set<number>();
  for (const id of ids) {
    const b = p.buildings.get(id);
    if (!b) continue;
    out.add(id);
    if (mode === 'neighbourhood' && b.neighbourhoodId !== null) for (const other of p.buildingsByNeighbourhood.get(b.neighbourhoodId) ?? []) out.add(other);
  }
  return [...out].sort((a, b) => a - b);
}

/** Buildings whose point lies in `box` (`[minLng, minLat, maxLng, maxLat]`, edges included). */
export function buildingsInBox(p: PreparedBase, box: BBox): number[] {
  return p.base.buildings.filter((b) => b.at[0] >= box[0] && b.at[0] <= box[2] && b.at[1] >= box[1] && b.at[1] <= box[3]).map((b) => b.id);
}

/** Buildings whose point lies inside the lasso `ring` (`[lng, lat]` positions, closed or not). */
export function buildingsInLasso(p: PreparedBase, ring: readonly (readonly [number, number])[]): number[] {
  if (ring.length < 3) return [];
  let box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of ring) box = [Math.min(box[0], lng), Math.min(box[1], lat), Math.max(box[2], lng), Math.max(box[3], lat)];
  return buildingsInBox(p, box).filter((id) => pointInRing((p.buildings.get(id) as { at: [number, number] }).at, ring));
}
