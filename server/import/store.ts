/**
 * Import jobs on disk, so a restart does not forget them: `<root>/<id>/job.json` holds the
 * job (its DTO, owner and settings) and `<root>/<id>/report.json` the full report of its last
 * validation or refused commit (the CSV download), beside the upload itself. Both are written
 * atomically (a temporary file renamed over the old one), so a crash leaves the old or the new
 * version, never half of one.
 *
 * On start the jobs are read back. A step the restart cut short cannot resume (its worker
 * died with the process), so the job says so; a cut commit is looked up in the audit log,
 * whose entry is written in the commit's own transaction: found, the import went in; absent,
 * nothing did. Jobs untouched for longer than the retention period are swept with their files.
 */
import type { Database } from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobDto, ImportResultDto } from '../../shared/import/api';
import { dataVersion } from '../db/version';
import { DATA_LAYERS, type DataLayer } from '../../shared/import/layers';
import type { Actor, ImportReport, ImportSettings } from './pipeline';
import { GEOMETRY_COLUMN, LAYER_TABLE } from './resolve-common';

/** How long a job and its files are kept after its last step, unless configured otherwise. */
export const DEFAULT_RETENTION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The name of a job's directory: the id `importJobs` gives (base64url). */
const JOB_DIR = /^[A-Za-z0-9_-]{8,40}$/;
const JOB_FILE = 'job.json';
const REPORT_FILE = 'report.json';

/** What `job.json` holds. */
export interface StoredJob {
  dto: ImportJobDto;
  owner: Actor;
  settings: ImportSettings | null;
  /** When the job last changed state (ISO); the retention period counts from here. */
  savedAt: string;
}

/** A job as read back from disk. */
export interface RestoredJob extends StoredJob {
  fullReport: ImportReport | null;
}

/** Writes `data` as JSON to `path` through a temporary file renamed over it. */
function writeAtomically(path: string, data: unknown): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(data));
  renameSync(tmp, path);
}

/** Saves a job's state; with `report`, its full report first (so job.json never names a report that is not there). */
export function saveJob(dir: string, job: StoredJob, report?: ImportReport | null): void {
  if (report) writeAtomically(join(dir, REPORT_FILE), report);
  writeAtomically(join(dir, JOB_FILE), { ...job, dto: { ...job.dto, progress: null } });
}

/**
 * The retention period in milliseconds: `days` if given, else `GRIDMAP_IMPORT_RETENTION_DAYS`,
 * else 7 days. Throws on a value that is not a positive number, rather than sweeping by accident.
 */
export function retentionMs(days?: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = days ?? (env.GRIDMAP_IMPORT_RETENTION_DAYS !== undefined ? Number(env.GRIDMAP_IMPORT_RETENTION_DAYS) : DEFAULT_RETENTION_DAYS);
  if (!Number.isFinite(raw) || raw <= 0) {
    throw new Error(`The import retention must be a positive number of days; GRIDMAP_IMPORT_RETENTION_DAYS is "${env.GRIDMAP_IMPORT_RETENTION_DAYS ?? days}".`);
  }
  return raw * DAY_MS;
}

interface AuditDetail {
  inserted?: number;
  updated?: number;
  removed?: number;
  refused?: number;
}

/** The audit entry a commit of import `id` wrote in its own transaction, if it went in. */
function committedEntry(db: Database, layer: DataLayer, id: string): { at: string; detail: AuditDetail } | null {
  const row = db.prepare(`SELECT at, detail FROM audit_log WHERE action = ? AND json_valid(detail) AND json_extract(detail, '$.import') = ? ORDER BY id DESC LIMIT 1`)
    .get(`import_${layer}`, id) as { at: string; detail: string } | undefined;
  return row ? { at: row.at, detail: JSON.parse(row.detail) as AuditDetail } : null;
}

