/**
 * Where the import wizard is, read from the server's job (pure): which step to show, how far
 * the running step has got, and what the validation report advises (the coordinate system to
 * try when the layer looks shifted).
 */
import { SOURCE_CRS, type SourceCrs } from '../../../shared/crs/systems';
import type { ImportJobDto, ImportReportDto } from '../../../shared/import/api';
import type { ImportIssue } from '../../../shared/import/report';

export const WIZARD_STEPS = ['file', 'mapping', 'report', 'result'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/**
 * The step that shows `job`: choosing the file until it is analysed (or when it could not be
 * read), mapping until a report exists, the report until it is committed, then the result.
 * A failed commit stays on the report, which says why nothing was written.
 */
export function wizardStep(job: ImportJobDto | null): WizardStep {
  if (!job || !job.analysis) return 'file';
  if (job.state === 'committed') return 'result';
  if (job.state === 'analysed' || job.state === 'validating') return 'mapping';
  if (job.state === 'failed' && !job.report) return 'mapping';
  return 'report';
}

/** What the progress bar shows: the upload, then the server's analysis, check or commit. */
export type ProgressPhase = 'upload' | 'analyse' | 'validate' | 'commit';

export interface ProgressView {
  phase: ProgressPhase;
  /** 0…100, or null when the total is unknown (an indeterminate bar). */
  percent: number | null;
  done: number;
  total: number | null;
}

/**
 * The progress bar's state: `uploadFraction` (0…1) while the file is being sent, else the
 * running step's `done`/`total` rows, else null (nothing running).
 */
export function progressView(job: ImportJobDto | null, uploadFraction: number | null): ProgressView | null {
  if (uploadFraction !== null) return { phase: 'upload', percent: Math.round(Math.min(1, Math.max(0, uploadFraction)) * 100), done: 0, total: null };
  const p = job?.progress;
  if (!p) return null;
  const percent = p.total && p.total > 0 ? Math.min(100, Math.round((p.done / p.total) * 100)) : null;
  return { phase: p.phase, percent, done: p.done, total: p.total };
}

/** The file-level shift warning (`crs_shift`), if the report has one. */
export function shiftWarning(report: ImportReportDto | null): ImportIssue | null {
  return report?.issues.find((i) => i.code === 'crs_shift') ?? null;
}

/**
 * The coordinate system the shift warning advises (its message ends "import it with crs
 * gcj02."), or null when there is no warning or it names none.
 */
export function suggestedCrs(warning: ImportIssue | null): SourceCrs | null {
  const named = warning ? /with crs (\w+)/.exec(warning.message)?.[1] : undefined;
  return (SOURCE_CRS as readonly string[]).includes(named ?? '') ? (named as SourceCrs) : null;
}

/** The issues the table lists: all but the shift warning, which has its own banner. */
export function listedIssues(report: ImportReportDto): ImportIssue[] {
  return report.issues.filter((i) => i.code !== 'crs_shift');
}
