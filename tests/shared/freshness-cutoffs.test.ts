import { describe, expect, it } from 'vitest';
import { freshness } from '../../shared/freshness';
import { freshnessByCutoffs, freshnessCutoffs } from '../../shared/freshness-cutoffs';
import { DEFAULT_RULES } from '../../shared/rules/config';

const day = (base: string, offset: number): string => new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describe('freshness cut-offs', () => {
  it('put the edges where freshness() puts them: 3 and 6 whole months, inclusive', () => {
    expect(freshnessCutoffs('2026-11-22', DEFAULT_RULES)).toEqual({ stale: '2026-08-22', lost: '2026-05-22' });
  });

  it('count from a month-end the way monthsBetween does (08-31 → 02-28 is 6 months)', () => {
    expect(freshnessCutoffs('2027-02-28', DEFAULT_RULES).lost).toBe('2026-08-31');
    expect(freshnessCutoffs('2028-02-29', DEFAULT_RULES).stale).toBe('2027-11-30');
  });

  it('agree with freshness() on every day of two years, for month-ends, leap days and other limits', () => {
    const rulesets = [
      DEFAULT_RULES,
      { staleAfterMonths: { value: 1, inclusive: false }, lostContactMonths: { value: 12, inclusive: true } },
      { staleAfterMonths: { value: 0, inclusive: true }, lostContactMonths: { value: 2, inclusive: false } },
    ];
    for (const today of ['2026-11-22', '2027-02-28', '2028-02-29', '2026-03-31', '2026-01-01']) {
      for (const rules of rulesets) {
        const cutoffs = freshnessCutoffs(today, rules);
        for (let back = -3; back < 730; back++) {
          const date = day(today, -back);
          expect(freshnessByCutoffs(date, cutoffs), `${date} as of ${today}`).toBe(freshness(date, today, rules));
        }
      }
    }
  });

  it('calls a missing date never', () => {
    expect(freshnessByCutoffs(null, freshnessCutoffs('2026-11-22', DEFAULT_RULES))).toBe('never');
  });
});
