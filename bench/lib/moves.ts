/**
 * The planner's edit the incremental engine is measured on: `n` buildings spread evenly
 * over the data, each moved to another grid of its own community (a neighbouring grid,
 * as a real boundary correction would), and the moves that put them back.
 */
import type { BuildingMove } from '../../shared/coverage/incremental';
import type { CoverageResult } from '../../shared/coverage/engine';
import type { CoverageInput } from '../../shared/coverage/types';

export interface MovePlan {
  forward: BuildingMove[];
  back: BuildingMove[];
  /** The input as it reads after the forward moves, for the full-recompute baseline. */
  movedInput: CoverageInput;
}

/** Plans `n` moves of assigned buildings; throws when the data has too few of them. */
export function planMoves(input: CoverageInput, n: number): MovePlan {
  const communityOf = new Map(input.branches.map((b) => [b.id, b.communityId]));
  const siblings = new Map<number, number[]>();
  for (const b of input.branches) {
    const list = siblings.get(b.communityId) ?? [];
    list.push(b.id);
    siblings.set(b.communityId, list);
  }
  const assigned = input.buildings.filter((b) => b.branchId !== null && communityOf.has(b.branchId));
  if (assigned.length < n) throw new Error(`Only ${assigned.length} assigned buildings; cannot plan ${n} moves.`);
  const step = Math.floor(assigned.length / n);
  const forward: BuildingMove[] = [];
  const back: BuildingMove[] = [];
  for (let i = 0; i < n; i++) {
    const building = assigned[i * step];
    const from = building?.branchId;
    if (!building || from == null) continue;
    const own = siblings.get(communityOf.get(from) ?? -1) ?? [];
    const others = own.length > 1 ? own : input.branches.map((b) => b.id);
    const to = others[(others.indexOf(from) + 1) % others.length] as number;
    forward.push({ buildingId: building.id, toBranchId: to });
    back.push({ buildingId: building.id, toBranchId: from });
  }
  const target = new Map(forward.map((m) => [m.buildingId, m.toBranchId]));
  const movedInput = {
    ...input,
    buildings: input.buildings.map((b) => (target.has(b.id) ? { ...b, branchId: target.get(b.id) ?? null } : b)),
  };
  return { forward, back, movedInput };
}

function canonical(map: Map<number, unknown>): string {
  return JSON.stringify([...map.entries()].sort((a, b) => a[0] - b[0]));
}

/**
 * The first part of two coverage results that differs ("branches", …), or null when
 * every unit's figures are the same.
 */
export function firstDifference(a: CoverageResult, b: CoverageResult): string | null {
  const parts = ['buildings', 'neighbourhoods', 'branches', 'communities', 'subdistricts'] as const;
  for (const part of parts) if (canonical(a[part]) !== canonical(b[part])) return part;
  if (JSON.stringify(a.unassigned) !== JSON.stringify(b.unassigned)) return 'unassigned';
  return null;
}
