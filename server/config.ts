/**
 * Server settings from the environment, checked once at start so a typo fails loudly.
 * PORT (default 3000), HOST (default 127.0.0.1; 0.0.0.0 to serve the intranet),
 * GRIDMAP_DB (database file, default var/gridmap.db).
 */
import { DEFAULT_DB_PATH } from './db/open';

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${portText}".`);
  }
  return { port, host: env.HOST ?? '127.0.0.1', dbPath: env.GRIDMAP_DB ?? DEFAULT_DB_PATH };
}
