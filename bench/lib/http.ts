/**
 * The real server for latency figures: `buildApp` on its own connection to a benchmark
 * database, listening on a free port on 127.0.0.1, asked over real HTTP with `fetch`
 * (keep-alive), so a figure includes routing, validation, serialisation and the socket.
 * Client and server share this process and its two cores, as on a small intranet box.
 */
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { openDatabase } from '../../server/db/open';
import { accountRepository } from '../../server/repositories/accounts';
import { collectGarbage } from './gc';

export interface RunningApp {
  app: FastifyInstance;
  db: Database;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  base: string;
  close(): Promise<void>;
}

/**
 * The bench reads as a wall display does: aggregate routes need a signed-in role or a wall
 * token. One token per benchmark database, made on first start.
 */
const tokens = new Map<string, string>();
let currentToken: string | null = null;

/**
 * Starts the app on a new connection to `dbPath`. `prepare` runs on that connection
 * before the app is built (the scan baseline shadows the R*Tree there).
 */
export async function startApp(dbPath: string, prepare?: (db: Database) => void): Promise<RunningApp> {
  const db = openDatabase(dbPath);
  let token = tokens.get(dbPath);
  if (!token) {
    token = accountRepository(db).createWallToken('bench').token;
    tokens.set(dbPath, token);
  }
  currentToken = token;
  prepare?.(db);
  const app = await buildApp({ db });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    db,
    base: address,
    async close() {
      await app.close();
      db.close();
    },
  };
}

/** GETs `url` and reads the whole body; throws unless the status is `expect` (200 by default). */
export async function fetchBody(url: string, expect = 200): Promise<Buffer> {
  const response = await fetch(url, currentToken ? { headers: { authorization: `Bearer ${currentToken}` } } : {});
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== expect) throw new Error(`GET ${url} answered ${response.status}, expected ${expect}: ${body.toString('utf8', 0, 300)}`);
  return body;
}

/**
 * A side for `interleave` that times the first request to a freshly started app: the
 * start (new connection, buildApp, listen) is untimed, the request is timed, and the app
 * is closed and its garbage collected afterwards. Caches of the app (coverage model, tiles, topology) are empty;
 * the operating system's file cache is not.
 */
export function firstRequestAfterStart(dbPath: string, path: string): { before: () => Promise<void>; run: () => Promise<Buffer>; after: () => Promise<void> } {
  let running: RunningApp | null = null;
  return {
    before: async () => {
      running = await startApp(dbPath);
    },
    run: () => {
      if (!running) throw new Error('firstRequestAfterStart: run() before before()');
      return fetchBody(running.base + path);
    },
    after: async () => {
      await running?.close();
      running = null;
      collectGarbage();
    },
  };
}
