import { describe, expect, it } from 'vitest';
import { filterCounts, membersFor, ownMembers } from '../../../client/src/branch/contacts';
import { freshnessRulesOf } from '../../../client/src/branch/freshnessRules';
import { member } from './fixtures';

const today = '2026-11-22';
const rules = freshnessRulesOf(null);
const members = [
  member(1, { lastContact: '2026-11-01' }),
  member(2, { lastContact: '2026-08-22' }),
  member(3, { lastContact: '2026-05-22' }),
  member(4, { lastContact: null }),
  member(5, { lastContact: '2025-01-01', status: 'transferred_out' }),
  member(6, { lastContact: '2026-08-23' }),
];

describe('members due a contact', () => {
  it('lists those not contacted for 3 months or more (edge included), never contacted first, then oldest', () => {
    expect(membersFor('stale', members, today, rules).map((m) => m.id)).toEqual([4, 3, 2]);
  });

  it('lists those not contacted for 6 months or more, never contacted included', () => {
    expect(membersFor('lost', members, today, rules).map((m) => m.id)).toEqual([4, 3]);
  });

  it('leaves transferred-out and deceased members off the due lists but not off the whole list', () => {
    expect(membersFor('all', members, today, rules).map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(filterCounts(members, today, rules)).toEqual({ all: 6, stale: 3, lost: 2 });
  });

  it('follows a deployment\u2019s own thresholds', () => {
    const strict = freshnessRulesOf({ rules: { staleAfterMonths: { value: 1, inclusive: true }, lostContactMonths: { value: 3, inclusive: true } } });
    expect(membersFor('lost', members, today, strict).map((m) => m.id)).toEqual([4, 3, 2]);
  });

  it('keeps only the branch\u2019s own members for the members tab', () => {
    expect(ownMembers([member(1), member(2, { branchId: 2 })], 1).map((m) => m.id)).toEqual([1]);
  });
});

describe('freshness rules of a report', () => {
  it('fall back to the defaults when the report has none or they are malformed', () => {
    expect(freshnessRulesOf({ rules: { staleAfterMonths: 'three' } }).staleAfterMonths).toEqual({ value: 3, inclusive: true });
    expect(freshnessRulesOf({ rules: {} }).lostContactMonths).toEqual({ value: 6, inclusive: true });
  });
});
