/**
 * Builds the client for end-to-end tests, once, even when two test files ask at the same time.
 */
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureClientBuilt } from '../../server/client-build';

export const CLIENT_DIR = resolve('dist/client');

/** Held while one test file builds, so two files never run `vite build` into one folder at once. */
const BUILD_LOCK = join(tmpdir(), `gridmap-client-build-${resolve('.').replace(/[^\w]/g, '_')}.lock`);
const LOCK_STALE_MS = 180_000;

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // Someone else is building; a lock older than any real build was left by a killed run.
      try {
        if (Date.now() - statSync(BUILD_LOCK).mtimeMs > LOCK_STALE_MS) rmdirSync(BUILD_LOCK);
      } catch {
        // The holder released it between our two calls: just retry.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmdirSync(BUILD_LOCK);
  }
}

/**
 * Builds `dist/client` with Vite if it is missing or older than the client sources.
 * Vitest sets NODE_ENV=test, which Vite would carry into the bundle (React's development
 * build, with its warnings and links); the build must be the production one that ships.
 */
export async function buildClientOnce(): Promise<void> {
  await withBuildLock(async () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await ensureClientBuilt();
    } finally {
      if (saved === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = saved;
    }
  });
}
