/**
 * Day arithmetic for the as-of date (YYYY-MM-DD calendar days, no time of day): the slider
 * works in whole days counted from the first day with history.
 */

const MS_PER_DAY = 86_400_000;

const utcMidnight = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** `day` moved by `days` (negative: back), as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(utcMidnight(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** `day` held inside `[from, to]` (days compare as strings in YYYY-MM-DD form). */
export function clampDay(day: string, from: string, to: string): string {
  if (day < from) return from;
  if (day > to) return to;
  return day;
}
