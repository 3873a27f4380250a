import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../client/src/api/http';
import { translator } from '../../../client/src/i18n';
import { EffectiveDayRefused, failureText } from '../../../client/src/planner/failures';
import { conflictLines, planMessage, planMessageKey } from '../../../client/src/planner/labels';
import { findConflicts } from '../../../shared/planner/conflicts';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody, PlanError, PlanOp, PlanWarning } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from '../../shared/planner/toy-base';

const p = prepareBase(toyBase());
const plan = (...steps: PlanOp[][]): PlanBody => ({ steps: steps.map((ops) => ({ ops })) });
const zh = translator('zh-CN');
const en = translator('en');

/** Bad plans raising every error the evaluator has, and plans raising its warnings. */
const BAD: PlanBody[] = [
  plan([{ op: 'assign', buildingIds: [99], to: 2 }]),
  plan([{ op: 'assign', buildingIds: [1], to: 42 }]),
  plan([{ op: 'setMemberBranch', memberId: 2, to: null as unknown as number }]),
  plan([{ op: 'assign', buildingIds: [3, 4], to: 1 }, { op: 'setMemberBranch', memberId: 6, to: 2 }]),
  plan([{ op: 'assign', buildingIds: [6], to: 'n1' }]),
  plan([{ op: 'createBranch', key: '', communityId: 1, name: 'x' }]),
  plan([{ op: 'createBranch', key: 'n1', communityId: 9, name: '新网格' }]),
  plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: ' ' }]),
  plan([{ op: 'renameBranch', branch: 1, name: ' ' }]),
  plan([{ op: 'createBranch', key: 'n1', communityId: 1, name: '新网格' }]),
  plan([{ op: 'assign', buildingIds: [6], to: 1 }, { op: 'assign', buildingIds: [6], to: 2 }]),
  plan([{ op: 'assign', buildingIds: [5], to: 1 }]),
  plan([{ op: 'assign', buildingIds: [5], to: null }]),
  plan([{ op: 'addLiaison', memberId: 99, targetKind: 'building', targetId: 1 }]),
  plan([{ op: 'addLiaison', memberId: 4, targetKind: 'building', targetId: 1 }]),
  plan([{ op: 'addLiaison', memberId: 3, targetKind: 'building', targetId: 1 }]),
  plan([{ op: 'addLiaison', memberId: 2, targetKind: 'building', targetId: 77 }]),
  plan([{ op: 'addLiaison', memberId: 2, targetKind: 'neighbourhood', targetId: 77 }]),
  plan([{ op: 'removeLiaison', memberId: 6, targetKind: 'building', targetId: 3 }]),
  plan([{ op: 'removeLiaison', memberId: 6, targetKind: 'neighbourhood', targetId: 1 }]),
  plan([{ op: 'linkLead', memberId: 7, buildingId: 4, households: 121 }]),
  plan([{ op: 'removeLead', memberId: 7 }]),
];
const WARN: PlanBody[] = [
  plan([{ op: 'assign', buildingIds: [2], to: 2 }, { op: 'assign', buildingIds: [6], to: null }, { op: 'linkLead', memberId: 7, buildingId: 4, households: 12 }]),
  plan([{ op: 'assign', buildingIds: [1, 2], to: 2 }]),
  plan([{ op: 'assign', buildingIds: [3, 4], to: 1 }]),
  plan([{ op: 'assign', buildingIds: [3, 4], to: null }, { op: 'setMemberBranch', memberId: 6, to: 1 }, { op: 'setMemberBranch', memberId: 7, to: 1 }]),
];

const errors: PlanError[] = BAD.flatMap((b) => evaluatePlan(p, b, DEFAULT_RULES).errors);
const warnings: PlanWarning[] = WARN.flatMap((b) => evaluatePlan(p, b, DEFAULT_RULES).warnings);
const HAN = /[\u4e00-\u9fff]/;

