/**
 * "What if this zone is cleared": the coverage model recomputed with everyone living in the
 * zone gone and its buildings cleared, compared with the model of the same day (shared/relocation/what-if.ts).
 * Nothing is written.
 */
import type { Database } from 'better-sqlite3';
import type { MultiPolygon, Polygon } from 'geojson';
import { computeCoverage } from '../../shared/coverage/engine';
import type { WhatIfResponse } from '../../shared/relocation/api';
import { clearedInput, compareCoverage, leavingMembers } from '../../shared/relocation/what-if';
import { coverageInputRepository } from '../repositories/coverage-input';
import type { CoverageService } from '../services/coverage';
import { zonesRepository } from './zones-repository';

type Area = Polygon | MultiPolygon;

export function whatIfService(db: Database, coverage: CoverageService) {
  const inputs = coverageInputRepository(db);
  const zones = zonesRepository(db);
  return {
    /** The preview for zone `zone` on `asOf` (YYYY-MM-DD; null: today, the current model) as of `today`. */
    preview(zone: { id: number; name: string }, asOf: string | null, today: string): WhatIfResponse {
      const day = asOf ?? today;
      const before = asOf ? coverage.at(asOf) : coverage.current();
      const input = inputs.read(asOf ?? undefined);
      const taken = zones.zoneBuildingIds(zone.id);
      const after = computeCoverage(clearedInput(input, taken), before.result.referenceYear);
      const minFull = coverage.rules.branchMinFullMembers;
      const diff = compareCoverage(before.result, after, minFull);
      const counts = new Map(diff.branchesUnder.map((b) => [b.id, b]));
      return {
        zoneId: zone.id,
        zoneName: zone.name,
        asOf: day,
        membersLeaving: leavingMembers(input, taken),
        buildings: input.buildings.filter((b) => taken.has(b.id)).length,
        coverageBefore: diff.coverageBefore,
        coverageAfter: diff.coverageAfter,
        householdsBefore: diff.householdsBefore,
        householdsAfter: diff.householdsAfter,
        newGaps: zones.neighbourhoods(diff.newGaps).map((n) => ({ id: n.id, name: n.name, communityName: n.community_name, polygon: JSON.parse(n.polygon) as Area })),
        branchesUnder: zones.branches(diff.branchesUnder.map((b) => b.id)).map((g) => ({
          id: g.id, code: g.code, name: g.name, before: counts.get(g.id)?.before ?? 0, after: counts.get(g.id)?.after ?? 0, polygon: JSON.parse(g.polygon) as Area,
        })),
        minFullMembers: minFull.value,
      };
    },
  };
}
