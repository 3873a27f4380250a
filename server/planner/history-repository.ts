/**
 * Reads for the planner's lists: a branch's periods (history rows plus its current state),
 * members' names for suggestions, appointing and the diff (planners may see names; the routes
 * audit each read) and the
 * secretary accounts of branches a plan dissolves.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../shared/model';

export interface BranchPeriod {
  code: string;
  name: string;
  validFrom: string;
  /** Null: still current. */
  validTo: string | null;
  bbox: BBox;
  planId: number | null;
}

type PeriodRow = { code: string; name: string; valid_from: string; valid_to: string | null; plan_id: number | null; min_lng: number; min_lat: number; max_lng: number; max_lat: number };

export function plannerHistoryRepository(db: Database) {
  const q = {
    periods: db.prepare(`SELECT code, name, valid_from, valid_to, plan_id, min_lng, min_lat, max_lng, max_lat FROM grid_branch_history WHERE branch_id = @id
      UNION ALL SELECT code, name, valid_from, valid_to, NULL, min_lng, min_lat, max_lng, max_lat FROM grid_branch WHERE id = @id
      ORDER BY valid_from`),
    names: db.prepare('SELECT id, name FROM member WHERE id IN (SELECT value FROM json_each(?))'),
    search: db.prepare(`SELECT id, name FROM member WHERE id IN (SELECT value FROM json_each(@ids)) AND instr(name, @q) > 0
      ORDER BY name, id LIMIT @limit`),
    secretaries: db.prepare(`SELECT username, branch_id AS branchId FROM account
      WHERE role = 'secretary' AND disabled = 0 AND branch_id IN (SELECT value FROM json_each(?)) ORDER BY username`),
  };
  return {
    /** Every period of a branch, oldest first; empty when there is no such branch. */
    branchPeriods: (id: number): BranchPeriod[] =>
      (q.periods.all({ id }) as PeriodRow[]).map((r) => ({
        code: r.code, name: r.name, validFrom: r.valid_from, validTo: r.valid_to, planId: r.plan_id, bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat],
      })),
    /** Enabled secretary accounts answering for any of `branchIds`. */
    secretaryAccounts: (branchIds: readonly number[]) => q.secretaries.all(JSON.stringify(branchIds)) as { username: string; branchId: number }[],
    memberNames: (ids: readonly number[]): Map<number, string> =>
      new Map((q.names.all(JSON.stringify(ids)) as { id: number; name: string }[]).map((r) => [r.id, r.name])),
    /** Those of `ids` whose name contains `text` (all of them for ''), by name, at most `limit`. */
    searchNames: (ids: readonly number[], text: string, limit: number): { id: number; name: string }[] =>
      q.search.all({ ids: JSON.stringify(ids), q: text, limit }) as { id: number; name: string }[],
  };
}
