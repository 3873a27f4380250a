/**
 * The demo stays current: generated for a later day, its dates move forward by the days since
 * the reference day, and nothing else changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../shared/model';
import { addDays } from '../../../shared/as-of/days';
import { REFERENCE_DAY } from '../../../server/seed/figures';
import { generateDataset } from '../../../server/seed/generate';
import { daysSinceReference } from '../../../server/seed/shift';

let asWritten: Dataset;
let later: Dataset;
const LATER = addDays(REFERENCE_DAY, 400);

beforeAll(() => {
  asWritten = generateDataset({ scale: 'demo', today: REFERENCE_DAY });
  later = generateDataset({ scale: 'demo', today: LATER });
});

describe('the demo generated for a later day', () => {
  it('moves every grid, building and last contact by the days since the reference day', () => {
    const days = daysSinceReference(LATER);
    expect(days).toBe(400);
    expect(later.branches.map((b) => [b.validFrom, b.validTo])).toEqual(asWritten.branches.map((b) => [addDays(b.validFrom, days), b.validTo && addDays(b.validTo, days)]));
    expect(later.buildings.map((b) => [b.validFrom, b.validTo])).toEqual(asWritten.buildings.map((b) => [addDays(b.validFrom, days), b.validTo && addDays(b.validTo, days)]));
    expect(later.members.map((m) => m.lastContact)).toEqual(asWritten.members.map((m) => m.lastContact && addDays(m.lastContact, days)));
  });

  it('keeps ages: birth years move with the year', () => {
    // 2026-11-20 + 400 days is in 2027.
    expect(later.members.map((m) => m.birthYear)).toEqual(asWritten.members.map((m) => m.birthYear + 1));
  });

  it('changes nothing else', () => {
    const undated = (d: Dataset) => ({
      ...d,
      branches: d.branches.map(({ validFrom: _f, validTo: _t, ...rest }) => rest),
      buildings: d.buildings.map(({ validFrom: _f, validTo: _t, ...rest }) => rest),
      members: d.members.map(({ lastContact: _c, birthYear: _y, ...rest }) => rest),
    });
    expect(undated(later)).toEqual(undated(asWritten));
  });

  it('refuses a day that is not a real one, naming it', () => {
    expect(() => generateDataset({ scale: 'demo', today: '2027-02-30' })).toThrow(/"2027-02-30" is not a real YYYY-MM-DD day/);
  });
});
