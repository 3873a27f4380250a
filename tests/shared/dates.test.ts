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

describe('day boundaries in a time zone', () => {
  it('puts the start of a Beijing day at 16:00 UTC the day before', async () => {
    const { startOfDayUtc, utcOffsetMinutes } = await import('../../shared/dates');
    expect(utcOffsetMinutes('Asia/Shanghai', new Date('2026-11-22T12:00:00Z'))).toBe(480);
    expect(startOfDayUtc('2026-11-22', 'Asia/Shanghai')).toBe('2026-11-21T16:00:00.000Z');
    expect(startOfDayUtc('2026-11-22', 'UTC')).toBe('2026-11-22T00:00:00.000Z');
  });
});
