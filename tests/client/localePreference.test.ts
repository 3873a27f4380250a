import { describe, expect, it } from 'vitest';
import { initialLocale } from '../../client/src/localePreference';

describe('initialLocale', () => {
  it('defaults to Chinese', () => {
    expect(initialLocale('', null)).toBe('zh-CN');
  });

  it('follows ?lang= over the remembered choice', () => {
    expect(initialLocale('?lang=en', 'zh-CN')).toBe('en');
    expect(initialLocale('?x=1&lang=zh-CN', 'en')).toBe('zh-CN');
  });

  it('uses the remembered choice and ignores junk', () => {
    expect(initialLocale('', 'en')).toBe('en');
    expect(initialLocale('?lang=fr', 'de')).toBe('zh-CN');
  });
});
