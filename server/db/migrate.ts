/**
 * Numbered, forward-only SQL migrations.
 *
 * Files in `server/db/migrations/` are named `NNN_description.sql` and applied in number
 * order, each in its own transaction, recorded in `schema_migration`. A migration that was
 * applied is never edited: change the schema with a new file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Reads the migration files, sorted by number. Throws if two files share a number. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
      if (!match) {
        throw new Error(`Migration file "${file}" must be named NNN_description.sql (for example 003_add_audit.sql).`);
      }
      return { version: Number(match[1]), name: match[2] ?? file, sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new Error(`Two migrations share number ${migrations[i]?.version}; renumber one of them.`);
    }
  }
  return migrations;
}

/**
 * Applies, in number order, every migration the database has not recorded. Returns the
 * versions applied. A lower-numbered file that arrives after a higher one (two branches of
 * work merged) is still applied, rather than silently skipped.
 */
export function migrate(db: Database, migrations: Migration[] = readMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  )`);
  const done = new Set((db.prepare('SELECT version FROM schema_migration').pluck().all() as number[]));
  const record = db.prepare("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, datetime('now'))");
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name);
    })();
    applied.push(m.version);
  }
  return applied;
}
