/**
 * `npm run bench -- [suite…] [--quick] [--scale demo|district] [--rebuild] [--no-write]`
 *
 * Runs the benchmark suites (all when none is named: foundation, coverage) at demo and
 * district scale, prints each suite's table to stdout and writes it into its section of
 * BENCHMARKS.md. Databases are built once into bench/out/ and reused; --rebuild replaces
 * them. --quick runs fewer iterations (for trying things out; the figures are rough).
 * --no-write prints without touching BENCHMARKS.md. Progress goes to stderr.
 *
 * `npm run bench -- planner|planner-client|import|wall-soak|wall-paint|relocation-flow|as-of-tiles [options]` runs one of
 * the standalone scripts (bench/<name>.ts) with the options that follow.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/open';
import { dataSize, ensureDatabase, SCALES, type DataSize, type Scale } from './lib/datasets';
import { renderSection, runInfo, writeSection } from './lib/report';
import { runSuite, type Suite, type SuiteContext } from './lib/result';
import { coverageSuite } from './suites/coverage';
import { foundationSuite } from './suites/foundation';

const SUITES: Suite[] = [foundationSuite, coverageSuite];
const REPORT = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

const STANDALONE: Record<string, string> = {
  planner: 'planner.ts',
  'planner-client': 'planner-client.ts',
  import: 'import.ts',
  'wall-soak': 'wall-soak.ts',
  'wall-paint': 'wall-paint.ts',
  'relocation-flow': 'relocation-flow.ts',
  'as-of-tiles': 'as-of-tiles.ts',
};
const standalone = STANDALONE[process.argv[2] ?? ''];
if (standalone) {
  const script = fileURLToPath(new URL(standalone, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(3)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const args = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args,
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string', multiple: true },
    rebuild: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const unknown = positionals.filter((p) => !SUITES.some((s) => s.name === p));
if (unknown.length > 0) fail(`Unknown suite ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}.`);
const suites = positionals.length > 0 ? SUITES.filter((s) => positionals.includes(s.name)) : SUITES;
const scales = (values.scale ?? [...SCALES]) as Scale[];
const badScale = scales.find((s) => !SCALES.includes(s));
if (badScale) fail(`--scale must be ${SCALES.join(' or ')}, got "${badScale}".`);

const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};
const paths = new Map<Scale, string>();
const sizes: DataSize[] = scales.map((scale) => {
  const path = ensureDatabase(scale, values.rebuild, log);
  paths.set(scale, path);
  const db = openDatabase(path);
  try {
    return dataSize(db, scale);
  } finally {
    db.close();
  }
});

const ctx: SuiteContext = {
  scales,
  quick: values.quick,
  dbPath: (scale) => {
    const path = paths.get(scale);
    if (!path) throw new Error(`No database prepared for scale ${scale}; pass it with --scale.`);
    return path;
  },
  log,
};
const info = runInfo(args, values.quick);
const started = performance.now();
for (const suite of suites) {
  log(`suite ${suite.name}`);
  const section = renderSection(suite.title, info, sizes, await runSuite(suite, ctx));
  process.stdout.write(`\n${section}\n`);
  if (!values['no-write']) writeSection(REPORT, suite.name, section);
}
log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s${values['no-write'] ? '' : `; wrote ${REPORT}`}`);
