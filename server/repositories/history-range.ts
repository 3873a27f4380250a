/**
 * The first day the database holds history for: where the dashboard's as-of slider starts.
 * Before it, nothing is known (every building and grid has a later valid_from).
 */
import type { Database } from 'better-sqlite3';

/** Every column that starts a period of the map's history (grids, buildings, their statuses, zones). */
const STARTS = [
  'SELECT min(valid_from) AS d FROM grid_branch',
  'SELECT min(valid_from) AS d FROM grid_branch_history',
  'SELECT min(valid_from) AS d FROM building',
  'SELECT min(valid_from) AS d FROM building_status_history',
  'SELECT min(valid_from) AS d FROM building_assignment_history',
  'SELECT min(valid_from) AS d FROM member_branch_history',
  'SELECT min(announced_on) AS d FROM demolition_zone',
];

/** Reads the earliest history day (YYYY-MM-DD), or null for an empty database. */
export function historyStartReader(db: Database): () => string | null {
  const stmt = db.prepare(`SELECT min(d) FROM (${STARTS.join(' UNION ALL ')})`).pluck();
  return () => (stmt.get() as string | null) ?? null;
}
