/**
 * Import jobs: an uploaded file waiting in `<root>/<id>/`, what has been learnt about it
 * and where it is in analyse → validate → commit. With a persistent root each job's state is
 * saved beside its upload whenever it changes state, and read back on start (see store.ts), so
 * a restart forgets nothing; jobs untouched past the retention period are swept. One step runs
 * at a time per job, and commits run one at a time for the whole server, since each holds
 * SQLite's single write lock.
 */
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobDto, ImportReportDto, ImportResultDto } from '../../shared/import/api';
import type { DataLayer } from '../../shared/import/layers';
import type { Actor, CommitResult, ImportReport, ImportSettings } from './pipeline';
import { runTask, type RunningTask } from './runner';
import { expired, restoreJobs, saveJob } from './store';
import type { ImportTask, TaskResult } from './task';

/** Issues listed in a job's JSON; the CSV report has them all. */
const LISTED_ISSUES = 1000;

export interface ImportJob {
  dto: ImportJobDto;
  owner: Actor;
  filePath: string;
  workDir: string;
  /** The full report of the last validation or refused commit, for the CSV download. */
  fullReport: ImportReport | null;
  settings: ImportSettings | null;
  /** When the job last changed state (ISO); retention counts from here. */
  savedAt: string;
}

export function reportDto(r: ImportReport): ImportReportDto {
  return {
    summary: r.summary, issues: r.issues.slice(0, LISTED_ISSUES), truncated: r.truncated + Math.max(0, r.issues.length - LISTED_ISSUES),
    inserts: r.inserts, updates: r.updates, removals: r.removals, refused: r.refused, bbox: r.bbox,
  };
}

function resultDto(r: CommitResult): ImportResultDto {
  return { inserted: r.inserts, updated: r.updates, removed: r.removals, refused: r.summary.refused, dataVersion: r.dataVersion, bbox: r.bbox };
}

/** A task without the file it works on (the job knows that). */
export type ImportStep = ImportTask extends infer T ? (T extends ImportTask ? Omit<T, 'filePath' | 'fileName' | 'workDir'> : never) : never;

export interface ImportJobs {
  create(owner: Actor, layer: DataLayer, fileName: string): ImportJob;
  get(id: string): ImportJob | undefined;
  list(): ImportJob[];
  remove(id: string): void;
  /** Starts a step in the background; the job's state and progress follow it. */
  start(job: ImportJob, task: ImportStep, onCommitted?: (result: CommitResult) => void): void;
  /** Removes the jobs (and files) untouched past the retention period, except those with a step running. */
  sweep(now?: number): void;
  /**
   * Stops every running step and resolves once their workers have gone, so nothing writes after
   * the server closes. Their jobs stay saved as running: the next start settles a cut commit
   * from the audit log and fails a cut analysis or validation (store.ts), as after a crash.
   */
  close(): Promise<void>;
}

export interface ImportJobsOptions {
  /** Save jobs under `root` and read them back on start (false: they live as long as the process). */
  persist: boolean;
  /** How long a job is kept after its last change, in milliseconds. */
  retentionMs: number;
  /** Told about jobs restored, settled or swept, and about a job that could not be saved. */
  log?: (message: string) => void;
}

const BUSY = ['analysing', 'validating', 'committing'];

