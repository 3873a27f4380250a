import { describe, expect, it } from 'vitest';
import type { BuildingProps, CoverageResponse } from '../../../shared/api';
import { freshnessCutoffs } from '../../../shared/freshness-cutoffs';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { buildingRows, verifiedCounts } from '../../../client/src/branch/buildingRows';
import { figures, unit } from '../fixtures/coverage';

const cutoffs = freshnessCutoffs('2026-11-22', DEFAULT_RULES);

function branchReport(): CoverageResponse {
  return {
    unit: unit('branch', 1, '第一网格', figures(60, 20)),
    path: [],
    children: [
      unit('building', 11, '上海路2号', figures(0, 0, { state: 'no_households' })),
      unit('building', 12, '幸福小区1号楼', figures(30, 20, { state: 'partly_covered', residentMembers: 3 })),
      unit('building', 13, '幸福小区2号楼', figures(30, 0, { state: 'gap' })),
    ],
    gaps: { neighbourhoods: [], buildings: [] },
    violations: [],
    unassignedBuildings: 0,
    rules: {},
    dataVersion: 1,
  };
}

const layer = (id: number, verifiedOn: string | null) => ({ id, verifiedOn }) as BuildingProps;

describe('the buildings tab', () => {
  it('takes figures from the report and verification days from the layer, homes first', () => {
    const rows = buildingRows(branchReport(), [layer(12, '2026-11-20'), layer(13, '2026-05-01')], cutoffs);
    expect(rows.map((r) => r.ref.id)).toEqual([12, 13, 11]);
    expect(rows[0]).toMatchObject({ households: 30, reached: 20, members: 3, state: 'partly_covered', verifiedOn: '2026-11-20', verified: 'fresh' });
    expect(rows.map((r) => r.verified)).toEqual(['fresh', 'lost', 'never']);
    expect(verifiedCounts(rows)).toEqual({ fresh: 1, stale: 0, lost: 1, never: 1 });
  });
});
