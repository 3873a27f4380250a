import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../client/src/asOf/format';

describe('formatDay', () => {
  it('writes the calendar day in each UI language, never shifted by a time zone', () => {
    expect(formatDay('2025-09-30', 'zh-CN')).toBe('2025年9月30日');
    // ICU versions differ on "Sep" or "Sept".
    expect(formatDay('2025-09-30', 'en')).toMatch(/^30 Sept? 2025$/);
    expect(formatDay('2020-01-01', 'en')).toBe('1 Jan 2020');
  });
});
