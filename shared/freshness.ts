/**
 * How old a fact is: a building's last verification or a member's last contact, in whole
 * calendar months, and its class for colouring and lists: fresh (green), stale (amber, from
 * `staleAfterMonths`), lost (red, from `lostContactMonths`), or never.
 */
import { meetsMin, type RuleConfig } from './rules/config';

export type Freshness = 'fresh' | 'stale' | 'lost' | 'never';

/**
 * Whole months from `from` to `to` (both YYYY-MM-DD): 2026-05-22 → 2026-11-22 is 6, and
 * 2026-05-23 → 2026-11-22 is 5 (the sixth month is not complete yet). A start on a day the
 * end month lacks counts from that month's last day: 08-31 → 02-28 is 6 months.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const lastDayOfEndMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return (ty - fy) * 12 + (tm - fm) - (td < Math.min(fd, lastDayOfEndMonth) ? 1 : 0);
}

/** The freshness class of a date (null: never verified / contacted) as of `today`. */
export function freshness(date: string | null, today: string, rules: Pick<RuleConfig, 'staleAfterMonths' | 'lostContactMonths'>): Freshness {
  if (date === null) return 'never';
  const months = monthsBetween(date, today);
  if (meetsMin(months, rules.lostContactMonths)) return 'lost';
  if (meetsMin(months, rules.staleAfterMonths)) return 'stale';
  return 'fresh';
}
