/**
 * Where the import wizard is, from the server's job: the step shown, the progress bar, and the
 * shift warning's advice.
 */
import { describe, expect, it } from 'vitest';
import type { ImportAnalysisDto, ImportJobDto, ImportReportDto } from '../../../shared/import/api';
import type { ImportIssue } from '../../../shared/import/report';
import { listedIssues, progressView, shiftWarning, suggestedCrs, wizardStep } from '../../../client/src/admin/importProgress';

const analysis: ImportAnalysisDto = {
  format: 'shapefile', columns: ['地址'], count: 4, hasGeometry: true, crsHint: 'wgs84', sample: [],
  proposal: { mapping: { fields: { address: '地址' }, defaults: {}, geometry: { kind: 'native' } }, ignored: [], missingRequired: [] },
  notes: [],
};
const shift: ImportIssue = {
  row: 0, severity: 'warning', code: 'crs_shift', field: 'crs',
  message: 'read as WGS-84 the features sit about 520 m off the data already here (median 510.2 m from the nearest existing feature); read as GCJ-02 they fit (median 3.1 m from the nearest existing feature). The file is probably in GCJ-02: import it with crs gcj02.',
};
const rowIssue: ImportIssue = { row: 4, severity: 'error', code: 'not_a_number', field: 'households', ref: 'address 交叉楼', message: 'households (column "户数"): "十二" is not a whole number' };
const report: ImportReportDto = {
  summary: { rows: 4, valid: 3, refused: 1, repaired: 0, warnings: 1, byCode: { crs_shift: 1, not_a_number: 1 } },
  issues: [shift, rowIssue], truncated: 0, inserts: 3, updates: 0, removals: 0, refused: false, bbox: null,
};
const job = (over: Partial<ImportJobDto>): ImportJobDto => ({
  id: 'j1', layer: 'buildings', fileName: 'b.zip', size: 10, createdAt: '2025-01-01T00:00:00Z', username: 'admin',
  state: 'analysing', progress: null, analysis: null, settings: null, report: null, result: null, error: null, ...over,
});

describe('the wizard step', () => {
  it('follows the job from file to result', () => {
    expect(wizardStep(null)).toBe('file');
    expect(wizardStep(job({ state: 'analysing' }))).toBe('file');
    expect(wizardStep(job({ state: 'failed', error: 'not a zip' }))).toBe('file');
    expect(wizardStep(job({ state: 'analysed', analysis }))).toBe('mapping');
    expect(wizardStep(job({ state: 'validating', analysis }))).toBe('mapping');
    expect(wizardStep(job({ state: 'failed', analysis, error: 'mapping refused' }))).toBe('mapping');
    expect(wizardStep(job({ state: 'validated', analysis, report }))).toBe('report');
    expect(wizardStep(job({ state: 'committing', analysis, report }))).toBe('report');
    expect(wizardStep(job({ state: 'failed', analysis, report, error: '1 row(s) refused' }))).toBe('report');
    expect(wizardStep(job({ state: 'committed', analysis, report }))).toBe('result');
  });
});

describe('the progress bar', () => {
  it('shows the upload share, then the server\'s rows, then nothing', () => {
    expect(progressView(null, 0.426)).toEqual({ phase: 'upload', percent: 43, done: 0, total: null });
    expect(progressView(job({ progress: { phase: 'validate', done: 30, total: 120 } }), null)).toEqual({ phase: 'validate', percent: 25, done: 30, total: 120 });
    expect(progressView(job({ progress: { phase: 'analyse', done: 500, total: null } }), null)?.percent).toBeNull();
    expect(progressView(job({ progress: { phase: 'commit', done: 130, total: 120 } }), null)?.percent).toBe(100);
    expect(progressView(job({}), null)).toBeNull();
  });
});

describe('the shift warning', () => {
  it('is taken out of the issue list and advises the system it names', () => {
    expect(shiftWarning(report)).toBe(shift);
    expect(suggestedCrs(shift)).toBe('gcj02');
    expect(listedIssues(report)).toEqual([rowIssue]);
    expect(shiftWarning({ ...report, issues: [rowIssue] })).toBeNull();
    expect(suggestedCrs(null)).toBeNull();
    expect(suggestedCrs({ ...shift, message: 'import it with crs mars.' })).toBeNull();
  });
});
