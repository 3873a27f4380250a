import { describe, expect, it } from 'vitest';
import { median, pairedRatio, quantile, summarise } from '../../../bench/lib/stats';

describe('latency statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const samples = [5, 1, 3];
    expect(median(samples)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(samples).toEqual([5, 1, 3]);
  });

  it('takes quantiles by nearest rank, so p95 of fewer than 20 samples is the maximum', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBe(95);
    expect(quantile(hundred, 0.5)).toBe(50);
    expect(quantile([3, 9, 1, 7], 0.95)).toBe(9);
    expect(() => quantile([], 0.5)).toThrow(/no samples/);
    expect(() => quantile([1], 0)).toThrow(/\(0, 1\]/);
  });

  it('summarises n, median, p95, min and max', () => {
    expect(summarise([10, 30, 20])).toEqual({ n: 3, median: 20, p95: 30, min: 10, max: 30 });
  });

  it('gives the median of per-pair baseline ÷ candidate ratios', () => {
    // Pair ratios 2, 4, 100: one noisy pair does not move the answer off 4.
    expect(pairedRatio([1, 2, 1], [2, 8, 100])).toBe(4);
    expect(() => pairedRatio([1], [1, 2])).toThrow(/equally long/);
  });
});
