/**
 * Opens (creating if needed) and migrates a gridmap SQLite database.
 */
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';

/** Default database file, relative to the working directory; `GRIDMAP_DB` overrides it. */
export const DEFAULT_DB_PATH = 'var/gridmap.db';

/**
 * Opens the database at `path` (`:memory:` for a throwaway one), sets the pragmas gridmap
 * relies on (WAL, foreign keys) and applies pending migrations.
 */
export function openDatabase(path: string = DEFAULT_DB_PATH): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}
