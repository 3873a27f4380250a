/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the seed generator needs.
 *
 * Everything the generator randomises goes through one `Random`, so a seed fixes the whole
 * dataset: `Math.random` is never used.
 */

export class Random {
  private state: number;

  /** `seed` is any integer; it is reduced to 32 bits. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A float in [min, max). */
  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty array');
    return item;
  }

  /** An index drawn with probability proportional to `weights[i]` (weights ≥ 0, not all 0). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }

  /** A new generator whose stream is independent of this one's later draws. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}

/**
 * Samples with replacement from a fixed weighted list, in O(log n) per draw.
 * Used to scatter thousands of members over buildings.
 */
export class WeightedSampler {
  private readonly cumulative: number[] = [];

  constructor(weights: readonly number[]) {
    let total = 0;
    for (const w of weights) {
      total += w;
      this.cumulative.push(total);
    }
  }

  /** Whether every weight is zero (nothing can be drawn). */
  get empty(): boolean {
    return (this.cumulative[this.cumulative.length - 1] ?? 0) <= 0;
  }

  /** An index drawn with probability proportional to its weight. */
  draw(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const r = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * Chooses exactly `count` of `weights.length` items without replacement, each item's chance
 * growing with its weight (Efraimidis–Spirakis keys). Items of weight 0 are chosen only when
 * the others run out. Returns a boolean mask.
 */
export function chooseWeighted(random: Random, weights: readonly number[], count: number): boolean[] {
  const keyed = weights.map((w, i) => ({ i, key: w > 0 ? Math.log(1 - random.next()) / w : -Infinity }));
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  const chosen = new Array<boolean>(weights.length).fill(false);
  for (let k = 0; k < Math.min(count, keyed.length); k++) chosen[(keyed[k] as { i: number }).i] = true;
  return chosen;
}
