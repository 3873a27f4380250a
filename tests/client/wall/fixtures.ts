/**
 * Small API answers for the wall's unit tests, shaped exactly like the server's.
 */
import type { CoverageResponse, CoverageUnitDto } from '../../../shared/api';
import type { BBox } from '../../../shared/model';
import type { WallAlert, WallAlertsResponse } from '../../../shared/wall';

const figures = (coverage: number | null, members: number): CoverageUnitDto['figures'] => ({
  households: 1000, reached: coverage === null ? 0 : Math.round(coverage * 1000), coverage, residents: 2500, buildings: 40,
  coveredBuildings: 3, partlyCoveredBuildings: 10, gapBuildings: 2, residentMembers: members, leads: 12,
  members, fullMembers: members - 2, gapNeighbourhoods: 2,
  byCategory: { in_service: 10, retired: 30 }, byAgeBand: { upTo35: 4, from60to69: 20 },
});

const community = (id: number, code: string, bbox: BBox): CoverageUnitDto => ({
  level: 'community', id, code, name: `社区${id}`, bbox, figures: figures(0.25 + id / 100, 40 + id),
});

/** A sub-district report: two communities, one branch under the minimum, one over the maximum. */
export function subdistrictReport(dataVersion = 5): CoverageResponse {
  return {
    unit: { level: 'subdistrict', id: 1, code: '370203020', name: '即墨路街道', bbox: [120, 36, 120.1, 36.1], figures: figures(0.2936, 3292) },
    path: [],
    children: [community(2, '370203020002', [120.05, 36, 120.1, 36.05]), community(1, '370203020001', [120, 36, 120.05, 36.05])],
    gaps: { neighbourhoods: [], buildings: [] },
    violations: [
      { rule: 'branch_min_full_members', level: 'branch', id: 11, name: 'A', figure: 2, limit: '≥ 3', bbox: [120, 36, 120.01, 36.01] },
      { rule: 'branch_max_members', level: 'branch', id: 12, name: 'B', figure: 60, limit: '≤ 50', bbox: [120, 36, 120.01, 36.01] },
      { rule: 'branch_min_full_members', level: 'branch', id: 13, name: 'C', figure: 1, limit: '≥ 3', bbox: [120, 36, 120.01, 36.01] },
    ],
    unassignedBuildings: 0,
    rules: { branchMinFullMembers: { value: 3, inclusive: true } },
    dataVersion,
  };
}

export function alert(kind: WallAlert['kind'], id: number, communityId: number | null, bbox: BBox = [120, 36, 120.01, 36.01]): WallAlert {
  return { kind, level: kind === 'gap_neighbourhood' ? 'neighbourhood' : 'branch', id, name: `${kind} ${id}`, communityId, communityName: null, figure: id, limit: null, bbox };
}

export function alertsResponse(alerts: WallAlert[], dataVersion = 5): WallAlertsResponse {
  const counts = { gap_neighbourhood: 0, branch_under_min: 0, branch_over_max: 0, contact_clock: 0, transfer_clock: 0 };
  for (const a of alerts) counts[a.kind] += 1;
  return { dataVersion, today: '2026-11-22', clockMonths: { contact: 6, transfer: 6 }, counts, alerts };
}
