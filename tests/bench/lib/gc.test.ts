import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../bench/lib/gc';

describe('collectGarbage', () => {
  it('frees objects nothing refers to any more', () => {
    let garbage: { i: number }[] | null = Array.from({ length: 500_000 }, (_, i) => ({ i }));
    const held = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(500_000);
    garbage = null;
    collectGarbage();
    // Half a million small objects are well over 10 MB of heap.
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(10_000_000);
  });
});
