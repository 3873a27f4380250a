/**
 * Runs a candidate and its baseline side by side, interleaved, so that noise from other
 * work on this shared machine lands on both: pairs alternate A B, B A, A B… (so neither
 * side always runs first and inherits the other's warm caches).
 */

/** One side of a comparison. Only `run` is timed. */
export interface Side {
  /** Untimed preparation before each timed call (clear a cache, start a fresh server…). */
  before?: () => unknown;
  /** The timed work. A returned promise is awaited inside the timing. */
  run: () => unknown;
  /** Untimed clean-up after each timed call (close that server…). */
  after?: () => unknown;
}

export interface InterleaveOptions {
  /** Timed pairs. */
  iterations: number;
  /** Untimed pairs first, so both sides are compiled and cached before timing starts. */
  warmup: number;
}

export interface PairSamples {
  /** Candidate times, ms, in run order (index i pairs with baseline[i]). */
  candidate: number[];
  /** Baseline times, ms. */
  baseline: number[];
}

async function settle(value: unknown): Promise<void> {
  if (value instanceof Promise) await value;
}

/** Time of one call of `side`, ms; before/after are outside the timing. */
export async function timeOnce(side: Side): Promise<number> {
  await settle(side.before?.());
  const start = performance.now();
  const result = side.run();
  // Awaiting only real promises keeps a synchronous candidate free of a microtask hop.
  if (result instanceof Promise) await result;
  const ms = performance.now() - start;
  await settle(side.after?.());
  return ms;
}

/** Runs `candidate` and `baseline` in alternating pairs and returns both sample lists. */
export async function interleave(candidate: Side, baseline: Side, options: InterleaveOptions): Promise<PairSamples> {
  const out: PairSamples = { candidate: [], baseline: [] };
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    let c: number;
    let b: number;
    if (i % 2 === 0) {
      c = await timeOnce(candidate);
      b = await timeOnce(baseline);
    } else {
      b = await timeOnce(baseline);
      c = await timeOnce(candidate);
    }
    if (i >= options.warmup) {
      out.candidate.push(c);
      out.baseline.push(b);
    }
  }
  return out;
}
