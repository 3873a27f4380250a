/**
 * Made-up Chinese names for people, neighbourhoods and grids, drawn from the word lists in
 * `data/demo/`. Any match with a real person is chance.
 */
import people from '../../data/demo/people.json';
import neighbourhoodWords from '../../data/demo/neighbourhoods.json';
import streetList from '../../data/demo/streets.json';
import type { Gender } from '../../shared/model';
import { WeightedSampler, type Random } from './random';

/** A street name with its English form. */
export interface StreetName {
  zh: string;
  en: string;
}

/** All street names; the first twenty are real streets of the Jimo Road area. */
export const STREET_NAMES: readonly StreetName[] = streetList.streets;

/** How many leading entries of `STREET_NAMES` are the Jimo Road area's real streets. */
export const REAL_STREET_COUNT = 20;

const surnames = people.surnames.map(([name]) => String(name));
const surnameSampler = new WeightedSampler(people.surnames.map(([, weight]) => Number(weight)));

/** Born in or before this year: named in the older generation's style. */
const OLDER_GENERATION_BORN_BY = 1966;

/** A plausible made-up person's name for the gender and birth year. */
export function personName(random: Random, gender: Gender, birthYear: number): string {
  const surname = surnames[surnameSampler.draw(random)] as string;
  if (birthYear <= OLDER_GENERATION_BORN_BY && random.chance(0.8)) {
    return surname + random.pick(gender === 'male' ? people.olderMale : people.olderFemale);
  }
  const last = random.pick(gender === 'male' ? people.youngerMale : people.youngerFemale);
  if (random.chance(0.3)) return surname + last;
  return surname + random.pick(gender === 'male' ? people.youngerMaleFirst : people.youngerFemaleFirst) + last;
}

/**
 * Hands out neighbourhood names that are unique within one sub-district: estates
 * (`和平小区`, `瑞园花园`…) and old courtyard compounds (`广兴里`…).
 */
export class NeighbourhoodNamer {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A fresh estate (小区) name, optionally after a nearby street. */
  estate(street: StreetName): string {
    return this.unique(() => {
      const stem = this.random.chance(0.25) ? street.zh.replace(/路$/, '') : this.random.pick(neighbourhoodWords.estateWords);
      return stem + this.random.pick(neighbourhoodWords.estateSuffixes);
    });
  }

  /** A fresh courtyard compound (里院) name, or `<street><n>号院`. */
  courtyard(street: StreetName, number: number): string {
    return this.unique(() => (this.random.chance(0.7) ? `${this.random.pick(neighbourhoodWords.courtyardWords)}里` : `${street.zh}${number}号院`));
  }

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = make();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    // Every short name is taken: number the next one so it is still unique.
    const name = `${make()}${this.used.size + 1}`;
    this.used.add(name);
    return name;
  }
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number 1–99 in Chinese numerals, as used in 第N网格 (`12` → `十二`). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The grid branch's name: `XX社区第N网格党支部`. */
export function branchName(communityName: string, sequence: number): string {
  return `${communityName}第${chineseNumber(sequence)}网格党支部`;
}

/**
 * A phone number that cannot be real: 11 digits starting with 100 (no Chinese mobile or
 * landline number does). Distinct `serial`s below 10⁸ give distinct numbers.
 */
export function fakePhone(serial: number): string {
  // 48271 is coprime with 10⁸, so the scramble is a bijection on [0, 10⁸).
  const scrambled = (serial * 48271 + 12345) % 100_000_000;
  return `100${String(scrambled).padStart(8, '0')}`;
}
