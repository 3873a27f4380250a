/**
 * Calendar days as `YYYY-MM-DD` strings. gridmap's users live in China: "today" is the day in
 * the deployment's time zone (Asia/Shanghai unless configured), not the UTC day, which between
 * midnight and 08:00 Beijing time is still yesterday.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `s` is a real calendar day in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isRealDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The calendar day of the instant `now` in `timeZone` (an IANA name such as Asia/Shanghai). */
export function dayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Minutes `timeZone` is ahead of UTC at the instant `at` (Asia/Shanghai: 480). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant (ISO) at which calendar day `day` (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDayUtc(day: string, timeZone: string): string {
  const midnightUtc = new Date(`${day}T00:00:00Z`);
  const offset = utcOffsetMinutes(timeZone, midnightUtc);
  return new Date(midnightUtc.getTime() - offset * 60_000).toISOString();
}