export function importJobs(db: Database, root: string, opts: ImportJobsOptions): ImportJobs {
  const jobs = new Map<string, ImportJob>();
  let commitQueue: Promise<unknown> = Promise.resolve();
  const running = new Set<RunningTask>();
  let closing = false;
  const paths = (id: string) => ({ filePath: join(root, id, 'upload'), workDir: join(root, id, 'work') });
  if (opts.persist) {
    for (const r of restoreJobs(db, root, { retentionMs: opts.retentionMs, ...(opts.log ? { log: opts.log } : {}) })) {
      jobs.set(r.dto.id, { dto: r.dto, owner: r.owner, settings: r.settings, fullReport: r.fullReport, savedAt: r.savedAt, ...paths(r.dto.id) });
    }
  }
  /** Saves `job` (and `report`, when it has a new one); a job discarded meanwhile stays gone. */
  const save = (job: ImportJob, report?: ImportReport) => {
    job.savedAt = new Date().toISOString();
    if (!opts.persist || jobs.get(job.dto.id) !== job) return;
    try {
      saveJob(join(root, job.dto.id), { dto: job.dto, owner: job.owner, settings: job.settings, savedAt: job.savedAt }, report);
    } catch (e) {
      // The job goes on in memory; only a restart would forget it.
      opts.log?.(`import ${job.dto.id}: its state could not be saved: ${(e as Error).message}`);
    }
  };
  const remove = (id: string) => {
    jobs.delete(id);
    rmSync(join(root, id), { recursive: true, force: true });
  };
  const sweep = (now = Date.now()) => {
    for (const j of jobs.values()) {
      if (!BUSY.includes(j.dto.state) && expired(j.savedAt, opts.retentionMs, now)) {
        remove(j.dto.id);
        opts.log?.(`import ${j.dto.id}: removed (untouched since ${j.savedAt}, past the retention period)`);
      }
    }
  };
  return {
    create(owner, layer, fileName) {
      sweep();
      const id = randomBytes(9).toString('base64url');
      const createdAt = new Date().toISOString();
      const job: ImportJob = {
        dto: {
          id, layer, fileName, size: 0, createdAt, username: owner.username, state: 'analysing',
          progress: null, analysis: null, settings: null, report: null, result: null, error: null,
        },
        owner, ...paths(id), fullReport: null, settings: null, savedAt: createdAt,
      };
      jobs.set(id, job);
      return job;
    },
    get: (id) => jobs.get(id),
    list: () => [...jobs.values()].sort((a, b) => b.dto.createdAt.localeCompare(a.dto.createdAt)),
    remove,
    sweep,
    start(job, step, onCommitted) {
      const d = job.dto;
      const phase = step.kind;
      d.state = phase === 'analyse' ? 'analysing' : phase === 'validate' ? 'validating' : 'committing';
      d.progress = { phase, done: 0, total: d.analysis?.count ?? null };
      d.error = null;
      save(job);
      const task = { ...step, filePath: job.filePath, fileName: d.fileName, workDir: job.workDir } as ImportTask;
      const go = async (): Promise<TaskResult> => {
        if (closing) throw new Error('the server is closing');
        const run = runTask(db, task, (done, total) => (d.progress = { phase, done, total }));
        running.add(run);
        try {
          return await run.result;
        } finally {
          running.delete(run);
        }
      };
      const outcome = phase === 'commit' ? (commitQueue = commitQueue.then(go, go)) : go();
      outcome.then((r) => {
        d.progress = null;
        if (r.kind === 'analysed') {
          d.analysis = r.analysis;
          d.state = 'analysed';
          save(job);
        } else if (r.kind === 'validated') {
          job.fullReport = r.report;
          d.report = reportDto(r.report);
          d.state = 'validated';
          save(job, r.report);
        } else if (r.kind === 'committed') {
          d.result = resultDto(r.result);
          d.report = reportDto(r.result);
          d.state = 'committed';
          save(job);
          onCommitted?.(r.result);
        } else {
          job.fullReport = r.report;
          d.report = reportDto(r.report);
          d.state = 'failed';
          d.error = r.report.refused ? 'the file was refused: see the file-level issues' : `${r.report.summary.refused} row(s) refused; nothing was imported (commit with validOnly to import the valid part)`;
          save(job, r.report);
        }
      }, (e: Error) => {
        // Stopped by close(): the saved job still says it was running, for the next start to settle.
        if (closing) return;
        d.progress = null;
        d.state = 'failed';
        d.error = e.message;
        save(job);
      });
    },
    async close() {
      closing = true;
      await Promise.all([...running].map((r) => r.stop()));
    },
  };
}
