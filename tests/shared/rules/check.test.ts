import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../shared/coverage/engine';
import { DEFAULT_RULES, mergeRules } from '../../../shared/rules/config';
import { checkRules, expectedOrgLevel } from '../../../shared/rules/check';
import { toyInput } from '../coverage/toy';

const coverage = computeCoverage(toyInput(), 2026);
const base = {
  coverage,
  branches: [{ id: 11, hasSecretary: true }, { id: 12, hasSecretary: false }, { id: 21, hasSecretary: true }, { id: 22, hasSecretary: true }],
  leads: [{ id: 1, linkedHouseholds: 22 }, { id: 2, linkedHouseholds: 14 }],
  communityLevels: [{ id: 1, level: 'branch' as const }, { id: 2, level: 'general_branch' as const }],
};

describe('checkRules (toy sub-district, default rules)', () => {
  const found = checkRules(base, DEFAULT_RULES);
  const of = (rule: string) => found.filter((v) => v.rule === rule).map((v) => [v.id, v.figure, v.limit]);

  it('flags branches under 3 full members with figure and limit', () => {
    // Full active members: 11 → #1; 12 → #2; 21 → none (#4 probationary, #3 lost); 22 → #5, #6.
    expect(of('branch_min_full_members')).toEqual([[11, 1, '≥ 3'], [12, 1, '≥ 3'], [21, 0, '≥ 3'], [22, 2, '≥ 3']]);
  });

  it('flags grids outside 300–500 households', () => {
    // Households 60, 20, 65, 56: all under 300.
    expect(of('grid_min_households').map(([id]) => id)).toEqual([11, 12, 21, 22]);
    expect(of('grid_max_households')).toEqual([]);
  });

  it('flags leads over the limit, vacant secretaries and a wrong organisation level', () => {
    expect(of('lead_max_households')).toEqual([[1, 22, '≤ 10'], [2, 14, '≤ 10']]);
    expect(of('branch_no_secretary')).toEqual([[12, 0, '1']]);
    // Community 2 has 3 active members: it should be a branch, not a general branch.
    expect(of('community_org_level')).toEqual([[2, 'general_branch', 'branch']]);
  });

  it('moves with the configured thresholds and their edges', () => {
    const lenient = mergeRules({ branchMinFullMembers: { value: 2, inclusive: true }, leadMaxHouseholds: { value: 14, inclusive: true } });
    const again = checkRules(base, lenient);
    expect(again.filter((v) => v.rule === 'branch_min_full_members').map((v) => v.id)).toEqual([11, 12, 21]);
    expect(again.filter((v) => v.rule === 'lead_max_households').map((v) => v.id)).toEqual([1]);
    const strictEdge = checkRules(base, mergeRules({ leadMaxHouseholds: { value: 14, inclusive: false } }));
    expect(strictEdge.filter((v) => v.rule === 'lead_max_households').map((v) => v.id)).toEqual([1, 2]);
  });
});

describe('expectedOrgLevel', () => {
  it.each([[49, 'branch'], [50, 'general_branch'], [99, 'general_branch'], [100, 'committee']])('%i members → %s', (n, level) => {
    expect(expectedOrgLevel(n, DEFAULT_RULES)).toBe(level);
  });
});
