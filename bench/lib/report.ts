/**
 * Renders a suite's results as Markdown and writes it into its own section of
 * BENCHMARKS.md, between `<!-- bench:<name>:begin -->` and `<!-- bench:<name>:end -->`,
 * so running one suite leaves the other suites' figures and the hand-written text alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { DataSize } from './datasets';
import type { Row, SuiteResult } from './result';

/** Facts about the run printed above every table. */
export interface RunInfo {
  date: string;
  command: string;
  quick: boolean;
  /** Load average (1 min) when the run started: how busy the shared machine was. */
  load: number;
}

export function runInfo(args: readonly string[], quick: boolean): RunInfo {
  return {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    command: ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
    quick,
    load: loadavg()[0] ?? 0,
  };
}

/** Milliseconds with sensible precision: 0.123, 1.23, 12.3, 123. */
export function ms(value: number): string {
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

function ratio(value: number): string {
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(2)}×`;
}

const int = (n: number): string => n.toLocaleString('en-US');

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} cores (nproc), ${cpu}, Node ${process.version}, ${process.platform}`;
}

function sizesTable(sizes: readonly DataSize[]): string {
  const lines = ['| Scale | Communities | Grid branches | Buildings | Households | Members | Household-leads |', '|---|--:|--:|--:|--:|--:|--:|'];
  for (const s of sizes) {
    lines.push(`| ${s.scale} | ${int(s.communities)} | ${int(s.branches)} | ${int(s.buildings)} | ${int(s.households)} | ${int(s.members)} | ${int(s.leads)} |`);
  }
  return lines.join('\n');
}

function resultsTable(rows: readonly Row[]): string {
  const lines = [
    '| Scale | Figure | Candidate | n | median ms | p95 ms | Baseline | median ms | p95 ms | Ratio | Aim / note |',
    '|---|---|---|--:|--:|--:|---|--:|--:|--:|---|',
  ];
  for (const r of rows) {
    const c = r.candidate.summary;
    const b = r.baseline.summary;
    lines.push(
      `| ${r.scale} | ${r.figure} | ${r.candidate.label} | ${c.n} | ${ms(c.median)} | ${ms(c.p95)} | ${r.baseline.label} | ${ms(b.median)} | ${ms(b.p95)} | ${ratio(r.ratio)} | ${r.note} |`,
    );
  }
  return lines.join('\n');
}

/** The Markdown of one suite's run: run facts, data sizes, the table and notes. */
export function renderSection(title: string, info: RunInfo, sizes: readonly DataSize[], result: SuiteResult): string {
  return [
    `### ${title}`,
    '',
    `Run ${info.date}: \`${info.command}\`${info.quick ? ' (quick: fewer iterations, figures are rough)' : ''}; ${machine()}; load average ${info.load.toFixed(2)} at start.`,
    '',
    sizesTable(sizes),
    '',
    resultsTable(result.rows),
    '',
    ...result.notes.map((n) => `- ${n}`),
  ].join('\n');
}

/**
 * Puts `section` between the suite's markers in `file`, appending the markers when the
 * file has none yet (and creating the file when it is missing).
 */
export function writeSection(file: string, name: string, section: string): void {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${begin}\n${section}\n${end}`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
