/**
 * The validation report of an import: for each row or feature, what is wrong and where,
 * what was repaired, and a summary. `code` is stable (the client translates by it);
 * `message` says in English what to fix, naming the value.
 */

export const ISSUE_SEVERITIES = ['error', 'warning', 'fixed'] as const;
/** error: the row is refused; warning: imported, but look at it; fixed: repaired automatically. */
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

export type IssueCode =
  | 'bad_file'
  | 'bad_container'
  | 'encoding'
  | 'crs_shift'
  | 'far_away'
  | 'missing_geometry'
  | 'bad_geometry'
  | 'wrong_geometry_type'
  | 'out_of_range'
  | 'outside_china'
  | 'not_closed'
  | 'too_few_positions'
  | 'self_intersection'
  | 'hole_outside'
  | 'zero_area'
  | 'winding'
  | 'duplicate_vertices'
  | 'dropped_z'
  | 'unwrapped'
  | 'split_multipart'
  | 'missing_field'
  | 'not_a_number'
  | 'bad_value'
  | 'duplicate_code'
  | 'unknown_reference'
  | 'ambiguous_reference'
  | 'no_place'
  | 'still_referenced';

export interface ImportIssue {
  /** 1-based row (table) or feature (GeoJSON, Shapefile) number; 0 for the file as a whole. */
  row: number;
  severity: IssueSeverity;
  code: IssueCode;
  /** The field or column concerned. */
  field?: string;
  /** Where in the geometry, e.g. `coordinates[0][3]`. */
  path?: string;
  /** The row's own id, code or name, so a person can find it in their file. */
  ref?: string;
  message: string;
}

export interface ReportSummary {
  rows: number;
  /** Rows that would be (or were) written. */
  valid: number;
  /** Rows refused. */
  refused: number;
  /** Rows with at least one automatic repair. */
  repaired: number;
  warnings: number;
  /** Issue counts by code. */
  byCode: Partial<Record<IssueCode, number>>;
}

/** Collects issues; keeps at most `limit` of them in full but counts them all. */
export class ReportBuilder {
  readonly issues: ImportIssue[] = [];
  readonly byCode: Partial<Record<IssueCode, number>> = {};
  rows = 0;
  valid = 0;
  refused = 0;
  repaired = 0;
  warnings = 0;
  truncated = 0;

  constructor(private readonly limit = 10_000) {}

  add(issue: ImportIssue): void {
    this.byCode[issue.code] = (this.byCode[issue.code] ?? 0) + 1;
    if (this.issues.length < this.limit) this.issues.push(issue);
    else this.truncated += 1;
  }

  /** Records one row's outcome from its issues. */
  row(issues: readonly ImportIssue[]): boolean {
    this.rows += 1;
    for (const i of issues) this.add(i);
    const refused = issues.some((i) => i.severity === 'error');
    if (refused) this.refused += 1;
    else this.valid += 1;
    if (issues.some((i) => i.severity === 'fixed')) this.repaired += 1;
    if (issues.some((i) => i.severity === 'warning')) this.warnings += 1;
    return !refused;
  }

  summary(): ReportSummary {
    return { rows: this.rows, valid: this.valid, refused: this.refused, repaired: this.repaired, warnings: this.warnings, byCode: { ...this.byCode } };
  }
}

/** Whether the file-level issues (row 0) stop the import whatever the rows say. */
export function fileRefused(issues: readonly ImportIssue[]): boolean {
  return issues.some((i) => i.row === 0 && i.severity === 'error');
}
