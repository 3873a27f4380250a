import { describe, expect, it } from 'vitest';
import { branchName, chineseNumber, fakePhone, NeighbourhoodNamer, personName, STREET_NAMES } from '../../../server/seed/names';
import { Random } from '../../../server/seed/random';

describe('names', () => {
  it('writes grid numbers in Chinese numerals', () => {
    expect([1, 9, 10, 12, 20, 21, 99].map(chineseNumber)).toEqual(['一', '九', '十', '十二', '二十', '二十一', '九十九']);
    expect(branchName('潍县路社区', 3)).toBe('潍县路社区第三网格党支部');
  });

  it('makes phone numbers of 11 digits from 100 that never repeat', () => {
    const phones = Array.from({ length: 100_000 }, (_, k) => fakePhone(k + 1));
    for (const p of phones.slice(0, 100)) expect(p).toMatch(/^100\d{8}$/);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('makes Chinese personal names of two to four characters', () => {
    const r = new Random(2);
    for (let k = 0; k < 500; k++) expect(personName(r, k % 2 ? 'male' : 'female', 1940 + (k % 60))).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });

  it('never gives two neighbourhoods the same name', () => {
    const namer = new NeighbourhoodNamer(new Random(4));
    const street = STREET_NAMES[0] ?? { zh: '即墨路', en: 'Jimo Road' };
    const names = Array.from({ length: 600 }, (_, k) => (k % 2 ? namer.estate(street) : namer.courtyard(street, k)));
    expect(new Set(names).size).toBe(names.length);
  });
});
