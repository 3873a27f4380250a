/**
 * The import itself: reads the source row by row, types each row through the column
 * mapping, checks and repairs its geometry (converting it to WGS-84), resolves it against
 * the database, and either only reports (`validate`) or writes (`commit`).
 *
 * A commit is ONE SQLite transaction: the rows, the removals of a `replace`, the source
 * system of every feature, the data-version bump and the audit entry commit together or not
 * at all. With `validOnly` refused rows are skipped; without it any refused row rolls the
 * whole import back. A process killed mid-way leaves the database as it was (SQLite's
 * journal), which the kill test checks.
 */
import type { Database } from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { toWgs84, type SourceCrs } from '../../shared/crs/systems';
import { geometryBBox, unionBBox } from '../../shared/geo/bbox';
import type { BBox } from '../../shared/model';
import { prepareGeometry } from '../../shared/import/geometry';
import { LAYER_GEOMETRY, type DataLayer } from '../../shared/import/layers';
import { mappingProblems, type ColumnMapping } from '../../shared/import/mapping';
import type { ImportReportDto } from '../../shared/import/api';
import { fileRefused, ReportBuilder, type ImportIssue } from '../../shared/import/report';
import { readRow, rowRef, type RowIssue } from '../../shared/import/row';
import { dataVersion } from '../db/version';
import { auditRepository } from '../repositories/audit';
import { lookups } from './lookups';
import type { ImportSource } from './readers/source';
import { resolveRow } from './resolve';
import type { Resolved } from './resolve-common';
import { detectShift, PointSample } from './shift';
import { rowWriter } from './write';

export const IMPORT_MODES = ['append', 'upsert', 'replace'] as const;
/** append: new rows only (an existing key is a duplicate); upsert: update matches, add the rest; replace: upsert, then remove the layer's rows the file leaves out. */
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportSettings {
  layer: DataLayer;
  crs: SourceCrs;
  mode: ImportMode;
  mapping: ColumnMapping;
}

export interface Actor {
  accountId: number | null;
  username: string;
  role: string;
  ip?: string;
}

/**
 * The report of a validation or commit: the same shape the HTTP API answers with, holding
 * up to 10,000 issues here (the API lists the first 1,000, the CSV download all of these).
 */
export type ImportReport = ImportReportDto;

export interface CommitResult extends ImportReport {
  /** The data version after the commit. */
  dataVersion: number;
}

export type Progress = (done: number, total: number | null) => void;

/** Thrown inside the commit transaction to roll it back; carries the report that says why. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super(`import refused: ${report.summary.refused} of ${report.summary.rows} rows refused${report.refused ? ', and the file itself' : ''}`);
  }
}

interface RunOptions {
  write: boolean;
  validOnly: boolean;
  importId: string;
  onProgress?: Progress;
  now: Date;
  /** The users' calendar day (YYYY-MM-DD): the `valid_from` of rows that give none. */
  today: string;
}

function sourceCentre(g: unknown): [number, number] | null {
  try {
    const [w, s, e, n] = geometryBBox(g as Geometry);
    return Number.isFinite(w + s + e + n) ? [(w + e) / 2, (s + n) / 2] : null;
  } catch {
    return null;
  }
}

/** Box centres (in the file's own coordinates) of the first rows' geometries, for the shift check. */
function leadingCentres(source: ImportSource, settings: ImportSettings, limit = 1000): [number, number][] {
  const sample = new PointSample(400);
  let n = 0;
  for (const rec of source.records()) {
    const g = readRow(settings.layer, settings.mapping, rec).geometry;
    const centre = g ? sourceCentre(g) : null;
    if (centre) sample.offer(centre);
    if (++n >= limit) break;
  }
  return sample.points;
}

