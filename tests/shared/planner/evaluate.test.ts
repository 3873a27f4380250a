import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody, PlanOp } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from './toy-base';

const p = prepareBase(toyBase());
const plan = (...steps: PlanOp[][]): PlanBody => ({ steps: steps.map((ops) => ({ ops })) });
const run = (body: PlanBody) => evaluatePlan(p, body, DEFAULT_RULES);
const totals = (e: ReturnType<typeof run>, branch: number | string) => e.branches.find((b) => b.branch === branch);

describe('the base figures', () => {
  it('are the hand-worked ones (see toy-base.ts)', () => {
    expect(p.figures.get(1)).toMatchObject({ buildings: 2, households: 250, reached: 15, members: 4, fullMembers: 3, leads: 1, gapBuildings: 0 });
    expect(p.figures.get(2)).toMatchObject({ buildings: 2, households: 320, reached: 200, members: 3, fullMembers: 3, leads: 0 });
    expect(p.figures.get(3)).toMatchObject({ households: 300, reached: 0, members: 1, fullMembers: 1 });
    expect(p.total).toEqual({ households: 870, reached: 215, coverage: 215 / 870, unassignedBuildings: 1 });
  });
});

describe('a household-lead who moved away (relocated)', () => {
  // Lead 1 (member 1) was appointed in building 1 but member 1 now lives in building 4 (branch 2).
  const moved = (): ReturnType<typeof toyBase> => {
    const base = toyBase();
    return { ...base, members: base.members.map((m) => (m.id === 1 ? { ...m, buildingId: 4 } : m)) };
  };
  const pm = prepareBase(moved());

  it('reaches nobody in the base, as in the coverage engine', () => {
    expect(pm.figures.get(1)).toMatchObject({ reached: 0, leads: 0 });
    expect(pm.total.reached).toBe(200);
  });

  it('is re-homed where the member lives when the plan links them again', () => {
    const e = evaluatePlan(pm, plan([{ op: 'linkLead', memberId: 1, buildingId: 4, households: 5 }]), DEFAULT_RULES);
    // Links to b1 (10) and b2 (5) count again from the new home, plus 5 in b4.
    expect(totals(e, 1)?.after).toMatchObject({ reached: 15, leads: 0 });
    expect(totals(e, 2)?.after).toMatchObject({ reached: 205, leads: 1 });
    expect(e.diff.coverage.after.reached).toBe(220);
  });
});

