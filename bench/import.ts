/**
 * `tsx bench/import.ts [--n 100000] [--no-ogr]`: imports N synthetic buildings (a GeoJSON
 * FeatureCollection spread over the demo sub-district) into a copy of the demo database
 * with `npm run import` in a child process, and runs GDAL's `ogr2ogr` into SQLite on the
 * same file beside it. Prints a Markdown table: wall time, rows per second and peak resident
 * memory (VmHWM from /proc, polled), plus the importer's peak at a quarter of N to show that
 * memory stays flat as the file grows. Progress goes to stderr.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/open';
import { writeBuildingsGeoJson } from '../tests/server/import/big-file';
import { ensureDatabase } from './lib/datasets';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({ options: { n: { type: 'string', default: '100000' }, 'no-ogr': { type: 'boolean', default: false } } });
const N = Number(values.n);
const log = (s: string) => process.stderr.write(`[bench:import] ${s}\n`);

interface Measured {
  ms: number;
  /** CPU seconds (user + system), as last seen in /proc before exit: wall time on a shared machine says little alone. */
  cpuS: number | null;
  peakMiB: number | null;
  ok: boolean;
  stderr: string;
}

/** Runs a command, polling its peak resident set (VmHWM) until it exits. */
function measured(cmd: string, args: string[]): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKiB = 0;
    let ticks = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (hwm) peakKiB = Math.max(peakKiB, Number(hwm));
        // Fields 14 and 15 of /proc/PID/stat (after the command name in brackets): utime and stime, in 1/100 s.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        ticks = Math.max(ticks, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The process has just exited.
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - start, cpuS: ticks ? ticks / 100 : null, peakMiB: peakKiB ? peakKiB / 1024 : null, ok: code === 0, stderr });
    });
  });
}

function demoCopy(dir: string): string {
  const source = ensureDatabase('demo', false, log);
  const target = join(dir, 'gridmap.db');
  copyFileSync(source, target);
  return target;
}

function demoBox(path: string): [number, number, number, number] {
  const db = openDatabase(path);
  try {
    const r = db.prepare('SELECT min(min_lng) AS w, min(min_lat) AS s, max(max_lng) AS e, max(max_lat) AS n FROM subdistrict').get() as { w: number; s: number; e: number; n: number };
    return [r.w, r.s, r.e, r.n];
  } finally {
    db.close();
  }
}

async function importRun(dir: string, n: number, box: [number, number, number, number]): Promise<Measured & { n: number; mb: number }> {
  const file = join(dir, `buildings-${n}.geojson`);
  writeBuildingsGeoJson(file, n, box);
  const db = demoCopy(dir);
  log(`importing ${n} buildings (${(statSync(file).size / 1048576).toFixed(0)} MB)…`);
  const m = await measured(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', file, '--layer', 'buildings', '--db', db]);
  if (!m.ok) log(`import failed:\n${m.stderr.slice(-2000)}`);
  return { ...m, n, mb: statSync(file).size / 1048576 };
}

const dir = mkdtempSync(join(tmpdir(), 'gridmap-bench-import-'));
try {
  const box = demoBox(ensureDatabase('demo', false, log));
  const quarter = await importRun(dir, Math.round(N / 4), box);
  const full = await importRun(dir, N, box);
  const rows: string[] = [];
  const fmt = (m: Measured, n: number) => `${(m.ms / 1000).toFixed(1)} s | ${m.cpuS === null ? '—' : `${m.cpuS.toFixed(1)} s`} | ${Math.round(n / (m.ms / 1000)).toLocaleString('en')} | ${m.peakMiB === null ? '—' : `${m.peakMiB.toFixed(0)} MiB`}`;
  rows.push(`| gridmap \`npm run import\` (checks and commit in one transaction) | ${quarter.n.toLocaleString('en')} | ${fmt(quarter, quarter.n)} |`);
  rows.push(`| gridmap \`npm run import\` (checks and commit in one transaction) | ${full.n.toLocaleString('en')} | ${fmt(full, full.n)} |`);
  const hasOgr = spawnSync('ogr2ogr', ['--version']).status === 0;
  if (!values['no-ogr'] && hasOgr) {
    const out = join(dir, 'ogr.sqlite');
    log('ogr2ogr into SQLite…');
    const ogr = await measured('ogr2ogr', ['-f', 'SQLite', out, join(dir, `buildings-${N}.geojson`), '-nln', 'building', '-gt', '65536']);
    rows.push(`| GDAL \`ogr2ogr -f SQLite\` (copy only: no checks, no CRS, no joins) | ${N.toLocaleString('en')} | ${fmt(ogr, N)} |`);
  }
  process.stdout.write([
    `Import of synthetic buildings into the demo sub-district (${full.mb.toFixed(0)} MB GeoJSON at ${N.toLocaleString('en')}): each building is typed, its footprint checked and rewound, placed in its grid and compound by R*Tree join, and written with its source system, in one transaction.`,
    '',
    '| run | buildings | wall time | CPU time | buildings/s | peak memory |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n'));
  if (!full.ok || full.ms > 30_000) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
