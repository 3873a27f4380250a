/**
 * The HTTP contract of imports (`/api/imports`), for the admin page's wizard:
 *
 * 1. `POST /api/imports?layer=buildings&fileName=楼栋.zip` with the file as the raw body
 *    (`content-type: application/octet-stream`) → `201 ImportJobDto` in state `analysing`;
 *    poll `GET /api/imports/:id` until `analysed`: `analysis` holds the columns, a few sample
 *    rows, the proposed column mapping and the coordinate system the file declares.
 * 2. `POST /api/imports/:id/validate` with `ValidateBody` (mapping, crs, mode) → `202`;
 *    poll until `validated`: `report` says row by row what is wrong, what was repaired and
 *    what the commit would do. `GET /api/imports/:id/report.csv` downloads it.
 * 3. `POST /api/imports/:id/commit` with `CommitBody` (`validOnly`: import the valid part, or
 *    nothing if any row is refused) → `202`; poll until `committed` (with `result`; `error` then
 *    holds a note when the server restarted during the commit after it went in) or `failed`
 *    (nothing was written; `error` and `report` say why).
 *
 * `progress` is filled while a step runs. `DELETE /api/imports/:id` discards a job and its file.
 * Jobs are kept on the server and survive a restart; `GET /api/imports` lists them.
 */
import type { SourceCrs } from '../crs/systems';
import type { DataLayer } from './layers';
import type { ColumnMapping, MappingProposal } from './mapping';
import type { ImportIssue, ReportSummary } from './report';
import type { Cell } from './values';

export type ImportJobState = 'analysing' | 'analysed' | 'validating' | 'validated' | 'committing' | 'committed' | 'failed';
export type ImportModeName = 'append' | 'upsert' | 'replace';

export interface ImportAnalysisDto {
  format: 'geojson' | 'shapefile' | 'csv' | 'xlsx';
  columns: string[];
  /** Rows or features in the file. */
  count: number | null;
  hasGeometry: boolean;
  /** The system the file declares (.prj, GeoJSON crs), or null. */
  crsHint: SourceCrs | null;
  /** The first rows, as read, for the mapping screen. */
  sample: Record<string, Cell>[];
  proposal: MappingProposal;
  /** File-level findings (encoding guessed, malformed container read anyway…). */
  notes: ImportIssue[];
}

export interface ImportReportDto {
  summary: ReportSummary;
  /** File-level issues (row 0) first, then rows' (at most 1,000 in a job's JSON, all in the CSV download). */
  issues: ImportIssue[];
  /** Issues not listed (beyond the limits). */
  truncated: number;
  inserts: number;
  updates: number;
  removals: number;
  /** The whole file is refused (e.g. a projected .prj, a replace that would orphan rows). */
  refused: boolean;
  bbox: [number, number, number, number] | null;
}

export interface ImportResultDto {
  inserted: number;
  updated: number;
  removed: number;
  refused: number;
  dataVersion: number;
  bbox: [number, number, number, number] | null;
}

export interface ImportJobDto {
  id: string;
  layer: DataLayer;
  fileName: string;
  size: number;
  createdAt: string;
  username: string;
  state: ImportJobState;
  progress: { phase: 'analyse' | 'validate' | 'commit'; done: number; total: number | null } | null;
  analysis: ImportAnalysisDto | null;
  /** The settings of the last validation (and of the commit). */
  settings: { crs: SourceCrs; mode: ImportModeName; mapping: ColumnMapping } | null;
  report: ImportReportDto | null;
  result: ImportResultDto | null;
  error: string | null;
}

export interface ValidateBody {
  crs: SourceCrs;
  mode: ImportModeName;
  /** Omitted: the proposed mapping. */
  mapping?: ColumnMapping;
}

export interface CommitBody {
  /** true: write the valid rows and skip the refused; false: write nothing unless every row is valid. */
  validOnly: boolean;
}
