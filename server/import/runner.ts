/**
 * Runs an import step on a worker thread with its own SQLite connection when the database
 * is a file, or inline when it is held in memory (tests) — the same code either way.
 */
import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Progress } from './pipeline';
import { executeTask, type ImportTask, type TaskResult } from './task';
import type { WorkerMessage } from './worker';

/**
 * The worker's bootstrap: the server runs TypeScript through tsx, whose loader a worker
 * thread does not inherit, so the worker registers it before importing its entry module.
 */
function bootstrap(): string {
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

/** Whether `db` lives in a file another connection (the worker's) can open. */
export function onDisk(db: Database): boolean {
  return db.name !== ':memory:' && db.name !== '';
}

/** A step started by `runTask`: its outcome, and how to stop it. */
export interface RunningTask {
  result: Promise<TaskResult>;
  /**
   * Stops the step's worker thread and resolves once it has gone, its SQLite connection closed
   * (a commit's transaction rolls back, since it never committed); `result` then rejects. A step
   * run inline (a database in memory) cannot be stopped and runs on.
   */
  stop(): Promise<void>;
}

/** Runs `task` for `db`, on a worker thread when the database is a file. */
export function runTask(db: Database, task: ImportTask, onProgress?: Progress): RunningTask {
  if (!onDisk(db)) {
    return { result: new Promise((resolve) => setImmediate(resolve)).then(() => executeTask(db, task, onProgress)), stop: async () => undefined };
  }
  const worker = new Worker(bootstrap(), { eval: true, execArgv: [], workerData: { dbPath: db.name, task } });
  const result = new Promise<TaskResult>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress?.(m.done, m.total);
      else {
        settled = true;
        if (m.type === 'done') resolve(m.result);
        else reject(new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the import worker stopped (exit code ${code}) before it finished`));
    });
  });
  return { result, stop: async () => void (await worker.terminate()) };
}
