/**
 * "What if this zone is cleared", pure: the coverage input with everyone living in the zone's
 * buildings gone (no longer active, so they reach nobody and count in no branch) and the
 * buildings themselves gone (no households left to reach), and the comparison of the two
 * models: neighbourhoods that become gaps, branches that fall under the minimum of full members.
 */
import type { CoverageResult } from '../coverage/engine';
import type { CoverageInput } from '../coverage/types';
import { meetsMin, type Limit } from '../rules/config';

/** `input` after every resident of `zoneBuildings` has left and the buildings are gone. */
export function clearedInput(input: CoverageInput, zoneBuildings: ReadonlySet<number>): CoverageInput {
  return {
    ...input,
    buildings: input.buildings.filter((b) => !zoneBuildings.has(b.id)),
    members: input.members.map((m) => (m.buildingId !== null && zoneBuildings.has(m.buildingId) && m.status === 'active' ? { ...m, status: 'moving' } : m)),
  };
}

/** Active members living in `zoneBuildings`: the people who would leave. */
export function leavingMembers(input: CoverageInput, zoneBuildings: ReadonlySet<number>): number {
  return input.members.filter((m) => m.status === 'active' && m.buildingId !== null && zoneBuildings.has(m.buildingId)).length;
}

export interface WhatIfComparison {
  /** Neighbourhoods that are a gap after but were not before, by id. */
  newGaps: number[];
  /** Branches meeting the full-member minimum before but not after, with both counts. */
  branchesUnder: { id: number; before: number; after: number }[];
  coverageBefore: number | null;
  coverageAfter: number | null;
  householdsBefore: number;
  householdsAfter: number;
}

/** Compares the model before and after (`minFull`: the branch minimum, e.g. ≥ 3). Ids ascend. */
export function compareCoverage(before: CoverageResult, after: CoverageResult, minFull: Limit): WhatIfComparison {
  const newGaps = [...after.neighbourhoods.values()]
    .filter((n) => n.gap && !before.neighbourhoods.get(n.id)?.gap)
    .map((n) => n.id)
    .sort((a, b) => a - b);
  const branchesUnder = [...after.branches.values()]
    .map((b) => ({ id: b.id, before: before.branches.get(b.id)?.fullMembers ?? 0, after: b.fullMembers }))
    .filter((b) => meetsMin(b.before, minFull) && !meetsMin(b.after, minFull))
    .sort((a, b) => a.id - b.id);
  const total = (r: CoverageResult) => {
    let households = 0;
    let reached = 0;
    for (const s of r.subdistricts.values()) {
      households += s.households;
      reached += s.reached;
    }
    return { households, coverage: households > 0 ? reached / households : null };
  };
  const b = total(before);
  const a = total(after);
  return { newGaps, branchesUnder, coverageBefore: b.coverage, coverageAfter: a.coverage, householdsBefore: b.households, householdsAfter: a.households };
}
