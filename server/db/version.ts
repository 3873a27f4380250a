/**
 * The data version: one number that every write transaction increases, so tile caches,
 * ETags and clients can tell that what they hold is stale.
 */
import type { Database } from 'better-sqlite3';

export interface DataVersion {
  /** The current version. */
  get(): number;
  /** Increases the version; call inside the write's own transaction. Returns the new version. */
  bump(): number;
}

export function dataVersion(db: Database): DataVersion {
  const read = db.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
  const bump = db.prepare('UPDATE data_version SET version = version + 1 WHERE id = 1 RETURNING version').pluck();
  return {
    get: () => read.get() as number,
    bump: () => bump.get() as number,
  };
}
