/**
 * Import jobs: an uploaded file waiting in `var/imports/<id>/`, what has been learnt about it
 * and where it is in analyse → validate → commit. Jobs live in memory (a restart forgets them
 * and their files are swept); one step runs at a time per job, and commits run one at a time
 * for the whole server, since each holds SQLite's single write lock.
 */
import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJobDto, ImportReportDto, ImportResultDto } from '../../shared/import/api';
import type { DataLayer } from '../../shared/import/layers';
import type { Actor, CommitResult, ImportReport, ImportSettings } from './pipeline';
import { runTask } from './runner';
import type { ImportTask } from './task';

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
}

export function importJobs(db: Database, root: string): ImportJobs {
  const jobs = new Map<string, ImportJob>();
  let commitQueue: Promise<unknown> = Promise.resolve();
  return {
    create(owner, layer, fileName) {
      const id = randomBytes(9).toString('base64url');
      const dir = join(root, id);
      const job: ImportJob = {
        dto: {
          id, layer, fileName, size: 0, createdAt: new Date().toISOString(), username: owner.username, state: 'analysing',
          progress: null, analysis: null, settings: null, report: null, result: null, error: null,
        },
        owner, filePath: join(dir, 'upload'), workDir: join(dir, 'work'), fullReport: null, settings: null,
      };
      jobs.set(id, job);
      return job;
    },
    get: (id) => jobs.get(id),
    list: () => [...jobs.values()].sort((a, b) => b.dto.createdAt.localeCompare(a.dto.createdAt)),
    remove(id) {
      jobs.delete(id);
      rmSync(join(root, id), { recursive: true, force: true });
    },
    start(job, step, onCommitted) {
      const d = job.dto;
      const phase = step.kind;
      d.state = phase === 'analyse' ? 'analysing' : phase === 'validate' ? 'validating' : 'committing';
      d.progress = { phase, done: 0, total: d.analysis?.count ?? null };
      d.error = null;
      const task = { ...step, filePath: job.filePath, fileName: d.fileName, workDir: job.workDir } as ImportTask;
      const go = () => runTask(db, task, (done, total) => (d.progress = { phase, done, total }));
      const running = phase === 'commit' ? (commitQueue = commitQueue.then(go, go)) : go();
      (running as ReturnType<typeof go>).then((r) => {
        d.progress = null;
        if (r.kind === 'analysed') {
          d.analysis = r.analysis;
          d.state = 'analysed';
        } else if (r.kind === 'validated') {
          job.fullReport = r.report;
          d.report = reportDto(r.report);
          d.state = 'validated';
        } else if (r.kind === 'committed') {
          d.result = resultDto(r.result);
          d.report = reportDto(r.result);
          d.state = 'committed';
          onCommitted?.(r.result);
        } else {
          job.fullReport = r.report;
          d.report = reportDto(r.report);
          d.state = 'failed';
          d.error = r.report.refused ? 'the file was refused: see the file-level issues' : `${r.report.summary.refused} row(s) refused; nothing was imported (commit with validOnly to import the valid part)`;
        }
      }, (e: Error) => {
        d.progress = null;
        d.state = 'failed';
        d.error = e.message;
      });
    },
  };
}