function run(db: Database, source: ImportSource, settings: ImportSettings, opts: RunOptions): ImportReport {
  const { layer, crs, mode, mapping } = settings;
  const kind = LAYER_GEOMETRY[layer];
  const report = new ReportBuilder();
  const fileIssues: ImportIssue[] = [...source.notes];
  for (const p of mappingProblems(layer, mapping, source.columns)) fileIssues.push({ row: 0, severity: 'error', code: 'bad_file', message: `mapping: ${p}` });
  const ctx = { lk: lookups(db), today: opts.today, mapped: new Set([...Object.keys(mapping.fields), ...Object.keys(mapping.defaults)]) };
  const writer = rowWriter(db, layer, crs, opts.importId, opts.now.toISOString());
  const toWgs = toWgs84(crs);
  const keys = new Map<string, number>();
  const touched = new Set<number>();
  let aborted = false;
  let inserts = 0;
  let updates = 0;
  let removals = 0;
  let bbox: BBox | null = null;
  const refuseAll = () => fileRefused(fileIssues);
  if (opts.write && refuseAll()) throw new ImportRefused(finish());
  // Before anything is written, so the layer's own new rows cannot vouch for themselves.
  if (kind !== 'none') fileIssues.push(...detectShift(db, layer, crs, leadingCentres(source, settings)));

  for (const rec of source.records()) {
    const read = readRow(layer, mapping, rec);
    const issues: RowIssue[] = read.issues;
    let parts: (Geometry | null)[] = [null];
    const readerBroken = (rec.issues ?? []).some((i) => i.severity === 'error');
    if (kind !== 'none' && read.geometry !== undefined && !readerBroken && !(kind === 'point' && read.geometry === null && layer === 'leads')) {
      const prepared = prepareGeometry(read.geometry, kind, toWgs);
      issues.push(...prepared.issues);
      parts = prepared.parts;
    }
    const resolved: Resolved[] = [];
    if (!issues.some((i) => i.severity === 'error')) {
      parts.forEach((geometry, k) => {
        // A split footprint: the first part keeps the row's id, the others are new buildings.
        const values = k === 0 ? read.values : { ...read.values, id: null };
        const r = resolveRow(layer, { values, geometry }, ctx);
        issues.push(...r.issues);
        if (!r.resolved) return;
        const key = r.resolved.key;
        const first = key ? keys.get(key) : undefined;
        if (first !== undefined) issues.push({ severity: 'error', code: 'duplicate_code', field: 'id', message: `${key} appears twice in the file (first at row ${first})` });
        else if (r.resolved.existingId !== null && mode === 'append') {
          issues.push({ severity: 'error', code: 'duplicate_code', field: 'id', message: `${key || 'the row'} already exists (id ${r.resolved.existingId}); import with mode upsert to update it` });
        } else resolved.push(r.resolved);
        if (key && first === undefined) keys.set(key, rec.row);
      });
    }
    const ref = rowRef(read.values);
    const ok = report.row(issues.map((i) => ({ ...i, row: rec.row, ...(ref ? { ref } : {}) })));
    // All or nothing: after a refused row nothing more is written, but every row is still checked for the report.
    if (!ok && opts.write && !opts.validOnly) aborted = true;
    if (ok) {
      for (const r of resolved) {
        if (r.existingId === null) inserts += 1;
        else updates += 1;
        if (r.geometry) bbox = bbox ? unionBBox(bbox, geometryBBox(r.geometry)) : geometryBBox(r.geometry);
        if (r.existingId !== null) touched.add(r.existingId);
        if (opts.write && !aborted) {
          try {
            touched.add(writer.write(r).id);
          } catch (e) {
            throw new Error(`row ${rec.row}${ref ? ` (${ref})` : ''} could not be written: ${(e as Error).message}`, { cause: e });
          }
        }
      }
    }
    if (report.rows % 500 === 0) opts.onProgress?.(report.rows, source.count);
  }

  if (aborted) throw new ImportRefused(finish());
  if (mode === 'replace') {
    const gone = writer.currentIds().filter((id) => !touched.has(id));
    const refs = gone.length ? writer.referencesTo(gone) : [];
    if (refs.length) {
      fileIssues.push({ row: 0, severity: 'error', code: 'still_referenced', message: `replace would remove ${gone.length} ${layer} the file leaves out, but ${refs.join(', ')} still refer to them; use mode upsert, or move those first` });
    } else {
      removals = gone.length;
      if (opts.write) writer.remove(gone);
    }
  }
  opts.onProgress?.(report.rows, source.count);
  return finish();

  function finish(): ImportReport {
    return {
      summary: report.summary(), issues: [...fileIssues, ...report.issues], truncated: report.truncated,
      inserts, updates, removals, refused: refuseAll(), bbox,
    };
  }
}

/**
 * Reads and checks the whole file against the database without writing anything. `today` is
 * the users' calendar day (see `dayIn` in shared/dates.ts), not the UTC one.
 */
export function validateImport(
  db: Database, source: ImportSource, settings: ImportSettings, opts: { today: string; onProgress?: Progress; now?: Date },
): ImportReport {
  return run(db, source, settings, { write: false, validOnly: false, importId: 'validation', now: opts.now ?? new Date(), today: opts.today, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
}

/**
 * Imports in one transaction. Throws `ImportRefused` (nothing written) when the file is
 * refused, or when a row is and `validOnly` is false; any other error also rolls back.
 * `today` is the users' calendar day, as for `validateImport`.
 */
export function commitImport(
  db: Database, source: ImportSource, settings: ImportSettings,
  opts: { validOnly: boolean; importId: string; actor: Actor; fileName: string; today: string; onProgress?: Progress; now?: Date },
): CommitResult {
  const now = opts.now ?? new Date();
  const version = dataVersion(db);
  const audit = auditRepository(db);
  // BEGIN IMMEDIATE: take the write lock before reading, so nothing changes under the checks.
  return db.transaction(() => {
    const report = run(db, source, settings, { write: true, validOnly: opts.validOnly, importId: opts.importId, now, today: opts.today, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
    if (report.refused) throw new ImportRefused(report);
    const v = version.bump();
    audit.record({
      accountId: opts.actor.accountId, username: opts.actor.username, role: opts.actor.role, action: `import_${settings.layer}`, target: opts.fileName,
      ...(opts.actor.ip ? { ip: opts.actor.ip } : {}),
      detail: JSON.stringify({ import: opts.importId, crs: settings.crs, mode: settings.mode, validOnly: opts.validOnly, rows: report.summary.rows, inserted: report.inserts, updated: report.updates, removed: report.removals, refused: report.summary.refused }),
    }, now.getTime());
    return { ...report, dataVersion: v };
  }).immediate();
}
