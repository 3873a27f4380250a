/**
 * SQL fragments for reading the grid as it stood on a past day (`@asOf`, YYYY-MM-DD), from
 * the history tables of migration 008: past periods in `*_history`, the current period in the
 * existing columns. A period holds from valid_from (included) to valid_to (excluded).
 *
 * Shared by the coverage input, the unit directory and the map layers, so all three agree on
 * what the grid was on any day. Members' homes and statuses come from migration 009's
 * `member_residence_history` (written by the relocation ledger). Who was a lead or liaison
 * has no history: it is read as it is today.
 */

/** True when the period `[from, to)` (to may be NULL: open) holds `@asOf`. */
const holds = (from: string, to: string): string => `(${from} <= @asOf AND (${to} IS NULL OR ${to} > @asOf))`;

/** Join condition: the history row of branch `g` that holds `@asOf` (alias `h`). */
export const branchHistoryOn = (g: string, h = 'h'): string => `${h}.branch_id = ${g}.id AND ${h}.valid_from <= @asOf AND ${h}.valid_to > @asOf`;

/** Branch `g` existed on `@asOf`: in its current period, or in a past one. */
export const branchExistsOn = (g: string): string =>
  `(${holds(`${g}.valid_from`, `${g}.valid_to`)} OR EXISTS (SELECT 1 FROM grid_branch_history hx WHERE ${branchHistoryOn(g, 'hx')}))`;

/** Building `b` existed on `@asOf` and was not demolished then. */
export const buildingExistsOn = (b: string): string =>
  `${holds(`${b}.valid_from`, `${b}.valid_to`)} AND coalesce((SELECT s.status FROM building_status_history s
    WHERE s.building_id = ${b}.id AND ${holds('s.valid_from', 's.valid_to')}), ${b}.status) != 'demolished'`;

/** The branch id building `b` was assigned to on `@asOf` (NULL: none). */
export const buildingBranchOn = (b: string): string =>
  `(CASE WHEN EXISTS (SELECT 1 FROM building_assignment_history ax WHERE ax.building_id = ${b}.id AND ax.valid_from <= @asOf AND ax.valid_to > @asOf)
    THEN (SELECT ax.branch_id FROM building_assignment_history ax WHERE ax.building_id = ${b}.id AND ax.valid_from <= @asOf AND ax.valid_to > @asOf)
    ELSE ${b}.branch_id END)`;

/** The branch id member `m` was organised in on `@asOf` (NULL: none). */
export const memberBranchOn = (m: string): string =>
  `(CASE WHEN EXISTS (SELECT 1 FROM member_branch_history mx WHERE mx.member_id = ${m}.id AND mx.valid_from <= @asOf AND mx.valid_to > @asOf)
    THEN (SELECT mx.branch_id FROM member_branch_history mx WHERE mx.member_id = ${m}.id AND mx.valid_from <= @asOf AND mx.valid_to > @asOf)
    ELSE ${m}.branch_id END)`;

/** Member `m`'s period in `member_residence_history` holding `@asOf` (alias `rx`); none: the current one. */
const residenceOn = (m: string): string =>
  `rx.member_id = ${m}.id AND (rx.valid_from IS NULL OR rx.valid_from <= @asOf) AND rx.valid_to > @asOf`;

/** The building member `m` lived in on `@asOf` (NULL: outside the sub-district or unknown). */
export const memberBuildingOn = (m: string): string =>
  `(CASE WHEN EXISTS (SELECT 1 FROM member_residence_history rx WHERE ${residenceOn(m)})
    THEN (SELECT rx.building_id FROM member_residence_history rx WHERE ${residenceOn(m)})
    ELSE ${m}.building_id END)`;

/** Member `m`'s status on `@asOf` (only `active` members count for coverage). */
export const memberStatusOn = (m: string): string =>
  `coalesce((SELECT rx.status FROM member_residence_history rx WHERE ${residenceOn(m)}), ${m}.status)`;
