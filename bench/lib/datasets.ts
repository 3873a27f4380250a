/**
 * The benchmark databases: one SQLite file per scale in `bench/out/` (gitignored), built
 * once from the deterministic generator and reused by later runs (`--rebuild` replaces it).
 */
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../server/db/open';
import { generateDataset } from '../../server/seed/generate';
import { isEmpty, loadDataset } from '../../server/seed/load';

export const SCALES = ['demo', 'district'] as const;
export type Scale = (typeof SCALES)[number];

export const OUT_DIR = fileURLToPath(new URL('../out/', import.meta.url));

/** What a benchmark ran on, as counted in the database. */
export interface DataSize {
  scale: Scale;
  communities: number;
  /** Current grid branches. */
  branches: number;
  /** Current buildings (demolished ones included: they are still drawn). */
  buildings: number;
  households: number;
  members: number;
  leads: number;
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/**
 * Path of the database for `scale`, building it first when it is missing (or when
 * `rebuild` is set). A build goes to a temporary name and is renamed when complete, so
 * an interrupted build never leaves a half-loaded file to be reused.
 */
export function ensureDatabase(scale: Scale, rebuild: boolean, log: (line: string) => void): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, `${scale}.db`);
  if (existsSync(path) && !rebuild) {
    const db = openDatabase(path);
    const empty = isEmpty(db);
    db.close();
    if (!empty) return path;
  }
  removeDb(path);
  const partial = `${path}.partial`;
  removeDb(partial);
  const start = performance.now();
  const db = openDatabase(partial);
  loadDataset(db, generateDataset({ scale }));
  // Back to a single file: the rename must carry everything, with no -wal beside it.
  db.pragma('journal_mode = DELETE');
  db.close();
  renameSync(partial, path);
  log(`built ${path} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return path;
}

/** Counts what `db` holds, for the report. */
export function dataSize(db: Database, scale: Scale): DataSize {
  const row = db
    .prepare(`SELECT
      (SELECT count(*) FROM community) AS communities,
      (SELECT count(*) FROM grid_branch WHERE valid_to IS NULL) AS branches,
      (SELECT count(*) FROM building WHERE valid_to IS NULL) AS buildings,
      (SELECT coalesce(sum(households), 0) FROM building WHERE valid_to IS NULL) AS households,
      (SELECT count(*) FROM member) AS members,
      (SELECT count(*) FROM household_lead) AS leads`)
    .get() as Omit<DataSize, 'scale'>;
  return { scale, ...row };
}
