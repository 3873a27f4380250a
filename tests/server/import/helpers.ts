/**
 * Import helpers for tests: temporary directories, and the real pipeline run end to end on a
 * file (open → propose mapping → validate → commit), as the job runner runs it.
 */
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceCrs } from '../../../shared/crs/systems';
import { dayIn, DEFAULT_TIME_ZONE } from '../../../shared/dates';
import type { ImportJobDto } from '../../../shared/import/api';
import type { DataLayer } from '../../../shared/import/layers';
import { proposeMapping, type ColumnMapping } from '../../../shared/import/mapping';
import { openSource } from '../../../server/import/open';
import { commitImport, ImportRefused, validateImport, type CommitResult, type ImportMode, type ImportReport } from '../../../server/import/pipeline';

/** The repository's `data/fixtures/` folder. */
export const FIXTURES = fileURLToPath(new URL('../../../data/fixtures/', import.meta.url));
/** The team's shared real data, beside the repository; tests that need it skip when it is absent. */
export const REALDATA = process.env.GRIDMAP_REALDATA ?? fileURLToPath(new URL('../../../../shared/realdata/', import.meta.url));

const dirs: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function tempDir(prefix = 'gridmap-import-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface ImportOutcome {
  report: ImportReport;
  /** The commit's result, or null when it was refused (nothing written). */
  result: CommitResult | null;
  refused: ImportReport | null;
}

/** Imports `path` into `db` as `layer`, validating first; the mapping defaults to the proposal. */
export async function importFile(
  db: Database, path: string, layer: DataLayer,
  opts: { crs?: SourceCrs; mode?: ImportMode; validOnly?: boolean; mapping?: (proposed: ColumnMapping) => ColumnMapping; commit?: boolean } = {},
): Promise<ImportOutcome> {
  const source = await openSource(path, basename(path), join(tempDir(), 'work'));
  const proposed = proposeMapping(layer, source.columns, source.hasGeometry).mapping;
  const settings = { layer, crs: opts.crs ?? 'wgs84', mode: opts.mode ?? 'append', mapping: opts.mapping ? opts.mapping(proposed) : proposed };
  const today = dayIn(DEFAULT_TIME_ZONE);
  const report = validateImport(db, source, settings, { today });
  if (opts.commit === false) return { report, result: null, refused: null };
  try {
    const result = commitImport(db, source, settings, {
      validOnly: opts.validOnly ?? false, importId: 'test', today, actor: { accountId: null, username: 'test', role: 'admin' }, fileName: basename(path),
    });
    return { report, result, refused: null };
  } catch (e) {
    if (e instanceof ImportRefused) return { report, result: null, refused: e.report };
    throw e;
  }
}

/** Row counts of the tables an import can touch, and the data version, to prove nothing changed. */
export function snapshot(db: Database): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of ['community', 'grid_branch', 'neighbourhood', 'building', 'road', 'water', 'member', 'household_lead', 'lead_link', 'liaison', 'demolition_zone', 'feature_source', 'audit_log']) {
    out[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  }
  out.version = db.prepare('SELECT version FROM data_version').pluck().get() as number;
  return out;
}

/** Polls import job `id` through the API (with `headers`) until its step has finished; the job as it then reads. */
export async function settleImport(app: FastifyInstance, id: string, headers: Record<string, string>): Promise<ImportJobDto> {
  for (let i = 0; i < 1000; i++) {
    const job = (await app.inject({ url: `/api/imports/${id}`, headers })).json() as ImportJobDto;
    if (!['analysing', 'validating', 'committing'].includes(job.state)) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`import ${id} did not settle`);
}
