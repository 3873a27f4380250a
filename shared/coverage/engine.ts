/**
 * The coverage engine: building reach rolled up to neighbourhoods, grid branches,
 * communities and sub-districts, so that every level's totals are exactly the sum of its
 * children (sub-district = Σ communities = Σ branches = Σ assigned buildings).
 *
 * Buildings with no grid branch count in no branch, community or sub-district total; they
 * are listed in `unassigned` for the planner. Neighbourhood figures sit beside the tree:
 * a neighbourhood belongs to its community, and may span several grids.
 */
import { MEMBER_CATEGORIES } from '../model';
import type { MemberCategory } from '../model';
import { computeReach, type BuildingReach } from './reach';
import { AGE_BANDS, type AgeBand, type CoverageFigures, type CoverageInput, type MemberFigures } from './types';

export interface NeighbourhoodCoverage extends CoverageFigures {
  id: number;
  communityId: number;
  /** No active member lives here and no household is reached. */
  gap: boolean;
  /** Grid branches holding at least one of its buildings. */
  branchIds: number[];
  /**
   * The branch holding most of its households (lowest id on a tie), under which a gap is
   * counted, so that gap counts add up level by level; null if no building has a branch.
   */
  homeBranchId: number | null;
}

export interface UnitCoverage extends CoverageFigures, MemberFigures {
  id: number;
  /** The parent unit's id (community of a branch, sub-district of a community); null at the top. */
  parentId: number | null;
  /** Gap neighbourhoods whose home branch lies in the unit. */
  gapNeighbourhoods: number;
}

export interface CoverageResult {
  /** The year ages are counted at. */
  referenceYear: number;
  buildings: Map<number, BuildingReach>;
  neighbourhoods: Map<number, NeighbourhoodCoverage>;
  branches: Map<number, UnitCoverage>;
  communities: Map<number, UnitCoverage>;
  subdistricts: Map<number, UnitCoverage>;
  /** Ids of current buildings with no grid branch. */
  unassigned: number[];
  /** Building ids of each neighbourhood, for incremental updates. */
  buildingsByNeighbourhood: Map<number, number[]>;
}

/** The age band of someone born in `birthYear`, counted at `referenceYear`. */
export function ageBand(birthYear: number, referenceYear: number): AgeBand {
  const age = referenceYear - birthYear;
  if (age <= 35) return 'upTo35';
  if (age <= 45) return 'from36to45';
  if (age <= 59) return 'from46to59';
  if (age <= 69) return 'from60to69';
  if (age <= 79) return 'from70to79';
  return 'from80';
}

function emptyFigures(): CoverageFigures {
  return {
    households: 0, reached: 0, coverage: null, residents: 0, buildings: 0,
    coveredBuildings: 0, partlyCoveredBuildings: 0, gapBuildings: 0, residentMembers: 0, leads: 0,
  };
}

// Literal templates rather than Object.fromEntries: a unit is made for every grid, thousands
// at district scale, and literals give V8 one fast object shape. The tests check the keys
// against MEMBER_CATEGORIES and AGE_BANDS.
function zeroByCategory(): Record<MemberCategory, number> {
  return { in_service: 0, retired: 0, unemployed: 0, floating: 0, self_employed: 0, resident: 0 };
}

function zeroByAgeBand(): Record<AgeBand, number> {
  return { upTo35: 0, from36to45: 0, from46to59: 0, from60to69: 0, from70to79: 0, from80: 0 };
}

function emptyUnit(id: number, parentId: number | null): UnitCoverage {
  return {
    id, parentId, households: 0, reached: 0, coverage: null, residents: 0, buildings: 0,
    coveredBuildings: 0, partlyCoveredBuildings: 0, gapBuildings: 0, residentMembers: 0, leads: 0,
    gapNeighbourhoods: 0, members: 0, fullMembers: 0, byCategory: zeroByCategory(), byAgeBand: zeroByAgeBand(),
  };
}

/** Adds (sign +1) or removes (sign −1) a building's figures to a unit. */
export function addBuilding(unit: CoverageFigures, b: BuildingReach, sign: 1 | -1 = 1): void {
  unit.households += sign * b.households;
  unit.reached += sign * b.reached;
  unit.residents += sign * b.residents;
  unit.buildings += sign;
  unit.residentMembers += sign * b.residentMembers;
  unit.leads += sign * b.leads;
  if (b.state === 'covered') unit.coveredBuildings += sign;
  else if (b.state === 'partly_covered') unit.partlyCoveredBuildings += sign;
  else if (b.state === 'gap') unit.gapBuildings += sign;
}

/** Sets `coverage` from households and reached. */
export function settle(unit: CoverageFigures): void {
  unit.coverage = unit.households > 0 ? unit.reached / unit.households : null;
}

