import { describe, expect, it } from 'vitest';
import { freshness, monthsBetween } from '../../shared/freshness';
import { DEFAULT_RULES, mergeRules } from '../../shared/rules/config';

describe('monthsBetween', () => {
  it.each([
    ['2026-05-22', '2026-11-22', 6],
    ['2026-05-23', '2026-11-22', 5],
    ['2025-12-31', '2026-01-01', 0],
    ['2025-11-22', '2026-11-22', 12],
    ['2026-02-28', '2026-03-28', 1],
    // Month ends: a start on the 31st is complete on the end month's last day.
    ['2025-08-31', '2026-02-28', 6],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-02-27', 0],
    ['2024-01-31', '2024-02-29', 1],
  ])('%s → %s is %i whole months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months);
  });
});

describe('freshness (3 months stale, 6 lost, both inclusive by default)', () => {
  const today = '2026-11-22';
  it.each([
    ['2026-09-01', 'fresh'],
    ['2026-08-22', 'stale'],
    ['2026-05-23', 'stale'],
    ['2026-05-22', 'lost'],
    [null, 'never'],
  ] as const)('%s is %s', (date, cls) => {
    expect(freshness(date, today, DEFAULT_RULES)).toBe(cls);
  });

  it('follows an exclusive edge', () => {
    const rules = mergeRules({ lostContactMonths: { value: 6, inclusive: false } });
    expect(freshness('2026-05-22', today, rules)).toBe('stale');
    expect(freshness('2026-04-22', today, rules)).toBe('lost');
  });
});
