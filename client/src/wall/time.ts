/**
 * Times as the wall writes them, and a clock that ticks once a second for the countdowns.
 */
import { useEffect, useState } from 'react';

/** The current time (ms since the epoch), re-rendering once a second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The time of `ms` (HH:MM:SS, 24 h), with the day in front when it is not `now`'s day (figures held from yesterday). */
export function clock(ms: number, locale: string, now: number): string {
  const at = new Date(ms);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  if (at.toDateString() === new Date(now).toDateString()) return time;
  return `${at.toLocaleDateString(locale, { month: '2-digit', day: '2-digit' })} ${time}`;
}
