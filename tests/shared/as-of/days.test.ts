import { describe, expect, it } from 'vitest';
import { addDays, clampDay, daysBetween } from '../../../shared/as-of/days';

describe('as-of day arithmetic', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('counts whole days either way, and undoes addDays', () => {
    expect(daysBetween('2020-01-01', '2020-12-31')).toBe(365);
    expect(daysBetween('2025-10-01', '2025-09-30')).toBe(-1);
    expect(addDays('2020-01-01', daysBetween('2020-01-01', '2026-11-22'))).toBe('2026-11-22');
  });

  it('keeps a day inside a range', () => {
    expect(clampDay('2019-05-01', '2020-01-01', '2026-11-22')).toBe('2020-01-01');
    expect(clampDay('2030-01-01', '2020-01-01', '2026-11-22')).toBe('2026-11-22');
    expect(clampDay('2025-10-01', '2020-01-01', '2026-11-22')).toBe('2025-10-01');
  });
});
