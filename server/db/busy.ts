/**
 * Writes that may be skipped when another connection holds SQLite's write lock (an import
 * commit on its worker thread can hold it for seconds), instead of blocking the event loop for
 * the busy timeout and then failing the request.
 */
import type { Database } from 'better-sqlite3';

/** Whether `error` is SQLite's "database is locked" (another connection is writing). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'));
}

/**
 * Runs `write` on `db` without waiting for the write lock; returns false, having written
 * nothing, if another connection holds it. For bookkeeping that can wait for the next chance
 * (when a session or wall was last seen), never for data a user asked to change.
 */
export function writeIfFree(db: Database, write: () => void): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    write();
    return true;
  } catch (e) {
    if (isBusy(e)) return false;
    throw e;
  } finally {
    db.pragma(`busy_timeout = ${Number(timeout)}`);
  }
}
