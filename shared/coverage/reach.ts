/**
 * Building-level reach: how many households of each building an active member is assigned
 * to, and the building's coverage state. Pure and linear in the input size; no geometry is
 * needed because assignments name buildings, so the cost is a few array passes.
 */
import { leadServes, type BuildingCoverageState, type CoverageInput } from './types';

export interface BuildingReach {
  id: number;
  branchId: number | null;
  neighbourhoodId: number | null;
  households: number;
  residents: number;
  /** Households of this building reached by an active member, 0..households. */
  reached: number;
  /** Active members living here. */
  residentMembers: number;
  /** Household-leads serving here (active, living in their lead building). */
  leads: number;
  state: BuildingCoverageState;
}

/** The state of a building from its figures (see types.ts for the definitions). */
export function buildingState(households: number, reached: number, residentMembers: number): BuildingCoverageState {
  if (households === 0) return 'no_households';
  if (reached >= households) return 'covered';
  if (reached > 0) return 'partly_covered';
  return residentMembers > 0 ? 'resident_only' : 'gap';
}

/**
 * Reach of every building in `input.buildings`, in input order. Links to buildings that are
 * not in the input (demolished, say) are ignored, as are leads that do not serve (`leadServes`:
 * the member moved away); a lead's links count in full even above the
 * lead limit (the rule check reports that separately).
 */
export function computeReach(input: CoverageInput): BuildingReach[] {
  const n = input.buildings.length;
  // Ids are dense integers in practice (SQLite rowids), so typed arrays indexed by id beat
  // Maps and Sets several times over; a sparse id space falls back to a Map.
  let maxBuildingId = 0;
  for (const b of input.buildings) if (b.id > maxBuildingId) maxBuildingId = b.id;
  const dense = maxBuildingId <= 4 * n + 1024;
  const slot = dense ? new Int32Array(maxBuildingId + 1).fill(-1) : null;
  const map = dense ? null : new Map<number, number>();
  input.buildings.forEach((b, i) => (slot ? (slot[b.id] = i) : map?.set(b.id, i)));
  const indexOf = (id: number | null): number => {
    if (id === null) return -1;
    if (slot) return id >= 0 && id < slot.length ? (slot[id] ?? -1) : -1;
    return map?.get(id) ?? -1;
  };

  const linked = new Float64Array(n);
  const full = new Uint8Array(n);
  const residentMembers = new Uint32Array(n);
  const leads = new Uint32Array(n);

  let maxMemberId = 0;
  for (const m of input.members) if (m.id > maxMemberId) maxMemberId = m.id;
  const active = new Uint8Array(maxMemberId + 1);
  // Where each active member lives (-1: nowhere in the sub-district), for `leadServes`.
  const livesIn = new Int32Array(maxMemberId + 1).fill(-1);
  for (const m of input.members) {
    if (m.status !== 'active') continue;
    active[m.id] = 1;
    livesIn[m.id] = m.buildingId ?? -1;
    const i = indexOf(m.buildingId);
    if (i >= 0) residentMembers[i] = (residentMembers[i] ?? 0) + 1;
  }
  const isActive = (memberId: number): boolean => memberId >= 0 && memberId <= maxMemberId && active[memberId] === 1;

  for (const lead of input.leads) {
    if (!isActive(lead.memberId)) continue;
    const at = livesIn[lead.memberId] ?? -1;
    if (!leadServes(lead.buildingId, 'active', at < 0 ? null : at)) continue;
    const home = indexOf(lead.buildingId);
    if (home >= 0) leads[home] = (leads[home] ?? 0) + 1;
    for (const link of lead.links) {
      const i = indexOf(link.buildingId);
      if (i >= 0) linked[i] = (linked[i] ?? 0) + link.households;
    }
  }

  const liaisonNeighbourhoods = new Set<number>();
  for (const l of input.liaisons) {
    if (!isActive(l.memberId)) continue;
    if (l.targetKind === 'neighbourhood') liaisonNeighbourhoods.add(l.targetId);
    else {
      const i = indexOf(l.targetId);
      if (i >= 0) full[i] = 1;
    }
  }

  const out: BuildingReach[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = input.buildings[i] as CoverageInput['buildings'][number];
    const wholly = full[i] === 1 || (b.neighbourhoodId !== null && liaisonNeighbourhoods.has(b.neighbourhoodId));
    const reached = wholly ? b.households : Math.min(b.households, linked[i] ?? 0);
    const residents = residentMembers[i] ?? 0;
    out[i] = {
      id: b.id,
      branchId: b.branchId,
      neighbourhoodId: b.neighbourhoodId,
      households: b.households,
      residents: b.residents,
      reached,
      residentMembers: residents,
      leads: leads[i] ?? 0,
      state: buildingState(b.households, reached, residents),
    };
  }
  return out;
}
