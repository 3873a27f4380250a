/**
 * Builds the client with Vite when `dist/client` is missing or older than its sources, so
 * `npm start` on a fresh clone (or after a pull) always serves the current client.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const SOURCES = [join(ROOT, 'client'), join(ROOT, 'shared'), join(ROOT, 'vite.config.ts'), join(ROOT, 'package.json')];
const BUILT_INDEX = join(ROOT, 'dist/client/index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when the built client is missing or any client source is newer than it. */
export function clientIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.filter(existsSync).some((p) => newestMtime(p) > built);
}

/** Runs `vite build` (config from vite.config.ts) if the client is stale. Returns whether it built. */
export async function ensureClientBuilt(): Promise<boolean> {
  if (!clientIsStale()) return false;
  const { build } = await import('vite');
  // Always the production bundle: under vitest NODE_ENV is "test", which would otherwise give
  // React's development build.
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production', define: { 'process.env.NODE_ENV': '"production"' } });
  return true;
}