function addUnit(into: UnitCoverage, from: UnitCoverage): void {
  const f: (keyof CoverageFigures)[] = ['households', 'reached', 'residents', 'buildings', 'coveredBuildings', 'partlyCoveredBuildings', 'gapBuildings', 'residentMembers', 'leads'];
  for (const k of f) (into[k] as number) += from[k] as number;
  into.members += from.members;
  into.fullMembers += from.fullMembers;
  into.gapNeighbourhoods += from.gapNeighbourhoods;
  for (const c of MEMBER_CATEGORIES) into.byCategory[c] += from.byCategory[c];
  for (const a of AGE_BANDS) into.byAgeBand[a] += from.byAgeBand[a];
}

/** Households per grid branch among the given buildings (a neighbourhood's, usually one grid). */
export function branchShares(ids: readonly number[] | undefined, buildings: Map<number, BuildingReach>): Map<number, number> {
  const share = new Map<number, number>();
  for (const id of ids ?? []) {
    const b = buildings.get(id);
    if (b?.branchId != null) share.set(b.branchId, (share.get(b.branchId) ?? 0) + b.households);
  }
  return share;
}

/** The branch holding most of a neighbourhood's households; lowest id on a tie. */
export function homeBranch(share: Map<number, number> | undefined): number | null {
  let best: number | null = null;
  let bestHouseholds = -1;
  for (const [branchId, households] of share ?? []) {
    if (households > bestHouseholds || (households === bestHouseholds && best !== null && branchId < best)) {
      best = branchId;
      bestHouseholds = households;
    }
  }
  return best;
}

/**
 * Computes coverage for the whole input. `referenceYear` fixes ages (pass the current
 * year; tests pass a constant so results never drift with the calendar).
 */
export function computeCoverage(input: CoverageInput, referenceYear: number): CoverageResult {
  const reach = computeReach(input);
  const buildings = new Map<number, BuildingReach>();
  for (const b of reach) buildings.set(b.id, b);

  const neighbourhoods = new Map<number, NeighbourhoodCoverage>();
  for (const n of input.neighbourhoods) {
    neighbourhoods.set(n.id, { id: n.id, communityId: n.communityId, ...emptyFigures(), gap: false, branchIds: [], homeBranchId: null });
  }
  const branches = new Map<number, UnitCoverage>();
  for (const b of input.branches) branches.set(b.id, emptyUnit(b.id, b.communityId));

  const unassigned: number[] = [];
  const buildingsByNeighbourhood = new Map<number, number[]>();
  for (const b of reach) {
    const n = b.neighbourhoodId === null ? undefined : neighbourhoods.get(b.neighbourhoodId);
    if (n) {
      addBuilding(n, b);
      const list = buildingsByNeighbourhood.get(n.id);
      if (list) list.push(b.id);
      else buildingsByNeighbourhood.set(n.id, [b.id]);
    }
    const branch = b.branchId === null ? undefined : branches.get(b.branchId);
    if (branch) addBuilding(branch, b);
    else unassigned.push(b.id);
  }
  for (const n of neighbourhoods.values()) {
    n.gap = n.residentMembers === 0 && n.reached === 0 && n.households > 0;
    const share = branchShares(buildingsByNeighbourhood.get(n.id), buildings);
    n.branchIds = [...share.keys()].sort((a, b) => a - b);
    n.homeBranchId = homeBranch(share);
    settle(n);
    const home = n.homeBranchId === null ? undefined : branches.get(n.homeBranchId);
    if (n.gap && home) home.gapNeighbourhoods += 1;
  }

  for (const m of input.members) {
    if (m.status !== 'active' || m.branchId === null) continue;
    const branch = branches.get(m.branchId);
    if (!branch) continue;
    branch.members += 1;
    if (m.membership === 'full') branch.fullMembers += 1;
    branch.byCategory[m.category] += 1;
    branch.byAgeBand[ageBand(m.birthYear, referenceYear)] += 1;
  }

  const communities = new Map<number, UnitCoverage>();
  for (const c of input.communities) communities.set(c.id, emptyUnit(c.id, c.subdistrictId));
  for (const b of branches.values()) {
    settle(b);
    const c = b.parentId === null ? undefined : communities.get(b.parentId);
    if (c) addUnit(c, b);
  }
  const subdistricts = new Map<number, UnitCoverage>();
  for (const c of communities.values()) {
    settle(c);
    const id = c.parentId ?? 0;
    const s = subdistricts.get(id) ?? emptyUnit(id, null);
    subdistricts.set(id, s);
    addUnit(s, c);
  }
  for (const s of subdistricts.values()) settle(s);

  return { referenceYear, buildings, neighbourhoods, branches, communities, subdistricts, unassigned, buildingsByNeighbourhood };
}
