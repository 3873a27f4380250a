/**
 * Incremental coverage after buildings move between grid branches (the planner's everyday
 * edit). A building's reach does not depend on its grid (assignments name buildings), so a
 * move only shifts the building's figures from one branch, community and sub-district to
 * another and may change which branch is a neighbourhood's home. Cost: O(moved buildings +
 * buildings of the neighbourhoods they belong to), not O(everything).
 */
import { addBuilding, branchShares, homeBranch, settle, type CoverageResult, type UnitCoverage } from './engine';
import type { BuildingReach } from './reach';

export interface BuildingMove {
  buildingId: number;
  /** The new grid branch; null unassigns the building. */
  toBranchId: number | null;
}

function chain(result: CoverageResult, branchId: number | null): UnitCoverage[] {
  const branch = branchId === null ? undefined : result.branches.get(branchId);
  if (!branch) return [];
  const community = branch.parentId === null ? undefined : result.communities.get(branch.parentId);
  const subdistrict = community ? result.subdistricts.get(community.parentId ?? 0) : undefined;
  return [branch, community, subdistrict].filter((u): u is UnitCoverage => u !== undefined);
}

function shiftGap(result: CoverageResult, fromBranch: number | null, toBranch: number | null): void {
  for (const u of chain(result, fromBranch)) u.gapNeighbourhoods -= 1;
  for (const u of chain(result, toBranch)) u.gapNeighbourhoods += 1;
}

/**
 * Applies `moves` to `result` in place and returns the ids of the branches whose figures
 * changed. Throws, changing nothing, if a building or branch is unknown.
 */
export function moveBuildings(result: CoverageResult, moves: BuildingMove[]): Set<number> {
  for (const m of moves) {
    if (!result.buildings.has(m.buildingId)) throw new Error(`Building ${m.buildingId} is not in the coverage model; reload it before moving it.`);
    if (m.toBranchId !== null && !result.branches.has(m.toBranchId)) throw new Error(`Grid branch ${m.toBranchId} does not exist; create it before moving buildings into it.`);
  }
  const touchedBranches = new Set<number>();
  const touchedNeighbourhoods = new Set<number>();
  const unassigned = new Set(result.unassigned);
  for (const { buildingId, toBranchId } of moves) {
    const b = result.buildings.get(buildingId) as BuildingReach;
    if (b.branchId === toBranchId) continue;
    for (const u of chain(result, b.branchId)) addBuilding(u, b, -1);
    for (const u of chain(result, toBranchId)) addBuilding(u, b, 1);
    if (b.branchId !== null) touchedBranches.add(b.branchId);
    if (toBranchId !== null) touchedBranches.add(toBranchId);
    b.branchId = toBranchId;
    if (toBranchId === null) unassigned.add(buildingId);
    else unassigned.delete(buildingId);
    if (b.neighbourhoodId !== null) touchedNeighbourhoods.add(b.neighbourhoodId);
  }
  for (const nid of touchedNeighbourhoods) {
    const n = result.neighbourhoods.get(nid);
    if (!n) continue;
    const share = branchShares(result.buildingsByNeighbourhood.get(nid), result.buildings);
    const home = homeBranch(share);
    if (n.gap && home !== n.homeBranchId) shiftGap(result, n.homeBranchId, home);
    n.homeBranchId = home;
    n.branchIds = [...share.keys()].sort((a, b) => a - b);
  }
  for (const id of touchedBranches) for (const u of chain(result, id)) settle(u);
  result.unassigned = [...unassigned].sort((a, b) => a - b);
  return touchedBranches;
}
