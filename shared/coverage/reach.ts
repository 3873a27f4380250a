/**
 * Building-level reach: how many households of each building an active member is assigned
 * to, and the building's coverage state. Pure and linear in the input size; no geometry is
 * needed because assignments name buildings, so the cost is a few array passes.
 */
import type { BuildingCoverageState, CoverageInput } from './types';

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
  /** Active household-leads living here. */
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
 * not in the input (demolished, say) are ignored; a lead's links count in full even above the
 * lead limit (the rule check reports that separately).
 */
export function computeReach(input: CoverageInput): BuildingReach[] {
  const index = new Map<number, number>();
  input.buildings.forEach((b, i) => index.set(b.id, i));
  const n = input.buildings.length;
  const linked = new Float64Array(n);
  const full = new Uint8Array(n);
  const residentMembers = new Uint32Array(n);
  const leads = new Uint32Array(n);

  const active = new Set<number>();
  for (const m of input.members) {
    if (m.status !== 'active') continue;
    active.add(m.id);
    const i = m.buildingId === null ? undefined : index.get(m.buildingId);
    if (i !== undefined) residentMembers[i] = (residentMembers[i] ?? 0) + 1;
  }

  for (const lead of input.leads) {
    if (!active.has(lead.memberId)) continue;
    const home = index.get(lead.buildingId);
    if (home !== undefined) leads[home] = (leads[home] ?? 0) + 1;
    for (const link of lead.links) {
      const i = index.get(link.buildingId);
      if (i !== undefined) linked[i] = (linked[i] ?? 0) + link.households;
    }
  }

  const liaisonNeighbourhoods = new Set<number>();
  for (const l of input.liaisons) {
    if (!active.has(l.memberId)) continue;
    if (l.targetKind === 'neighbourhood') liaisonNeighbourhoods.add(l.targetId);
    else {
      const i = index.get(l.targetId);
      if (i !== undefined) full[i] = 1;
    }
  }

  return input.buildings.map((b, i) => {
    const wholly = full[i] === 1 || (b.neighbourhoodId !== null && liaisonNeighbourhoods.has(b.neighbourhoodId));
    const reached = wholly ? b.households : Math.min(b.households, linked[i] ?? 0);
    const residents = residentMembers[i] ?? 0;
    return {
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
  });
}
