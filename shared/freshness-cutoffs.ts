/**
 * Freshness as date cut-offs, for places that can only compare strings: a map style colours
 * buildings by `verifiedOn <= cutoff` because MapLibre expressions cannot count calendar months.
 * Day strings are `YYYY-MM-DD`, so lexical order is calendar order.
 */
import { monthsBetween, type Freshness } from './freshness';
import { meetsMin, type Limit, type RuleConfig } from './rules/config';

/** The latest day that is stale (or older), and the latest day that is lost, as of some day. */
export interface FreshnessCutoffs {
  /** Days on or before this one are at least `staleAfterMonths` old. */
  stale: string;
  /** Days on or before this one are at least `lostContactMonths` old. */
  lost: string;
}

const DAY_MS = 86_400_000;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The latest day `d` (on or before `today`) with `monthsBetween(d, today)` meeting `limit`.
 * Months only grow as `d` moves back, so a binary search over days back finds the edge.
 */
function lastDayMeeting(today: string, limit: Limit): string {
  const meets = (back: number): boolean => meetsMin(monthsBetween(daysBefore(today, back), today), limit);
  let lo = 0;
  // A month is at most 31 days: this far back the limit is met for sure.
  let hi = (Math.max(0, Math.ceil(limit.value)) + 2) * 31;
  if (meets(lo)) return today;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return daysBefore(today, hi);
}

/** The cut-off days of `rules` as of `today` (YYYY-MM-DD, the users' calendar day). */
export function freshnessCutoffs(today: string, rules: Pick<RuleConfig, 'staleAfterMonths' | 'lostContactMonths'>): FreshnessCutoffs {
  return { stale: lastDayMeeting(today, rules.staleAfterMonths), lost: lastDayMeeting(today, rules.lostContactMonths) };
}

/** The freshness class of `date` by the cut-offs: the same answer `freshness()` gives. */
export function freshnessByCutoffs(date: string | null, cutoffs: FreshnessCutoffs): Freshness {
  if (date === null) return 'never';
  if (date <= cutoffs.lost) return 'lost';
  if (date <= cutoffs.stale) return 'stale';
  return 'fresh';
}
