/**
 * Branch locks and revisions (`planner_branch_state`). A locked branch's buildings cannot be
 * taken by any plan; the revision is bumped by every applied plan that changes the branch.
 * Writes run inside the caller's transaction.
 */
import type { Database } from 'better-sqlite3';

export interface LockRow {
  branch_id: number;
  code: string;
  name: string;
  locked_by: string;
  locked_at: string;
  lock_note: string;
  min_lng: number; min_lat: number; max_lng: number; max_lat: number;
}

export function lockRepository(db: Database) {
  const q = {
    branch: db.prepare('SELECT id, code, name, min_lng, min_lat, max_lng, max_lat FROM grid_branch WHERE id = ? AND valid_to IS NULL'),
    lock: db.prepare(`INSERT INTO planner_branch_state (branch_id, locked_by_account, locked_by, locked_at, lock_note) VALUES (@id, @accountId, @username, @at, @note)
      ON CONFLICT (branch_id) DO UPDATE SET locked_by_account = @accountId, locked_by = @username, locked_at = @at, lock_note = @note
      WHERE planner_branch_state.locked_at IS NULL`),
    unlock: db.prepare('UPDATE planner_branch_state SET locked_by_account = NULL, locked_by = NULL, locked_at = NULL, lock_note = \'\' WHERE branch_id = ? AND locked_at IS NOT NULL'),
    locks: db.prepare(`SELECT s.branch_id, g.code, g.name, s.locked_by, s.locked_at, s.lock_note, g.min_lng, g.min_lat, g.max_lng, g.max_lat
      FROM planner_branch_state s JOIN grid_branch g ON g.id = s.branch_id WHERE s.locked_at IS NOT NULL AND g.valid_to IS NULL ORDER BY g.code`),
    lockOf: db.prepare('SELECT locked_by, locked_at FROM planner_branch_state WHERE branch_id = ? AND locked_at IS NOT NULL'),
    bump: db.prepare(`INSERT INTO planner_branch_state (branch_id, revision) VALUES (?, 1)
      ON CONFLICT (branch_id) DO UPDATE SET revision = revision + 1`),
  };
  return {
    /** A current branch with its box, or undefined. */
    branch: (id: number) => q.branch.get(id) as { id: number; code: string; name: string; min_lng: number; min_lat: number; max_lng: number; max_lat: number } | undefined,
    /** Who holds the lock on a branch, if anyone. */
    lockOf: (id: number) => q.lockOf.get(id) as { locked_by: string; locked_at: string } | undefined,
    /** Locks a branch; false if it was locked already. */
    lock: (id: number, who: { accountId: number; username: string }, note: string): boolean =>
      q.lock.run({ id, accountId: who.accountId, username: who.username, at: new Date().toISOString(), note }).changes > 0,
    /** Unlocks a branch; false if it was not locked. */
    unlock: (id: number): boolean => q.unlock.run(id).changes > 0,
    locks: () => q.locks.all() as LockRow[],
    /** Bumps a branch's revision (after a plan changed it). */
    bumpRevision: (id: number): void => {
      q.bump.run(id);
    },
  };
}

export type LockRepository = ReturnType<typeof lockRepository>;
