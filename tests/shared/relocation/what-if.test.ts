import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/coverage/engine';
import type { CoverageInput } from '../../../shared/coverage/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { clearedInput, compareCoverage, leavingMembers } from '../../../shared/relocation/what-if';
import { stageOn } from '../../../shared/relocation/zones';

// Branch 1 holds buildings 1 and 2 (neighbourhood 1) and 3 (neighbourhood 2, the zone).
// Members 1–3 are full members of branch 1: 1 lives in building 1, 2 and 3 in building 3.
// Neighbourhood 2 also has building 4, reached by nobody: once building 3's members leave it is a gap.
const member = (id: number, buildingId: number) => ({ id, status: 'active' as const, membership: 'full' as const, category: 'retired' as const, birthYear: 1960, branchId: 1, buildingId });
const input: CoverageInput = {
  communities: [{ id: 1, subdistrictId: 1 }],
  branches: [{ id: 1, communityId: 1 }],
  neighbourhoods: [{ id: 1, communityId: 1 }, { id: 2, communityId: 1 }],
  buildings: [
    { id: 1, branchId: 1, neighbourhoodId: 1, households: 10, residents: 30 },
    { id: 2, branchId: 1, neighbourhoodId: 1, households: 10, residents: 30 },
    { id: 3, branchId: 1, neighbourhoodId: 2, households: 20, residents: 60 },
    { id: 4, branchId: 1, neighbourhoodId: 2, households: 20, residents: 60 },
  ],
  members: [member(1, 1), member(2, 3), member(3, 3)],
  leads: [{ id: 1, memberId: 2, buildingId: 3, links: [{ buildingId: 3, households: 10 }] }],
  liaisons: [],
};

describe('what if a zone is cleared', () => {
  const zone = new Set([3]);

  it('takes the zone’s buildings and its active residents out', () => {
    const after = clearedInput(input, zone);
    expect(after.buildings.map((b) => b.id)).toEqual([1, 2, 4]);
    expect(after.members.filter((m) => m.status === 'active').map((m) => m.id)).toEqual([1]);
    expect(leavingMembers(input, zone)).toBe(2);
    // The input itself is left alone.
    expect(input.members.every((m) => m.status === 'active')).toBe(true);
  });

  it('finds the neighbourhood that becomes a gap and the branch that falls under 3 full members', () => {
    const before = computeCoverage(input, 2026);
    const after = computeCoverage(clearedInput(input, zone), 2026);
    const diff = compareCoverage(before, after, DEFAULT_RULES.branchMinFullMembers);
    expect(diff.newGaps).toEqual([2]);
    expect(diff.branchesUnder).toEqual([{ id: 1, before: 3, after: 1 }]);
    expect(diff.householdsBefore).toBe(60);
    expect(diff.householdsAfter).toBe(40);
    expect(diff.coverageBefore).toBeCloseTo(10 / 60, 9);
    expect(diff.coverageAfter).toBe(0);
  });
});

describe('a zone’s stage on a day', () => {
  const zone = { stage: 'resettled' as const, announcedOn: '2024-09-01', movingOn: '2025-01-15', clearedOn: '2025-10-01', finishedOn: '2026-06-01' };
  it('follows its dates', () => {
    expect(stageOn(zone, '2024-08-31')).toBeNull();
    expect(stageOn(zone, '2024-09-01')).toBe('announced');
    expect(stageOn(zone, '2025-02-01')).toBe('moving_out');
    expect(stageOn(zone, '2025-10-01')).toBe('cleared');
    expect(stageOn(zone, '2026-06-01')).toBe('resettled');
  });
});
