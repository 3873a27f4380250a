import { describe, expect, it } from 'vitest';
import { dayIn, isRealDay } from '../../shared/dates';

describe('isRealDay', () => {
  it.each([['2026-02-28', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-02-30', false], ['2026-13-01', false], ['2026-1-01', false], ['2026-01-01x', false]])('%s → %s', (s, ok) => {
    expect(isRealDay(s)).toBe(ok);
  });
});

describe('dayIn', () => {
  it('gives the Beijing day, which runs 8 hours ahead of UTC', () => {
    // 2026-11-22 20:30 UTC is already 2026-11-23 04:30 in Beijing.
    const instant = new Date('2026-11-22T20:30:00Z');
    expect(dayIn('Asia/Shanghai', instant)).toBe('2026-11-23');
    expect(dayIn('UTC', instant)).toBe('2026-11-22');
  });
});