describe('plan errors and warnings in the UI language', () => {
  // locked_branch needs a locked base; evaluate.test.ts raises it, and its wording is checked in the e2e.
  it('cover every error code but the lock, and the warnings the evaluator raises', () => {
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set([
      'unknown_building', 'unknown_branch', 'unknown_new_branch', 'duplicate_new_branch', 'bad_new_branch', 'two_branches', 'other_community',
      'empty_new_branch', 'unknown_member', 'inactive_member', 'unknown_target', 'no_such_liaison', 'bad_households', 'not_a_lead', 'nowhere_to_go',
      'community_without_grid', 'not_full_member',
    ]));
    expect(new Set(warnings.map((w) => w.code))).toEqual(new Set(['split_neighbourhood', 'left_unassigned', 'secretary_moves', 'branch_dissolved', 'lead_over_limit']));
  });

  it('are worded from code and params in Chinese and in English, every placeholder filled', () => {
    for (const [kind, items] of [['error', errors], ['warning', warnings]] as const) {
      for (const item of items) {
        const chinese = planMessage(kind, item, zh);
        const english = planMessage(kind, item, en);
        expect(chinese, planMessageKey(kind, item)).not.toBe(item.message);
        expect(chinese, planMessageKey(kind, item)).toMatch(HAN);
        expect(`${chinese} ${english}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('words the split neighbourhood, the member status and "no branch"', () => {
    const split = warnings.find((w) => w.code === 'split_neighbourhood') as PlanWarning;
    expect(planMessage('warning', split, zh)).toBe('甲小区被拆分到 2 个网格。');
    expect(planMessage('warning', split, en)).toBe('甲小区 is split across 2 grids.');
    const dead = errors.find((e) => e.code === 'inactive_member') as PlanError;
    expect(planMessage('error', dead, zh)).toBe('党员 #4 当前为「已故」，只有状态正常的党员才能联系住户。');
    const two = errors.find((e) => e.code === 'two_branches') as PlanError;
    expect(planMessage('error', two, zh)).toContain('西社区第二网格党支部 (02)');
    const none = evaluatePlan(p, plan([{ op: 'assign', buildingIds: [6], to: 1 }, { op: 'assign', buildingIds: [6], to: null }]), DEFAULT_RULES).errors[0] as PlanError;
    expect(planMessage('error', none, zh)).toContain('和 未分配');
  });

  it('falls back to the English message for a code this client does not know', () => {
    const newer = { code: 'something_new', message: 'Something new.', params: {}, record: 'x' } as unknown as PlanWarning;
    expect(planMessage('warning', newer, zh)).toBe('Something new.');
  });
});

describe('a conflict on apply', () => {
  it('names each changed record in the UI language, ten at most', () => {
    const seen = { buildings: { '3': 1, '99': 2 }, branches: { '2': { revision: 0, locked: false } }, members: {} };
    const moved = toyBase();
    moved.buildings[2] = { ...moved.buildings[2]!, branchId: 2 };
    moved.branches[1] = { ...moved.branches[1]!, revision: 1 };
    const c = findConflicts(prepareBase(moved), seen);
    expect(conflictLines(p, c, zh)).toEqual(['楼栋 测试路3号：西社区第一网格党支部 (01) → 西社区第二网格党支部 (02)', '楼栋 #99 已拆除或不存在', '西社区第二网格党支部 (02)：已被他人修改（第 0 版 → 第 1 版）']);
    expect(conflictLines(p, c, en)[2]).toBe('西社区第二网格党支部 (02): changed by someone else (revision 0 → 1)');
    const many = { buildings: Array.from({ length: 12 }, (_, i) => ({ id: 100 + i, address: '', seen: null, now: null, gone: true })), branches: [], members: [] };
    expect(conflictLines(p, many, zh).at(-1)).toBe('另有 2 处');
  });
});

describe('a failed request', () => {
  it('is worded by status and field, else the server\'s words behind a worded lead-in', () => {
    expect(failureText(new ApiRequestError('Someone else saved plan 3 first', 409, 'expectedRevision'), zh)).toBe('他人已先保存了这份草稿，请重新打开后再试。');
    expect(failureText(new ApiRequestError('Bad', 400, 'steps[0].ops[0].memberId'), en)).toMatch(/^The server refused to apply/);
    expect(failureText(new TypeError('Failed to fetch'), zh)).toBe('操作失败：Failed to fetch');
  });

  it('says which branch cannot end the day it was founded, and what day to pick, in both languages', () => {
    const past = new EffectiveDayRefused('sameDayEnd', '2026-12-01', '2026-12-06', ['西社区第三网格党支部 (03)']);
    expect(failureText(past, zh)).toBe('西社区第三网格党支部 (03)成立于 2026-12-01，不能在成立当天撤销。请选择更晚的生效日期后再应用。');
    expect(failureText(past, en)).toBe('西社区第三网格党支部 (03) was founded on 2026-12-01 and cannot end the day it was founded. Pick a later effective date, then apply.');
    // Founded today: no later day is open yet (the server takes no future day), so it says tomorrow.
    const todays = new EffectiveDayRefused('sameDayEnd', '2026-12-06', '2026-12-06', ['甲 (03)', '乙 (04)']);
    expect(failureText(todays, zh)).toBe('甲 (03)、乙 (04)今天（2026-12-06）刚成立，不能在成立当天撤销；生效日期又不能晚于今天，请明天再应用此方案。');
    expect(failureText(todays, en)).toBe('甲 (03), 乙 (04) were founded today (2026-12-06) and cannot end the day they were founded; the effective date cannot be after today, so apply this plan from tomorrow.');
    const early = new EffectiveDayRefused('outOfRange', '2020-01-01', '2026-12-06');
    expect(failureText(early, zh)).toBe('生效日期 2020-01-01 不可用：须不晚于今天（2026-12-06），且不早于方案所涉网格、楼栋或党员的最近一次变动。请另选日期。');
    expect(failureText(early, en)).toMatch(/^The plan cannot take effect on 2020-01-01: the day must be no later than today \(2026-12-06\)/);
    for (const t of [zh, en]) for (const f of [past, todays, early]) expect(failureText(f, t)).not.toMatch(/操作失败|did not work|\{/);
  });
});
