import { describe, expect, it } from 'vitest';
import {
  NO_FIGURE,
  formatArea,
  formatCount,
  formatDistance,
  formatPercent,
  formatPercentRange,
} from '../../../shared/format/figures';

describe('figure formatting', () => {
  it('groups thousands in both languages', () => {
    expect(formatCount(28123, 'zh-CN')).toBe('28,123');
    expect(formatCount(28123, 'en')).toBe('28,123');
    expect(formatCount(0, 'en')).toBe('0');
  });

  it('shows coverage fractions as percentages with at most one decimal, a dash for none', () => {
    expect(formatPercent(0.29360310066493617, 'zh-CN')).toBe('29.4%');
    expect(formatPercent(0.2, 'en')).toBe('20%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0.123456, 'en', 0)).toBe('12%');
    expect(formatPercent(null, 'zh-CN')).toBe(NO_FIGURE);
  });

  it('gives distances in metres, and kilometres from 1 km, in each language\u2019s units', () => {
    expect(formatDistance(41, 'zh-CN')).toBe('41米');
    expect(formatDistance(41, 'en')).toBe('41 m');
    expect(formatDistance(40.6, 'en')).toBe('41 m');
    expect(formatDistance(1240, 'en')).toBe('1.2 km');
    expect(formatDistance(1240, 'zh-CN')).toBe('1.2公里');
  });

  it('gives areas in whole square metres', () => {
    expect(formatArea(1234.4, 'en')).toBe('1,234 m²');
    expect(formatArea(12.6, 'zh-CN')).toBe('13 m²');
  });

  it('writes a class range as whole percentages with an en dash', () => {
    expect(formatPercentRange(0.2, 0.4)).toBe('20–40%');
    expect(formatPercentRange(0, 0.2)).toBe('0–20%');
  });
});
