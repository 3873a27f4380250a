/**
 * Relocation states over time for the wall's chart: how many ledger entries were in each state
 * at the end of each day, replayed from the ledger's events. Pure.
 *
 * An entry's state on day d is the state of its most recently *recorded* event dated on or
 * before d. Ordering by record (event id) rather than by date keeps the last day equal to the
 * ledger as it stands even when someone back-dates a step before an earlier one.
 */
import { RELOCATION_STATES, type RelocationState } from '../../shared/relocation/states';

export interface LedgerEvent {
  /** Event id: the order events were recorded in. */
  id: number;
  relocationId: number;
  toState: RelocationState;
  /** The day the step happened, YYYY-MM-DD. */
  onDate: string;
}

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) moved by `days` whole days (negative: back), as YYYY-MM-DD (UTC calendar). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `count` consecutive days ending with `last`, oldest first. */
export function dayRange(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, i - count + 1));
}

/** Index of the first of `days` (sorted) that is on or after `date`; `days.length` when none is. */
function firstDayFrom(days: readonly string[], date: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Entries per state at the end of each of `days` (YYYY-MM-DD, ascending, consecutive or not).
 * Events may come in any order.
 */
export function relocationHistory(events: readonly LedgerEvent[], days: readonly string[]): Record<RelocationState, number[]> {
  // A difference array per state: +1 where a state starts holding an entry, -1 where it stops.
  const diff = Object.fromEntries(RELOCATION_STATES.map((s) => [s, new Array<number>(days.length + 1).fill(0)])) as Record<RelocationState, number[]>;
  const bump = (state: RelocationState, index: number, delta: number): void => {
    diff[state][index] = (diff[state][index] ?? 0) + delta;
  };
  const byEntry = new Map<number, LedgerEvent[]>();
  for (const e of events) {
    const list = byEntry.get(e.relocationId);
    if (list) list.push(e);
    else byEntry.set(e.relocationId, [e]);
  }
  for (const list of byEntry.values()) {
    list.sort((a, b) => (a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : a.id - b.id));
    // Walk the dates; the state from each date on is that of the latest-recorded event so far.
    let latest: LedgerEvent | null = null;
    let held: { state: RelocationState; from: number } | null = null;
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as LedgerEvent;
      if (!latest || e.id > latest.id) latest = e;
      const next = list[i + 1];
      if (next && next.onDate === e.onDate) continue;
      const from = firstDayFrom(days, e.onDate);
      if (held && held.state === latest.toState) continue;
      if (held) {
        bump(held.state, held.from, 1);
        bump(held.state, from, -1);
      }
      held = { state: latest.toState, from };
    }
    if (held) bump(held.state, held.from, 1);
  }
  const series = {} as Record<RelocationState, number[]>;
  for (const state of RELOCATION_STATES) {
    let running = 0;
    series[state] = days.map((_, i) => (running += diff[state][i] ?? 0));
  }
  return series;
}
