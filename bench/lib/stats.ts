/**
 * Summary statistics of latency samples (milliseconds). Pure, so the tests can check them.
 */

export interface Summary {
  /** Number of samples. */
  n: number;
  /** Middle sample (mean of the two middle ones for an even count), ms. */
  median: number;
  /** 95th percentile by nearest rank, ms: with fewer than 20 samples this is the maximum. */
  p95: number;
  min: number;
  max: number;
}

/** Sorted copy, so callers' sample arrays keep their run order (pairs stay paired). */
function sorted(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/**
 * The `q`-quantile (0 < q ≤ 1) by nearest rank: the smallest sample with at least
 * `q × n` samples at or below it. Nearest rank never invents a value between samples.
 */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new Error('quantile of no samples: run at least one iteration.');
  if (!(q > 0 && q <= 1)) throw new Error(`quantile q must lie in (0, 1], got ${q}.`);
  const s = sorted(samples);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)] as number;
}

/** The median; the mean of the two middle samples when the count is even. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples: run at least one iteration.');
  const s = sorted(samples);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median, p95, min and max of `samples` (ms). */
export function summarise(samples: readonly number[]): Summary {
  const s = sorted(samples);
  return { n: s.length, median: median(s), p95: quantile(s, 0.95), min: s[0] as number, max: s[s.length - 1] as number };
}

/**
 * How many times slower `baseline` is than `candidate`: the median of the per-pair ratios
 * baseline[i] ÷ candidate[i]. Pairs were run back to back, so a noisy neighbour slows
 * both halves of a pair alike and the ratio survives the noise better than either time.
 */
export function pairedRatio(candidate: readonly number[], baseline: readonly number[]): number {
  if (candidate.length !== baseline.length || candidate.length === 0) {
    throw new Error(`pairedRatio needs two equally long, non-empty sample lists (got ${candidate.length} and ${baseline.length}).`);
  }
  return median(candidate.map((c, i) => (baseline[i] as number) / Math.max(c, 1e-6)));
}
