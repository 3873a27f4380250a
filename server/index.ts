/**
 * Runs the server: opens and migrates the database, loads the demo sub-district into an
 * empty one, serves the API and the built client on one port and prints the URL.
 */
import { resolve } from 'node:path';
import { buildApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/open';
import { seedDemoIfEmpty } from './seed/seed-demo';
import { setupAccounts, type SetupResult } from './auth/accounts-setup';

export function printAccounts(setup: SetupResult, url: string): void {
  const lines = ['', 'First start: these accounts were created (README → Accounts and roles):'];
  for (const a of setup.created) lines.push(`  ${a.role.padEnd(10)} ${a.username.padEnd(10)} password: ${a.password}${a.branch ? `  (branch ${a.branch})` : ''}`);
  if (setup.wallToken) lines.push(`  wall display: ${url}wall?wall=${setup.wallToken}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

export const CLIENT_DIR = resolve('dist/client');

/** Pino options: request lines without wall tokens (the wall's event stream carries one in its URL). */
export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
    },
  };
}

/** `url` with the value of any `wall=` parameter replaced by `***`. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]wall=)[^&#]*/g, '$1***');
}

export async function main(): Promise<void> {
  const config = readConfig();
  const db = openDatabase(config.dbPath);
  const app = await buildApp({ db, clientDir: CLIENT_DIR, rules: config.rules, timeZone: config.timeZone, trustProxy: config.trustProxy, logger: loggerOptions(process.env.LOG_LEVEL ?? 'info') });
  const seeded = seedDemoIfEmpty(db, app.today());
  if (seeded) app.log.info(seeded, `loaded the demo sub-district into ${config.dbPath}`);
  const setup = await setupAccounts(db, seeded !== null);
  // Build the coverage model and the grid topology now, so the first visitor does not wait.
  const warm = performance.now();
  app.coverage.current();
  app.coverage.topology();
  app.log.info({ ms: Math.round(performance.now() - warm) }, 'coverage model ready');

  const close = async (): Promise<void> => {
    await app.close();
    db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  // The one line a newcomer looks for, printed plainly after the JSON logs.
  const url = `http://${shownHost}:${port}/`;
  if (setup) printAccounts(setup, url);
  process.stdout.write(`\ngridmap is running: ${url}\n\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`gridmap failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
