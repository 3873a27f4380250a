/**
 * The as-of date in the page address (`?asOf=YYYY-MM-DD`), so a view of a past day can be
 * shared as a link. Pure: reads and writes query strings, not `window.location`.
 */
import { isRealDay } from '../../../shared/dates';

export const AS_OF_PARAM = 'asOf';

/**
 * The past day `search` (a location's query string) asks for, or null for today: when absent,
 * not a real day, or not before `today` (YYYY-MM-DD) — a future day has nothing to show.
 */
export function asOfFromSearch(search: string, today: string): string | null {
  const day = new URLSearchParams(search).get(AS_OF_PARAM);
  return day !== null && isRealDay(day) && day < today ? day : null;
}

/** `search` with `asOf` set (or removed for null, today), other parameters kept in order; '' or '?…'. */
export function searchWithAsOf(search: string, asOf: string | null): string {
  const params = new URLSearchParams(search);
  if (asOf === null) params.delete(AS_OF_PARAM);
  else params.set(AS_OF_PARAM, asOf);
  const text = params.toString();
  return text ? `?${text}` : '';
}
