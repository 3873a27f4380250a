import { describe, expect, it } from 'vitest';
import { asOfFromSearch, searchWithAsOf } from '../../../client/src/asOf/url';

describe('asOf in the page address', () => {
  it('reads a real past day, and today for anything else', () => {
    expect(asOfFromSearch('?asOf=2025-09-30', '2026-11-22')).toBe('2025-09-30');
    expect(asOfFromSearch('?lang=en&asOf=2025-09-30', '2026-11-22')).toBe('2025-09-30');
    expect(asOfFromSearch('', '2026-11-22')).toBeNull();
    expect(asOfFromSearch('?asOf=2025-02-30', '2026-11-22')).toBeNull();
    expect(asOfFromSearch('?asOf=yesterday', '2026-11-22')).toBeNull();
    // Today and the future are "today": live data.
    expect(asOfFromSearch('?asOf=2026-11-22', '2026-11-22')).toBeNull();
    expect(asOfFromSearch('?asOf=2027-01-01', '2026-11-22')).toBeNull();
  });

  it('writes the day, keeping other parameters, and drops it for today', () => {
    expect(searchWithAsOf('', '2025-09-30')).toBe('?asOf=2025-09-30');
    expect(searchWithAsOf('?lang=en', '2025-09-30')).toBe('?lang=en&asOf=2025-09-30');
    expect(searchWithAsOf('?lang=en&asOf=2025-09-30', '2024-01-01')).toBe('?lang=en&asOf=2024-01-01');
    expect(searchWithAsOf('?lang=en&asOf=2025-09-30', null)).toBe('?lang=en');
    expect(searchWithAsOf('?asOf=2025-09-30', null)).toBe('');
  });
});