describe('evaluating a plan', () => {
  it('moves a building with its members and reports the neighbourhood it splits', () => {
    const e = run(plan([{ op: 'assign', buildingIds: [2], to: 2 }]));
    expect(e.ok).toBe(true);
    // Building 2 (150 households, 5 reached by lead 1) leaves branch 1; member 3 (active,
    // probationary, organised in branch 1) follows it; member 4 is deceased and stays.
    expect(totals(e, 1)?.after).toMatchObject({ buildings: 1, households: 100, reached: 10, members: 3, fullMembers: 3 });
    expect(totals(e, 2)?.after).toMatchObject({ buildings: 3, households: 470, reached: 205, members: 4, fullMembers: 3 });
    expect(totals(e, 2)?.before).toMatchObject({ households: 320 });
    expect(e.diff.members).toEqual([{ memberId: 3, from: 1, to: 2, reason: 'follows_building' }]);
    expect(e.diff.moves).toEqual([{ buildingId: 2, from: 1, to: 2, households: 150 }]);
    expect(e.warnings.map((w) => w.code)).toEqual(['split_neighbourhood']);
    expect(e.diff.coverage.after).toEqual(e.diff.coverage.before);
  });

  it('founds a new branch, dissolves the emptied one and sends its other members to the successor', () => {
    const e = run(plan([
      { op: 'createBranch', key: 'n1', communityId: 1, name: '西社区第三网格党支部' },
      { op: 'assign', buildingIds: [1, 2], to: 'n1' },
    ]));
    expect(e.ok).toBe(true);
    expect(totals(e, 1)).toMatchObject({ status: 'dissolved', after: null });
    // Members 1, 2, 3 follow their buildings; member 9 lives in branch 2's building 3 and
    // goes to the successor; member 4 is deceased and stays where the records had them.
    expect(totals(e, 'n1')).toMatchObject({ status: 'created', code: null, after: { buildings: 2, households: 250, members: 4, fullMembers: 3, leads: 1 } });
    expect(e.diff.dissolved).toEqual([{ branchId: 1, code: '37020399900101', name: '西社区第一网格党支部', successor: 'n1' }]);
    expect(e.diff.members.map((m) => [m.memberId, m.to, m.reason])).toEqual([[1, 'n1', 'follows_building'], [2, 'n1', 'follows_building'], [3, 'n1', 'follows_building'], [9, 'n1', 'branch_dissolved']]);
    expect(e.warnings.map((w) => w.code).sort()).toEqual(['branch_dissolved', 'secretary_moves']);
    expect(e.diff.created).toEqual([{ key: 'n1', name: '西社区第三网格党支部', communityId: 1, buildings: 2 }]);
  });

  it('shows the rule checks with the figure and the threshold', () => {
    const e = run(plan([{ op: 'assign', buildingIds: [3], to: 1 }]));
    // Branch 2 keeps building 4 only (120 households) and loses member 5 with building 3.
    expect(totals(e, 2)?.findings).toEqual([
      { rule: 'branch_min_full_members', figure: 2, limit: '≥ 3' },
      { rule: 'grid_min_households', figure: 120, limit: '≥ 300' },
    ]);
    expect(totals(e, 1)?.findings).toEqual([]);
    expect(totals(e, 1)?.after).toMatchObject({ households: 450, members: 5 });
  });

  it('treats the thresholds as inclusive: exactly 300 households and 3 full members pass', () => {
    // Branch 3 holds exactly 300 households; give it two more full members (to 3).
    const e = run(plan([{ op: 'setMemberBranch', memberId: 6, to: 3 }, { op: 'setMemberBranch', memberId: 7, to: 3 }]));
    expect(totals(e, 3)?.after).toMatchObject({ households: 300, fullMembers: 3 });
    expect(totals(e, 3)?.findings).toEqual([]);
    expect(totals(e, 2)?.findings).toEqual([{ rule: 'branch_min_full_members', figure: 1, limit: '≥ 3' }]);
  });

  it('counts liaisons and new household-leads live', () => {
    const e = run(plan([
      { op: 'addLiaison', memberId: 6, targetKind: 'neighbourhood', targetId: 1 },
      { op: 'linkLead', memberId: 7, buildingId: 4, households: 12 },
    ]));
    expect(totals(e, 1)?.after).toMatchObject({ reached: 250, coverage: 1 });
    expect(totals(e, 2)?.after).toMatchObject({ reached: 212, leads: 1 });
    expect(e.diff.coverage.after.reached).toBe(215 + 235 + 12);
    expect(e.warnings).toEqual([expect.objectContaining({ code: 'lead_over_limit', record: 'member 7' })]);
    expect(e.diff.leads).toEqual([{ memberId: 7, buildingId: 4, from: 0, to: 12 }]);
  });

  it('lets later steps paint over earlier ones and ignores steps past the cursor', () => {
    const body = plan([{ op: 'assign', buildingIds: [6], to: 1 }], [{ op: 'assign', buildingIds: [6], to: 2 }]);
    expect(run(body).diff.moves).toEqual([{ buildingId: 6, from: null, to: 2, households: 50 }]);
    expect(run({ ...body, cursor: 1 }).diff.moves).toEqual([{ buildingId: 6, from: null, to: 1, households: 50 }]);
    expect(run({ ...body, cursor: 0 }).diff.moves).toEqual([]);
    expect(run(body).diff.coverage.after.unassignedBuildings).toBe(0);
  });
});

describe('bad plans', () => {
  const errors = (body: PlanBody) => run(body).errors.map((e) => [e.code, e.record, e.field]);

  it('name the record and the field at fault', () => {
    expect(errors(plan([{ op: 'assign', buildingIds: [1, 99], to: 2 }]))).toEqual([['unknown_building', 'building 99', 'steps[0].ops[0].buildingIds[1]']]);
    expect(errors(plan([{ op: 'assign', buildingIds: [1], to: 42 }]))).toEqual([['unknown_branch', 'branch 42', 'steps[0].ops[0].to']]);
    expect(errors(plan([{ op: 'assign', buildingIds: [6], to: 1 }, { op: 'assign', buildingIds: [6], to: 2 }]))).toEqual([['two_branches', 'building 6', 'steps[0].ops[1].buildingIds[0]']]);
    // Building 5 is community 2's only building, so taking it would also leave that community gridless.
    expect(errors(plan([{ op: 'assign', buildingIds: [5], to: 1 }]))).toEqual([['other_community', 'building 5', 'steps[0].ops[0].buildingIds[0]'], ['community_without_grid', 'community 2', 'steps']]);
    expect(errors(plan([{ op: 'assign', buildingIds: [6], to: 'n1' }]))).toEqual([['unknown_new_branch', 'new branch n1', 'steps[0].ops[0].to']]);
    expect(errors(plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: ' ' }]))).toEqual([['bad_new_branch', 'new branch n1', 'steps[0].ops[0].name']]);
    expect(errors(plan([{ op: 'createBranch', key: 'n1', communityId: 9, name: '新网格' }]))).toEqual([['bad_new_branch', 'new branch n1', 'steps[0].ops[0].communityId']]);
    expect(errors(plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: '新网格' }]))).toEqual([['empty_new_branch', 'new branch n1', 'steps[0].ops[0]']]);
    expect(errors(plan([{ op: 'linkLead', memberId: 7, buildingId: 4, households: 121 }]))).toEqual([['bad_households', 'building 4', 'steps[0].ops[0].households']]);
    expect(errors(plan([{ op: 'addLiaison', memberId: 4, targetKind: 'building', targetId: 1 }]))).toEqual([['inactive_member', 'member 4', 'steps[0].ops[0].memberId']]);
    expect(errors(plan([{ op: 'removeLiaison', memberId: 6, targetKind: 'building', targetId: 3 }]))).toEqual([['no_such_liaison', 'member 6', 'steps[0].ops[0]']]);
    expect(errors(plan([{ op: 'assign', buildingIds: [5], to: null }]))).toEqual([['community_without_grid', 'community 2', 'steps'], ['nowhere_to_go', 'branch 3', 'steps']]);
  });

  it('refuses to take buildings from a locked branch', () => {
    const base = toyBase();
    base.branches[1] = { ...base.branches[1]!, lock: { by: 'planner2', at: '2026-11-01T08:00:00Z', note: '' } };
    const e = evaluatePlan(prepareBase(base), plan([{ op: 'assign', buildingIds: [3], to: 1 }]), DEFAULT_RULES);
    expect(e.ok).toBe(false);
    expect(e.errors).toEqual([expect.objectContaining({ code: 'locked_branch', record: 'branch 2', field: 'steps[0].ops[0].buildingIds[0]' })]);
    expect(e.errors[0]?.message).toMatch(/locked by planner2/);
    // Giving the locked branch a building is not taking one.
    expect(evaluatePlan(prepareBase(base), plan([{ op: 'assign', buildingIds: [6], to: 2 }]), DEFAULT_RULES).ok).toBe(true);
  });
});

