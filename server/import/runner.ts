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

/** Runs `task` for `db`, on a worker thread when the database is a file. */
export function runTask(db: Database, task: ImportTask, onProgress?: Progress): Promise<TaskResult> {
  if (!onDisk(db)) return new Promise((resolve) => setImmediate(resolve)).then(() => executeTask(db, task, onProgress));
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), { eval: true, execArgv: [], workerData: { dbPath: db.name, task } });
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
}
