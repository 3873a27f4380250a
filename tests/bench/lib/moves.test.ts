import { beforeAll, describe, expect, it } from 'vitest';
import { coverageInputRepository } from '../../../server/repositories/coverage-input';
import { computeCoverage } from '../../../shared/coverage/engine';
import { moveBuildings } from '../../../shared/coverage/incremental';
import type { CoverageInput } from '../../../shared/coverage/types';
import { firstDifference, planMoves } from '../../../bench/lib/moves';
import { demoDatabase } from '../demo-db';

let input: CoverageInput;
beforeAll(() => {
  input = coverageInputRepository(demoDatabase()).read();
});

describe('the 50-building move benchmark', () => {
  it('moves 50 distinct assigned buildings to another grid of their community, and back', () => {
    const plan = planMoves(input, 50);
    const community = new Map(input.branches.map((b) => [b.id, b.communityId]));
    const from = new Map(input.buildings.map((b) => [b.id, b.branchId]));
    expect(new Set(plan.forward.map((m) => m.buildingId)).size).toBe(50);
    for (const [i, m] of plan.forward.entries()) {
      const origin = from.get(m.buildingId) ?? null;
      expect(m.toBranchId).not.toBe(origin);
      expect(community.get(m.toBranchId ?? -1)).toBe(community.get(origin ?? -1));
      expect(plan.back[i]).toEqual({ buildingId: m.buildingId, toBranchId: origin });
    }
  });

  it('finds no difference between the incremental result and a full recompute of the moved input, and finds a real one', () => {
    const plan = planMoves(input, 50);
    const result = computeCoverage(input, 2026);
    expect(firstDifference(result, computeCoverage(plan.movedInput, 2026))).toBe('buildings');
    moveBuildings(result, plan.forward);
    expect(firstDifference(result, computeCoverage(plan.movedInput, 2026))).toBeNull();
    moveBuildings(result, plan.back);
    expect(firstDifference(result, computeCoverage(input, 2026))).toBeNull();
  });
});
