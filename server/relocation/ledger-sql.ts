/**
 * SQL fragments for reading the relocation ledger as it stood on a day `@asOf` (YYYY-MM-DD).
 * An entry's state on day D is that of its most recently *recorded* step dated on or before D
 * (the rule of server/services/relocation-history.ts, so the wall's chart and the page agree);
 * an entry with no step by then did not exist yet.
 */

/** The state of ledger entry `r` on `@asOf` (NULL: not yet opened). */
export const entryStateOn = (r: string): string =>
  `(SELECT e.to_state FROM relocation_event e WHERE e.relocation_id = ${r}.id AND e.on_date <= @asOf ORDER BY e.id DESC LIMIT 1)`;

/** The id of the latest-recorded step of entry `r` on or before `@asOf` that recorded a destination (NULL: none). */
export const destinationEventOn = (r: string): string =>
  `(SELECT e.id FROM relocation_event e WHERE e.relocation_id = ${r}.id AND e.on_date <= @asOf
      AND (e.dest_building_id IS NOT NULL OR e.dest_lng IS NOT NULL) ORDER BY e.id DESC LIMIT 1)`;

/** The community id of building `b` (through its neighbourhood, else its grid branch; NULL: neither). */
export const buildingCommunity = (b: string): string =>
  `coalesce((SELECT n.community_id FROM neighbourhood n WHERE n.id = ${b}.neighbourhood_id),
    (SELECT g.community_id FROM grid_branch g WHERE g.id = ${b}.branch_id))`;
