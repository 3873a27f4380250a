/**
 * Which gap neighbourhoods are new: ones that appeared while the wall was watching. The server
 * keeps no history of gaps, so the wall remembers the set it has seen; the first load marks
 * nothing new. Pure.
 */

export interface GapWatch {
  /** Gap ids seen so far (null before the first load). */
  known: readonly number[] | null;
  /** New gap id → when it first appeared (ms since the epoch). */
  fresh: Readonly<Record<number, number>>;
}

/** How long a gap stays marked new, ms. */
export const NEW_GAP_MS = 30 * 60_000;

export const EMPTY_GAP_WATCH: GapWatch = { known: null, fresh: {} };

/**
 * The watch after a load that found `current` gaps at `now`: gaps not seen before are new from
 * now; marks older than `NEW_GAP_MS`, or on gaps that have closed, are dropped.
 */
export function watchGaps(watch: GapWatch, current: readonly number[], now: number): GapWatch {
  const open = new Set(current);
  const fresh: Record<number, number> = {};
  for (const [id, since] of Object.entries(watch.fresh)) {
    if (open.has(Number(id)) && now - since < NEW_GAP_MS) fresh[Number(id)] = since;
  }
  if (watch.known !== null) {
    const seen = new Set(watch.known);
    for (const id of current) if (!seen.has(id)) fresh[id] = now;
  }
  // Closed gaps leave `known`: one that opens again later is new again.
  return { known: [...open], fresh };
}
