/**
 * The wizard's list of recent imports: which jobs it offers and the line it adds under a job
 * the server settled after a restart.
 */
import { describe, expect, it } from 'vitest';
import type { ImportJobDto } from '../../../shared/import/api';
import { jobNote, listedJobs } from '../../../client/src/admin/importJobs';
import { translator } from '../../../client/src/i18n';

const job = (over: Partial<ImportJobDto>): ImportJobDto => ({
  id: 'j1', layer: 'buildings', fileName: 'b.zip', size: 10, createdAt: '2026-01-01T00:00:00Z', username: 'admin',
  state: 'validated', progress: null, analysis: null, settings: null, report: null, result: null, error: null, ...over,
});

describe('recent imports', () => {
  it('lists every job but the one the wizard shows, newest first', () => {
    const jobs = [job({ id: 'a', createdAt: '2026-01-01T00:00:00Z' }), job({ id: 'b', createdAt: '2026-01-03T00:00:00Z' }), job({ id: 'c', createdAt: '2026-01-02T00:00:00Z' })];
    expect(listedJobs(jobs, null).map((j) => j.id)).toEqual(['b', 'c', 'a']);
    expect(listedJobs(jobs, 'c').map((j) => j.id)).toEqual(['b', 'a']);
  });

  it('says nothing was imported for a commit the restart cut before it went in', () => {
    const error = 'the server restarted while the import was being written, before it went in: check the data again, then import it';
    const note = jobNote(job({ state: 'failed', error }));
    expect(note).toEqual({ key: 'importer.failed', message: error });
    expect(translator('zh-CN')(note?.key ?? 'importer.failed', { message: error })).toBe(`没有导入任何数据：${error}`);
  });

  it('does not say "nothing was imported" for a commit that went in before the restart', () => {
    const error = 'the server restarted while the import was being written, after it had gone in (audit log, 2026-01-01T00:00:00.000Z); do not import the file again';
    const note = jobNote(job({ state: 'committed', error, result: { inserted: 3, updated: 0, removed: 0, refused: 1, dataVersion: 7, bbox: null } }));
    expect(note?.key).toBe('importer.result.note');
    for (const locale of ['zh-CN', 'en'] as const) {
      const text = translator(locale)(note?.key ?? 'importer.failed', { message: error });
      expect(text).toContain(error);
      expect(text).not.toMatch(/没有导入|Nothing was imported/);
    }
    expect(jobNote(job({ state: 'committed' }))).toBeNull();
    expect(jobNote(job({ state: 'validated' }))).toBeNull();
  });

  it('names every job state in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = translator(locale);
      for (const state of ['analysing', 'analysed', 'validating', 'validated', 'committing', 'committed', 'failed'] as const) {
        expect(t(`importer.jobs.state.${state}`)).not.toBe(`importer.jobs.state.${state}`);
      }
    }
  });
});
