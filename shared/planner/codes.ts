/**
 * Grid codes: community code (12 digits) + a 2-digit sequence. Grids that already have a
 * code keep it, whatever the plan did to them (secretaries, forms and printed maps quote
 * it); new grids get the lowest sequences no current grid of the community holds, handed
 * out in reading order (rows north → south, west → east within a row; see
 * geo/reading-order.ts) of their representative points.
 */
import { DEFAULT_ROW_BAND_METRES, readingOrderOfPoints } from '../geo/reading-order';

export interface NewGrid<K> {
  key: K;
  /** Representative point `[lng, lat]` (the mean of the polygon's outer-ring vertices). */
  at: [number, number];
}

/** Highest 2-digit sequence. */
const MAX_SEQUENCE = 99;

/**
 * Codes for `grids` in the community `communityCode`, given the codes its current grids keep
 * (`taken`). `northLat` is the community's northernmost latitude, so rows line up with
 * those the existing grids were numbered by. Throws when the 99 sequences run out.
 */
export function allocateCodes<K>(communityCode: string, taken: readonly string[], grids: readonly NewGrid<K>[], northLat?: number): Map<K, string> {
  const used = new Set(taken.filter((c) => c.startsWith(communityCode)).map((c) => Number(c.slice(communityCode.length))));
  const order = grids.length === 0 ? [] : readingOrderOfPoints(grids.map((g) => g.at), DEFAULT_ROW_BAND_METRES, northLat ?? Math.max(...grids.map((g) => g.at[1])));
  const out = new Map<K, string>();
  let next = 1;
  for (const k of order) {
    while (used.has(next)) next += 1;
    if (next > MAX_SEQUENCE) throw new Error(`Community ${communityCode} has no free grid code left (01–${MAX_SEQUENCE} are all held).`);
    const grid = grids[k] as NewGrid<K>;
    out.set(grid.key, `${communityCode}${String(next).padStart(2, '0')}`);
    used.add(next);
  }
  return out;
}
