/**
 * Turning a block's footprint slots into buildings: use, floors, households and residents,
 * sized so the block holds about the households asked of it.
 */
import type { BuildingStatus, BuildingUse } from '../../shared/model';
import type { Slot } from './blocks';
import type { Random } from './random';

export interface PlannedBuilding {
  slot: Slot;
  use: BuildingUse;
  floors: number;
  households: number;
  residents: number;
  status: BuildingStatus;
  validFrom: string;
}

export interface PlanOptions {
  /** Households the block should hold in total. */
  targetHouseholds: number;
  /** The block lies in an old area slated for demolition. */
  slated: boolean;
}

/** When the current buildings were registered in the grid system. */
export const BASE_VALID_FROM = '2020-01-01';

/** Residents per household, drawn uniformly: averages about 2.7 (76,000 / 28,000). */
const RESIDENTS_PER_HOUSEHOLD: [number, number] = [2.45, 2.98];

/** Walk-up floors: mostly 6, some 5 or 7. */
const WALKUP_FLOORS = [5, 6, 7];
const WALKUP_FLOOR_WEIGHTS = [0.3, 0.45, 0.25];

interface Candidate {
  slot: Slot;
  floors: number;
  capacity: number;
  tall: boolean;
}

/** Floors and full household capacity of one residential slot. */
function candidate(random: Random, slot: Slot, slated: boolean): Candidate {
  if (slot.kind === 'courtyard') {
    // Old courtyard houses: small rooms, about 24 m² of floor per household.
    const floors = random.chance(0.45) ? 2 : 3;
    return { slot, floors, capacity: Math.max(8, Math.round((slot.length * slot.depth * floors) / 24)), tall: false };
  }
  const stairs = Math.max(1, Math.round(slot.length / 12));
  if (!slated && random.chance(0.02)) {
    const floors = random.int(11, 18);
    return { slot, floors, capacity: Math.min(140, stairs * 2 * floors), tall: true };
  }
  const floors = WALKUP_FLOORS[random.weightedIndex(WALKUP_FLOOR_WEIGHTS)] as number;
  return { slot, floors, capacity: Math.min(60, stairs * 2 * floors), tall: false };
}

/** Short of room: every ordinary walk-up gets 7 floors and up to 72 flats. */
function densify(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.slot.kind !== 'walkup' || c.tall) continue;
    c.floors = 7;
    c.capacity = Math.min(72, Math.max(1, Math.round(c.slot.length / 12)) * 2 * 7);
  }
}

/** Residential slots interleaved across neighbourhoods, so every compound gets buildings first. */
function roundRobin(candidates: readonly Candidate[]): Candidate[] {
  const byNeighbourhood = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const key = c.slot.neighbourhood ?? -1;
    byNeighbourhood.set(key, [...(byNeighbourhood.get(key) ?? []), c]);
  }
  const lists = [...byNeighbourhood.values()];
  const out: Candidate[] = [];
  for (let k = 0; out.length < candidates.length; k++) {
    for (const list of lists) if (list[k]) out.push(list[k] as Candidate);
  }
  return out;
}

function residents(random: Random, households: number): number {
  return Math.round(households * random.range(...RESIDENTS_PER_HOUSEHOLD));
}

/**
 * Plans the buildings of one block. Residential slots are taken neighbourhood by
 * neighbourhood until their capacity covers the target, then scaled down to meet it; spare
 * estate slots become public buildings (kindergartens, clinics) or stay open ground.
 */
export function planBuildings(random: Random, slots: readonly Slot[], options: PlanOptions): PlannedBuilding[] {
  const baseStatus: BuildingStatus = options.slated ? 'slated_demolition' : 'normal';
  const planned: PlannedBuilding[] = [];
  for (const slot of slots.filter((s) => s.kind === 'frontage')) {
    const use: BuildingUse = random.chance(0.12) ? 'public' : 'shop';
    planned.push({ slot, use, floors: random.int(1, 3), households: 0, residents: 0, status: baseStatus, validFrom: BASE_VALID_FROM });
  }
  const candidates = slots.filter((s) => s.kind !== 'frontage').map((s) => candidate(random, s, options.slated));
  if (candidates.reduce((sum, c) => sum + c.capacity, 0) < options.targetHouseholds) densify(candidates);
  const ordered = roundRobin(candidates);
  const compounds = new Set(ordered.map((c) => c.slot.neighbourhood)).size;
  const chosen: Candidate[] = [];
  let capacity = 0;
  for (const c of ordered) {
    if (capacity >= options.targetHouseholds && chosen.length >= compounds) break;
    chosen.push(c);
    capacity += c.capacity;
  }
  const scale = Math.min(1, options.targetHouseholds / Math.max(1, capacity));
  for (const c of chosen) {
    const households = Math.max(c.slot.kind === 'courtyard' ? 8 : 12, Math.round(c.capacity * scale));
    const status: BuildingStatus = c.tall || (!options.slated && random.chance(0.01)) ? 'new' : baseStatus;
    const validFrom = status === 'new' ? `202${random.int(2, 5)}-0${random.int(1, 9)}-01` : BASE_VALID_FROM;
    planned.push({ slot: c.slot, use: 'residential', floors: c.floors, households, residents: residents(random, households), status, validFrom });
  }
  for (const c of ordered.slice(chosen.length)) {
    if (c.slot.kind === 'walkup' && random.chance(0.3)) {
      planned.push({ slot: c.slot, use: 'public', floors: random.int(2, 4), households: 0, residents: 0, status: baseStatus, validFrom: BASE_VALID_FROM });
    }
  }
  return planned;
}
