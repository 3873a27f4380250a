import { describe, expect, it } from 'vitest';
import { en } from '../../../client/src/wall/i18n/en';
import { zhCN } from '../../../client/src/wall/i18n/zh-CN';
import { formatMessage, wallTranslator } from '../../../client/src/wall/i18n';

describe('wall locale files', () => {
  it('have the same keys and placeholders, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect(en[key].trim(), key).not.toBe('');
      // English may name a branch by its community and number where Chinese uses its name.
      if (key !== 'unit.branch') expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('Chinese is Chinese and English is not', () => {
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect(en[key], key).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(zhCN['kpi.members']).toBe('党员');
  });

  it('fills placeholders', () => {
    expect(wallTranslator('en')('wall.asOf', { time: '14:02:03' })).toBe('Data as of 14:02:03');
    expect(wallTranslator('zh-CN')('wall.asOf', { time: '14:02:03' })).toBe('数据截至 14:02:03');
    expect(formatMessage('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
