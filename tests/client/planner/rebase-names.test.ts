/**
 * After a rebase the page names what the plan now takes from another planner's change and what
 * it could not keep, and why, in the UI's language: each building by address and each branch by
 * name and code, as the conflict list does.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../client/src/i18n';
import { rebaseLines } from '../../../client/src/planner/labels';
import { findConflicts, rebasePlan, type RebaseReport } from '../../../shared/planner/conflicts';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody, PlanSeen } from '../../../shared/planner/types';
import { toyBase } from '../../shared/planner/toy-base';

const zh = translator('zh-CN');
const en = translator('en');
const created = new Map([['n1', { name: '西社区新网格党支部' }]]);

/** Meanwhile someone moved building 1 into branch 2, demolished building 6 and locked branch 3 (building 5's). */
function meanwhile() {
  const b = toyBase();
  b.buildings = b.buildings.filter((x) => x.id !== 6).map((x) => (x.id === 1 ? { ...x, branchId: 2 } : x));
  b.branches = b.branches.map((x) => (x.id === 3 ? { ...x, lock: { by: 'planner-b', note: '', at: '2026-12-06T00:00:00Z' } } : x));
  return prepareBase(b);
}

/** A plan drawn on the toy grid: buildings 1, 2, 5 and 6 into a new branch, building 3 unassigned. */
const body: PlanBody = {
  steps: [
    { ops: [{ op: 'createBranch', key: 'n1', communityId: 1, name: '西社区新网格党支部' }, { op: 'assign', buildingIds: [1, 2, 5, 6], to: 'n1' }] },
    { ops: [{ op: 'assign', buildingIds: [3], to: null }] },
  ],
};
const seen: PlanSeen = { buildings: { '1': 1, '2': 1, '3': 2, '5': 3, '6': null }, branches: {}, members: {} };

describe('the lines under "rebased"', () => {
  it('name the overridden building and each dropped op with its reason, in Chinese and English', () => {
    const now = meanwhile();
    const { report } = rebasePlan(now, body, seen);
    expect(rebaseLines(now, null, created, report, zh)).toEqual([
      '楼栋 测试路1号：西社区第二网格党支部 (02) → 西社区新网格党支部（新）（覆盖他人改动）',
      '第 1 步未保留 楼栋 测试路5号：东社区第一网格党支部 (01) 已被锁定',
      '第 1 步未保留 楼栋 #6：楼栋已拆除或不存在',
    ]);
    expect(rebaseLines(now, null, created, report, en)).toEqual([
      'Building 测试路1号: 西社区第二网格党支部 (02) → 西社区新网格党支部 (new) (overrides another planner\'s change)',
      'Dropped from step 1: Building 测试路5号: 东社区第一网格党支部 (01) is now locked',
      'Dropped from step 1: Building #6: the building is demolished or gone',
    ]);
  });

  it('names a dissolved branch from the conflict that preceded the rebase', () => {
    const b = toyBase();
    b.branches = b.branches.filter((x) => x.id !== 2);
    b.buildings = b.buildings.map((x) => (x.branchId === 2 ? { ...x, branchId: 1 } : x));
    const now = prepareBase(b);
    const plan: PlanBody = { steps: [{ ops: [{ op: 'assign', buildingIds: [6], to: 2 }] }] };
    const before: PlanSeen = { buildings: { '6': null }, branches: { '2': { revision: 0, locked: false } }, members: {} };
    const { report } = rebasePlan(now, plan, before);
    const conflict = findConflicts(now, before);
    conflict.branches = conflict.branches.map((x) => ({ ...x, code: '37020399900102', name: '西社区第二网格党支部' }));
    expect(rebaseLines(now, conflict, created, report, zh)).toEqual(['第 1 步未保留 西社区第二网格党支部 (02)：该网格已被撤销']);
    expect(rebaseLines(now, null, created, report, en)).toEqual(['Dropped from step 1: Grid #2: the grid was dissolved meanwhile']);
  });

  it('words each reason from its code, not from the server\'s English', () => {
    const now = meanwhile();
    const { report } = rebasePlan(now, body, seen);
    const reworded: RebaseReport = { ...report, dropped: report.dropped.map((d) => ({ ...d, reason: 'reworded by the server' })) };
    expect(rebaseLines(now, null, created, reworded, zh).slice(1)).toEqual(['第 1 步未保留 楼栋 测试路5号：东社区第一网格党支部 (01) 已被锁定', '第 1 步未保留 楼栋 #6：楼栋已拆除或不存在']);
  });

  it('keeps the server\'s words for a reason this client does not know, and shortens a long list', () => {
    const now = prepareBase(toyBase());
    // As a newer server would answer, with a code this client has no wording for.
    const report = JSON.parse(JSON.stringify({
      overridden: Array.from({ length: 11 }, (_, i) => ({ buildingId: 100 + i, seen: 1, now: 2, planned: null })),
      dropped: [{ step: 2, op: 0, record: 'liaison 7', code: 'liaison_gone', branchId: null, reason: 'a newer server\'s reason' }],
    })) as RebaseReport;
    const lines = rebaseLines(now, null, created, report, zh);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('楼栋 #100：西社区第二网格党支部 (02) → 未分配（覆盖他人改动）');
    expect(lines[10]).toBe('另有 2 处');
    const one: RebaseReport = { overridden: [], dropped: report.dropped };
    expect(rebaseLines(now, null, created, one, zh)).toEqual(['第 3 步未保留 liaison 7：a newer server\'s reason']);
    expect(rebaseLines(now, null, created, one, en)).toEqual(['Dropped from step 3: liaison 7: a newer server\'s reason']);
  });
});
