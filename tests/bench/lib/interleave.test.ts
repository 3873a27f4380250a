import { describe, expect, it } from 'vitest';
import { interleave, timeOnce } from '../../../bench/lib/interleave';

describe('interleave', () => {
  it('alternates which side runs first and drops the warm-up pairs', async () => {
    const order: string[] = [];
    const samples = await interleave({ run: () => order.push('A') }, { run: () => order.push('B') }, { iterations: 3, warmup: 1 });
    expect(order).toEqual(['A', 'B', 'B', 'A', 'A', 'B', 'B', 'A']);
    expect(samples.candidate).toHaveLength(3);
    expect(samples.baseline).toHaveLength(3);
  });

  it('times only run, awaiting a promise it returns, with before and after outside', async () => {
    const calls: string[] = [];
    const busy = (ms: number): void => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        // Spin: stands for untimed work such as starting a server.
      }
    };
    const untimed = await timeOnce({ before: () => busy(60), run: () => calls.push('run'), after: () => busy(60) });
    expect(untimed).toBeLessThan(60);
    const awaited = await timeOnce({ run: () => new Promise((resolve) => setTimeout(resolve, 30)) });
    expect(awaited).toBeGreaterThanOrEqual(25);
    expect(calls).toEqual(['run']);
  });
});
