/**
 * Keeps the demo current. Its dates were written against `REFERENCE_DAY`: on that day members
 * had last been contacted weeks ago, one zone had been cleared a year before, another was
 * moving out. Data generated on a later day moves every date forward by the days between, so
 * the demo tells the same story on any day it is loaded: the six-month clocks, the stages and
 * the as-of slider's range stand where they stood on the reference day.
 */
import { addDays, daysBetween } from '../../shared/as-of/days';
import { dayIn, isRealDay } from '../../shared/dates';
import type { Dataset } from '../../shared/model';
import { timeZoneFrom } from '../config';
import { REFERENCE_DAY } from './figures';

/** Today (YYYY-MM-DD) where the users are, for data generated without a given day. */
export function seedToday(): string {
  return dayIn(timeZoneFrom());
}

/** Whole days from the reference day to `today`; throws, naming the value, if it is not a real day. */
export function daysSinceReference(today: string): number {
  if (!isRealDay(today)) throw new Error(`the demo's day "${today}" is not a real YYYY-MM-DD day`);
  return daysBetween(REFERENCE_DAY, today);
}

/**
 * Moves every date of `data` (validity of grids and buildings, members' last contact) by
 * `days` days, and birth years by the whole years between the reference year and the year
 * moved to, so ages stay as generated. Changes `data` in place and returns it.
 */
export function shiftDataset(data: Dataset, days: number): Dataset {
  if (days === 0) return data;
  const move = (day: string): string => addDays(day, days);
  for (const b of data.branches) {
    b.validFrom = move(b.validFrom);
    if (b.validTo) b.validTo = move(b.validTo);
  }
  for (const b of data.buildings) {
    b.validFrom = move(b.validFrom);
    if (b.validTo) b.validTo = move(b.validTo);
  }
  const years = Number(move(REFERENCE_DAY).slice(0, 4)) - Number(REFERENCE_DAY.slice(0, 4));
  for (const m of data.members) {
    if (m.lastContact) m.lastContact = move(m.lastContact);
    m.birthYear += years;
  }
  return data;
}
