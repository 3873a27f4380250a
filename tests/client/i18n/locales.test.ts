import { describe, expect, it } from 'vitest';
import { en } from '../../../client/src/i18n/en';
import { zhCN } from '../../../client/src/i18n/zh-CN';
import { formatMessage, translator } from '../../../client/src/i18n';

describe('locale files', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty messages', () => {
    for (const [key, text] of [...Object.entries(zhCN), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('Chinese is Chinese and English is not', () => {
    expect(zhCN['layer.branches']).toMatch(/[\u4e00-\u9fff]/);
    expect(en['layer.branches']).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zhCN['fact.households']).toBe('户数');
    expect(en['fact.households']).toBe('Households');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the singular for a count of exactly one and the plural otherwise', () => {
    const template = '{count} building|{count} buildings';
    expect(formatMessage(template, { count: 1 })).toBe('1 building');
    expect(formatMessage(template, { count: '1' })).toBe('1 building');
    expect(formatMessage(template, { count: 0 })).toBe('0 buildings');
    expect(formatMessage(template, { count: '1,234' })).toBe('1,234 buildings');
  });

  it('uses a plural form only where both forms are given', () => {
    for (const text of [...Object.values(zhCN), ...Object.values(en)]) expect(text.split('|').length).toBeLessThanOrEqual(2);
    for (const text of Object.values(zhCN)) expect(text).not.toContain('|');
  });

  it('translates through the current locale', () => {
    expect(translator('zh-CN')('legend.visibleFrom', { zoom: 15 })).toBe('15 级起显示');
    expect(translator('en')('legend.visibleFrom', { zoom: 15 })).toBe('from zoom 15');
  });
});
