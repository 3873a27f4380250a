/**
 * The import jobs kept on the server (they outlive a restart, see server/import/store.ts), for
 * the wizard's list of recent imports: which to list and what to say about each, so an admin who
 * reloads the page, or comes back after a restart, can pick up a report or a result again.
 */
import type { ImportJobDto } from '../../../shared/import/api';
import { expectObject, getJson } from '../api/http';

/** `GET /api/imports`: the jobs this account may see (an admin all, a planner their own). */
export async function fetchImportJobs(signal?: AbortSignal): Promise<ImportJobDto[]> {
  return expectObject<{ jobs: ImportJobDto[] }>(await getJson('/api/imports', signal), 'GET /api/imports', 'jobs').jobs;
}

/** The jobs the list offers, newest first: all but the one the wizard already shows. */
export function listedJobs(jobs: readonly ImportJobDto[], currentId: string | null): ImportJobDto[] {
  return jobs.filter((j) => j.id !== currentId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The line under a job's state, as a translation key and the server's message: why nothing was
 * imported (a failed job), or the note a committed job carries (the server restarted while it
 * was written, and the audit log shows it went in). Null when there is nothing to add.
 */
export function jobNote(job: ImportJobDto): { key: 'importer.failed' | 'importer.result.note'; message: string } | null {
  if (!job.error) return null;
  if (job.state === 'failed') return { key: 'importer.failed', message: job.error };
  if (job.state === 'committed') return { key: 'importer.result.note', message: job.error };
  return null;
}