/** The box around the features import `id` wrote that still carry its mark, or null. */
function importedBox(db: Database, layer: DataLayer, id: string): [number, number, number, number] | null {
  const table = LAYER_TABLE[layer];
  // Only tables with a geometry column keep its bounding box beside it.
  if (!GEOMETRY_COLUMN[table]) return null;
  const box = db.prepare(`SELECT min(t.min_lng) AS w, min(t.min_lat) AS s, max(t.max_lng) AS e, max(t.max_lat) AS n
    FROM feature_source f JOIN ${table} t ON t.id = f.feature_id WHERE f.layer = ? AND f.import_id = ?`).get(layer, id) as Record<'w' | 's' | 'e' | 'n', number | null>;
  return box.w === null || box.s === null || box.e === null || box.n === null ? null : [box.w, box.s, box.e, box.n];
}

/**
 * Settles a job that was in the middle of a step when the server stopped. A commit whose audit
 * entry exists went in: the job is `committed`, its result read back from that entry (the data
 * version is today's, at least the commit's own), and `error` notes the restart. Any other cut
 * step leaves the job `failed`, saying which step to run again.
 */
export function settleInterrupted(db: Database, job: StoredJob): void {
  const d = job.dto;
  d.progress = null;
  if (d.state === 'analysing') {
    d.state = 'failed';
    d.error = 'the server restarted while the file was being read; upload it again';
  } else if (d.state === 'validating') {
    d.state = 'failed';
    d.error = 'the server restarted while the data was being checked: check it again';
  } else if (d.state === 'committing') {
    const entry = committedEntry(db, d.layer, d.id);
    if (entry) {
      const x = entry.detail;
      const result: ImportResultDto = {
        inserted: x.inserted ?? 0, updated: x.updated ?? 0, removed: x.removed ?? 0, refused: x.refused ?? 0,
        dataVersion: dataVersion(db).get(),
        bbox: importedBox(db, d.layer, d.id),
      };
      d.result = result;
      d.state = 'committed';
      d.error = `the server restarted while the import was being written, after it had gone in (audit log, ${entry.at}); do not import the file again`;
    } else {
      d.state = 'failed';
      d.error = 'the server restarted while the import was being written, before it went in: check the data again, then import it';
    }
  }
}

function readJob(dir: string): RestoredJob {
  const stored = JSON.parse(readFileSync(join(dir, JOB_FILE), 'utf8')) as StoredJob;
  if (!stored.dto || typeof stored.dto.id !== 'string' || !DATA_LAYERS.includes(stored.dto.layer) || !stored.owner) throw new Error(`${JOB_FILE} does not describe an import job`);
  const reportPath = join(dir, REPORT_FILE);
  const fullReport = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as ImportReport) : null;
  return { ...stored, savedAt: stored.savedAt ?? stored.dto.createdAt, fullReport };
}

export interface RestoreOptions {
  retentionMs: number;
  now?: number;
  /** Told about each job dropped (swept, or unreadable) and each cut step settled. */
  log?: (message: string) => void;
}

/**
 * Reads back the jobs under `root`, settling the ones a restart cut short (and saving them so),
 * and removes the directories of jobs past retention, of uploads that never finished (no
 * job.json) and of job files that cannot be read.
 */
export function restoreJobs(db: Database, root: string, opts: RestoreOptions): RestoredJob[] {
  if (!existsSync(root)) return [];
  const now = opts.now ?? Date.now();
  const out: RestoredJob[] = [];
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    if (!JOB_DIR.test(name) || !statSync(dir).isDirectory()) continue;
    const drop = (why: string) => {
      rmSync(dir, { recursive: true, force: true });
      opts.log?.(`import ${name}: removed (${why})`);
    };
    if (!existsSync(join(dir, JOB_FILE))) {
      drop('its upload never finished');
      continue;
    }
    let job: RestoredJob;
    try {
      job = readJob(dir);
    } catch (e) {
      drop(`its job file cannot be read: ${(e as Error).message}`);
      continue;
    }
    if (expired(job.savedAt, opts.retentionMs, now)) {
      drop(`untouched since ${job.savedAt}, past the retention period`);
      continue;
    }
    const before = job.dto.state;
    settleInterrupted(db, job);
    if (job.dto.state !== before) {
      saveJob(dir, job);
      opts.log?.(`import ${name}: cut short while ${before}, now ${job.dto.state}`);
    }
    out.push(job);
  }
  return out;
}

/** Whether a job last saved at `savedAt` is past retention at `now`. */
export function expired(savedAt: string, retention: number, now = Date.now()): boolean {
  return now - Date.parse(savedAt) > retention;
}
