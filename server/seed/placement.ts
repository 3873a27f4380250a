/**
 * Where members live and which branch holds their membership.
 *
 * Members are spread unevenly on purpose: neighbourhood and building factors vary a lot, a
 * few neighbourhoods get no member at all and a few grids only one or two (the gaps the
 * dashboard exists to show), and a fixed share lives in the old areas slated for demolition.
 */
import type { BuildingInfo } from './places';
import { chooseWeighted, WeightedSampler, type Random } from './random';

export interface Placement {
  /** Residence, or null for members living outside the sub-district. */
  buildingId: number | null;
  branchId: number;
  slated: boolean;
}

export interface PlacementOptions {
  total: number;
  /** Share of members living in buildings slated for demolition. */
  shareSlated: number;
}

/** Members who live outside the sub-district but are registered with one of its branches. */
const SHARE_OUTSIDE = 0.01;
/** Members registered with another branch of their community than their residence's. */
const SHARE_OTHER_BRANCH = 0.01;
/** Grids left with only one or two members. */
const SPARSE_GRIDS = 3;
/** Share of (eligible) neighbourhoods left with no member; at least `MIN_EMPTY` of them. */
const SHARE_EMPTY_NEIGHBOURHOODS = 0.03;
const MIN_EMPTY = 4;

function lognormal(random: Random, sigma: number): number {
  return Math.exp(sigma * random.normal());
}

/** Draws `count` residences from `pool`, each building's chance given by `weight`. */
function draw(random: Random, pool: readonly BuildingInfo[], weight: (b: BuildingInfo) => number, count: number): BuildingInfo[] {
  const sampler = new WeightedSampler(pool.map(weight));
  if (sampler.empty) return [];
  return Array.from({ length: count }, () => pool[sampler.draw(random)] as BuildingInfo);
}

/**
 * Places `options.total` members over the residential `buildings` (households > 0), sorted by
 * residence so members of one building get neighbouring IDs.
 */
export function placeMembers(random: Random, buildings: readonly BuildingInfo[], options: PlacementOptions): Placement[] {
  const homes = buildings.filter((b) => b.households > 0);
  const branchesWithSlated = new Set(homes.filter((b) => b.slated).map((b) => b.branchId));
  const branchIds = [...new Set(homes.map((b) => b.branchId))];
  const sparseCandidates = branchIds.filter((id) => !branchesWithSlated.has(id));
  const sparse = new Set(random.shuffle([...sparseCandidates]).slice(0, SPARSE_GRIDS));

  const nbIds = [...new Set(homes.filter((b) => !b.slated && !sparse.has(b.branchId) && b.neighbourhoodId !== null).map((b) => b.neighbourhoodId as number))];
  const emptyCount = Math.max(MIN_EMPTY, Math.round(nbIds.length * SHARE_EMPTY_NEIGHBOURHOODS));
  const emptyMask = chooseWeighted(random, nbIds.map(() => 1), emptyCount);
  const empty = new Set(nbIds.filter((_, k) => emptyMask[k]));

  const nbFactor = new Map<number | null, number>();
  const factor = (b: BuildingInfo): number => {
    if (!nbFactor.has(b.neighbourhoodId)) nbFactor.set(b.neighbourhoodId, lognormal(random, 0.6));
    return nbFactor.get(b.neighbourhoodId) as number;
  };
  const weight = (b: BuildingInfo): number => b.households * factor(b) * lognormal(random, 0.35);

  const sparseHomes = [...sparse].flatMap((id) => {
    const inGrid = homes.filter((b) => b.branchId === id);
    return Array.from({ length: random.int(1, 2) }, () => random.pick(inGrid));
  });
  const slatedCount = Math.round(options.total * options.shareSlated);
  const outsideCount = Math.round(options.total * SHARE_OUTSIDE);
  const normalCount = options.total - slatedCount - outsideCount - sparseHomes.length;
  const slatedPool = homes.filter((b) => b.slated);
  const normalPool = homes.filter((b) => !b.slated && !sparse.has(b.branchId) && !(b.neighbourhoodId !== null && empty.has(b.neighbourhoodId)));
  const residents = [...draw(random, slatedPool, weight, slatedCount), ...draw(random, normalPool, weight, normalCount), ...sparseHomes];

  // Branches a member may be registered with when not their residence's: never a sparse one.
  const byCommunity = new Map<number, number[]>();
  for (const b of homes) {
    if (sparse.has(b.branchId)) continue;
    const list = byCommunity.get(b.communityId) ?? [];
    if (!list.includes(b.branchId)) list.push(b.branchId);
    byCommunity.set(b.communityId, list);
  }
  const openBranches = branchIds.filter((id) => !sparse.has(id));
  const placements: Placement[] = residents.map((b) => {
    const others = byCommunity.get(b.communityId) ?? [];
    const elsewhere = !sparse.has(b.branchId) && others.length > 1 && random.chance(SHARE_OTHER_BRANCH);
    return { buildingId: b.id, branchId: elsewhere ? random.pick(others.filter((id) => id !== b.branchId)) : b.branchId, slated: b.slated };
  });
  placements.sort((a, b) => (a.buildingId as number) - (b.buildingId as number));
  for (let k = 0; k < outsideCount; k++) placements.push({ buildingId: null, branchId: random.pick(openBranches), slated: false });
  return placements;
}
