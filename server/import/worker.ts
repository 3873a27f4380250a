/**
 * The import worker thread: opens its own connection to the database file and runs one
 * import step, posting progress and the outcome to the server thread. A long commit holds
 * SQLite's write lock here, not the server's event loop, so maps and polls stay answered.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open';
import { executeTask, type ImportTask } from './task';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'done'; result: Awaited<ReturnType<typeof executeTask>> }
  | { type: 'error'; message: string };

const { dbPath, task } = workerData as { dbPath: string; task: ImportTask };
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
const db = openDatabase(dbPath);
// Another writer may hold the lock briefly; wait for it rather than fail.
db.pragma('busy_timeout = 10000');
// A large import touches many pages at once: a 64 MiB page cache keeps the B-trees and the R*Tree in memory.
db.pragma('cache_size = -65536');
executeTask(db, task, (done, total) => post({ type: 'progress', done, total }))
  .then((result) => post({ type: 'done', result }))
  .catch((e: unknown) => post({ type: 'error', message: (e as Error).message }))
  .finally(() => db.close());
