/**
 * Kills the importer (`npm run import`, a real child process) in the middle of committing a
 * large file with SIGKILL — no chance to clean up — then opens the database again: it must
 * pass `PRAGMA integrity_check` and hold none of the import (all of it, had the commit
 * finished first; the test insists the kill landed mid-commit).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { tinyDataset } from '../fixtures/tiny-dataset';
import { writeBuildingsGeoJson } from './big-file';
import { removeTempDirs, snapshot, tempDir } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const N = 20_000;

afterAll(removeTempDirs);

/** Runs the import CLI and SIGKILLs it once `when` matches its stderr; resolves with the signal it died of. */
function importAndKill(file: string, db: string, when: RegExp): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', file, '--layer', 'buildings', '--db', db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (when.test(stderr) && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}

describe('killing an import', () => {
  it('mid-commit leaves an intact database without any of the import', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'gridmap.db');
    const db = openDatabase(dbPath);
    loadDataset(db, tinyDataset());
    const before = snapshot(db);
    db.close();
    const file = join(dir, 'big.geojson');
    writeBuildingsGeoJson(file, N, [120.3001, 36.0801, 120.3199, 36.0899]);

    // Progress is printed every 500 rows; after "committing" the second count is the commit's own.
    const { signal, stderr } = await importAndKill(file, dbPath, /committing[\s\S]*\n {2}5000 \/ 20000 rows/);
    expect(signal, stderr).toBe('SIGKILL');
    expect(stderr).toMatch(/committing/);

    const after = openDatabase(dbPath);
    try {
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.pragma('foreign_key_check')).toEqual([]);
      expect(snapshot(after)).toEqual(before);
      expect(after.prepare("SELECT count(*) FROM building WHERE address LIKE '压测路%'").pluck().get()).toBe(0);
    } finally {
      after.close();
    }
  }, 120_000);
});
