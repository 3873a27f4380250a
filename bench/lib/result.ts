/**
 * One measured comparison (a row of a results table) and the suite interface.
 */
import type { Scale } from './datasets';
import type { PairSamples } from './interleave';
import { pairedRatio, summarise, type Summary } from './stats';

export interface Measured {
  /** What ran, e.g. "warm" or "plain loop, no bbox pre-check". */
  label: string;
  summary: Summary;
}

export interface Row {
  scale: Scale;
  /** What is measured, e.g. "GET /api/layers/branches". */
  figure: string;
  candidate: Measured;
  baseline: Measured;
  /** Baseline ÷ candidate, median of the interleaved pairs. */
  ratio: number;
  /** Aim met or missed, checks done; empty when there is nothing to add. */
  note: string;
}

/** A table row from interleaved samples. */
export function toRow(scale: Scale, figure: string, candidate: string, baseline: string, samples: PairSamples, note = ''): Row {
  return {
    scale,
    figure,
    candidate: { label: candidate, summary: summarise(samples.candidate) },
    baseline: { label: baseline, summary: summarise(samples.baseline) },
    ratio: pairedRatio(samples.candidate, samples.baseline),
    note,
  };
}

/** "aim < 16 ms: met" or "…: MISSED" from the candidate's median, ms. */
export function aimUnder(row: Row, limitMs: number): string {
  return `aim < ${limitMs} ms: ${row.candidate.summary.median < limitMs ? 'met' : 'MISSED'}`;
}

/** "aim ≥ 50×: met" or "…: MISSED" from the row's ratio. */
export function aimRatio(row: Row, atLeast: number): string {
  return `aim ≥ ${atLeast}×: ${row.ratio >= atLeast ? 'met' : 'MISSED'}`;
}

export interface SuiteContext {
  scales: readonly Scale[];
  quick: boolean;
  /** Path of the database for a scale (built on first use). */
  dbPath(scale: Scale): string;
  /** Progress to stderr, so stdout stays the table. */
  log(line: string): void;
}

export interface SuiteResult {
  rows: Row[];
  /** Facts a reader needs: where the box and tile are, which checks passed. */
  notes: string[];
}

export interface Suite {
  /** The name `npm run bench -- <name>` selects. */
  name: string;
  /** Section title in BENCHMARKS.md. */
  title: string;
  /** Measures one scale, adding its rows and notes to `out`. */
  runScale(ctx: SuiteContext, scale: Scale, out: SuiteResult): Promise<void>;
}

/** Runs `suite` at every scale of `ctx`, in order. */
export async function runSuite(suite: Suite, ctx: SuiteContext): Promise<SuiteResult> {
  const out: SuiteResult = { rows: [], notes: [] };
  for (const scale of ctx.scales) await suite.runScale(ctx, scale, out);
  return out;
}

/** Iterations for a full run or for `--quick`. */
export function count(ctx: SuiteContext, full: number, quick: number): number {
  return ctx.quick ? quick : full;
}