describe('messages as values', () => {
  const only = (body: PlanBody) => run(body).errors.map((e) => [e.code, e.params]);

  it('give each error the names and figures to word it in any language', () => {
    expect(only(plan([{ op: 'assign', buildingIds: [1, 99], to: 2 }]))).toEqual([['unknown_building', { building: 99 }]]);
    expect(only(plan([{ op: 'assign', buildingIds: [6], to: 1 }, { op: 'assign', buildingIds: [6], to: null }]))).toEqual([
      ['two_branches', { building: '测试路6号', first: '西社区第一网格党支部 (01)', second: '—' }],
    ]);
    expect(only(plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: ' ' }]))).toEqual([['bad_new_branch', { variant: 'name', name: 'n1' }]]);
    expect(only(plan([{ op: 'linkLead', memberId: 7, buildingId: 4, households: 121 }]))).toEqual([
      ['bad_households', { variant: 'range', building: '测试路4号', households: 120, asked: 121 }],
    ]);
    expect(only(plan([{ op: 'addLiaison', memberId: 4, targetKind: 'building', targetId: 1 }]))).toEqual([['inactive_member', { member: 4, status: 'deceased' }]]);
    expect(only(plan([{ op: 'removeLiaison', memberId: 6, targetKind: 'neighbourhood', targetId: 1 }]))).toEqual([
      ['no_such_liaison', { variant: 'neighbourhood', member: 6, target: '甲小区' }],
    ]);
    expect(only(plan([{ op: 'assign', buildingIds: [5], to: 1 }]))).toEqual([
      ['other_community', { building: '测试路5号', community: '东社区', branch: '西社区第一网格党支部 (01)', branchCommunity: '西社区' }],
      ['community_without_grid', { community: '东社区' }],
    ]);
  });

  it('give each warning its values too', () => {
    const e = run(plan([{ op: 'assign', buildingIds: [2], to: 2 }, { op: 'linkLead', memberId: 7, buildingId: 4, households: 12 }]));
    expect(e.warnings.map((w) => [w.code, w.params])).toEqual([
      ['split_neighbourhood', { neighbourhood: '甲小区', count: 2 }],
      ['lead_over_limit', { member: 7, households: 12, limit: '≤ 10' }],
    ]);
    const dissolved = run(plan([{ op: 'assign', buildingIds: [3, 4], to: 1 }])).warnings.find((w) => w.code === 'branch_dissolved');
    expect(dissolved?.params).toEqual({ variant: 'successor', branch: '西社区第二网格党支部 (02)', successor: '西社区第一网格党支部 (01)' });
  });
});

describe('appointing by hand', () => {
  it('refuses a probationary member as liaison or new household-lead, naming record and field', () => {
    const e = run(plan([{ op: 'addLiaison', memberId: 3, targetKind: 'building', targetId: 1 }], [{ op: 'linkLead', memberId: 3, buildingId: 2, households: 4 }]));
    expect(e.ok).toBe(false);
    expect(e.errors.map((x) => [x.code, x.record, x.field])).toEqual([
      ['not_full_member', 'member 3', 'steps[0].ops[0].memberId'],
      ['not_full_member', 'member 3', 'steps[1].ops[0].memberId'],
    ]);
    expect(e.errors[0]?.message).toMatch(/probationary/);
  });

  it('takes an active full member and counts the households they newly reach', () => {
    const e = run(plan([{ op: 'addLiaison', memberId: 2, targetKind: 'building', targetId: 2 }]));
    expect(e.ok).toBe(true);
    // Building 2 had 5 of 150 households reached (lead 1); the liaison reaches all 150.
    expect(totals(e, 1)?.after).toMatchObject({ reached: 10 + 150 });
    expect(e.diff.coverage.after.reached - e.diff.coverage.before.reached).toBe(145);
  });
});
