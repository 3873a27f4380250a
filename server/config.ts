/**
 * Server settings from the environment, checked once at start so a typo fails loudly.
 * PORT (default 3000), HOST (default 127.0.0.1; 0.0.0.0 to serve the intranet),
 * GRIDMAP_DB (database file, default var/gridmap.db), GRIDMAP_RULES (a JSON file overriding
 * rule thresholds, see shared/rules/config.ts), GRIDMAP_TIMEZONE (whose calendar day is
 * "today", default Asia/Shanghai), GRIDMAP_TRUST_PROXY=1 (behind a TLS proxy: trust its
 * X-Forwarded-* headers so cookies are Secure and the audit log has the client address).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_DB_PATH } from './db/open';
import { DEFAULT_RULES, mergeRules, type RuleConfig } from '../shared/rules/config';
import { dayIn, DEFAULT_TIME_ZONE } from '../shared/dates';

export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  rules: RuleConfig;
  timeZone: string;
  trustProxy: boolean;
}

/** Reads the rule thresholds from the JSON file GRIDMAP_RULES names, over the defaults. */
function readRules(path: string | undefined): RuleConfig {
  if (!path) return DEFAULT_RULES;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`GRIDMAP_RULES names "${path}", which cannot be read: ${(err as Error).message}`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`GRIDMAP_RULES file "${path}" is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return mergeRules(parsed);
}

/**
 * The users' IANA time zone from GRIDMAP_TIMEZONE (Asia/Shanghai when unset), for the server
 * and the command-line tools alike; throws, naming the value, if it is not a time zone.
 */
export function timeZoneFrom(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.GRIDMAP_TIMEZONE ?? DEFAULT_TIME_ZONE;
  try {
    dayIn(zone);
  } catch (err) {
    throw new Error(`GRIDMAP_TIMEZONE "${zone}" is not an IANA time zone; give one such as Asia/Shanghai.`, { cause: err });
  }
  return zone;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${portText}".`);
  }
  return { port, host: env.HOST ?? '127.0.0.1', dbPath: env.GRIDMAP_DB ?? DEFAULT_DB_PATH, rules: readRules(env.GRIDMAP_RULES), timeZone: timeZoneFrom(env), trustProxy: env.GRIDMAP_TRUST_PROXY === '1' };
}
