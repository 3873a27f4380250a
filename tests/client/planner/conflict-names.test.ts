/**
 * A conflict names what changed by name and code, on both sides: a branch someone founded
 * meanwhile (known only to the grid as it now stands) and one someone dissolved (known only to
 * the grid the plan was drawn on).
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../client/src/i18n';
import { conflictLines, withGoneNames } from '../../../client/src/planner/labels';
import { findConflicts } from '../../../shared/planner/conflicts';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanSeen } from '../../../shared/planner/types';
import { toyBase } from '../../shared/planner/toy-base';

const before = prepareBase(toyBase());
/** Someone founded branch 9 with building 1, and dissolved branch 2 into branch 1. */
function meanwhile() {
  const b = toyBase();
  b.branches = [
    { ...b.branches[0]!, revision: 1 },
    b.branches[2]!,
    { id: 9, communityId: 1, code: '37020399900103', name: '西社区第三网格党支部', revision: 0, lock: null, secretaryMemberId: null },
  ];
  b.buildings = b.buildings.map((x) => (x.id === 1 ? { ...x, branchId: 9 } : x.branchId === 2 ? { ...x, branchId: 1 } : x));
  return prepareBase(b);
}
/** What a plan drawn on `before` saw of buildings 1 and 3 and their branches. */
const seen: PlanSeen = { buildings: { '1': 1, '3': 2 }, branches: { '1': { revision: 0, locked: false }, '2': { revision: 0, locked: false } }, members: {} };

describe('a conflict with branches founded and dissolved meanwhile', () => {
  it('names the new branch from the grid now and the dissolved one from the grid the plan was drawn on', () => {
    const now = meanwhile();
    const c = withGoneNames(before, findConflicts(now, seen));
    expect(conflictLines(now, c, translator('zh-CN'))).toEqual([
      '楼栋 测试路1号：西社区第一网格党支部 (01) → 西社区第三网格党支部 (03)',
      '楼栋 测试路3号：西社区第二网格党支部 (02) → 西社区第一网格党支部 (01)',
      '西社区第一网格党支部 (01)：已被他人修改（第 0 版 → 第 1 版）',
      '西社区第二网格党支部 (02)：已撤销',
    ]);
    expect(conflictLines(now, c, translator('en')).slice(2)).toEqual([
      '西社区第一网格党支部 (01): changed by someone else (revision 0 → 1)',
      '西社区第二网格党支部 (02): dissolved',
    ]);
  });

  it('falls back to the number of a dissolved branch no grid at hand knows', () => {
    const now = meanwhile();
    const c = withGoneNames(null, findConflicts(now, seen));
    expect(conflictLines(now, c, translator('zh-CN'))[3]).toBe('网格 #2：已撤销');
    expect(conflictLines(now, c, translator('en'))[3]).toBe('Grid #2: dissolved');
  });
});
