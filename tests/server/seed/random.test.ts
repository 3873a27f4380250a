import { describe, expect, it } from 'vitest';
import { chooseWeighted, Random, WeightedSampler } from '../../../server/seed/random';

describe('Random', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('draws integers within both ends and shuffles into a permutation', () => {
    const r = new Random(1);
    const ints = Array.from({ length: 2000 }, () => r.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    const shuffled = r.shuffle(Array.from({ length: 50 }, (_, k) => k));
    expect([...shuffled].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, k) => k));
    expect(shuffled).not.toEqual(Array.from({ length: 50 }, (_, k) => k));
  });
});

describe('weighted draws', () => {
  it('never draws an item of weight zero and follows the weights', () => {
    const r = new Random(9);
    const sampler = new WeightedSampler([0, 1, 3, 0]);
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < 4000; k++) {
      const i = sampler.draw(r);
      counts[i] = (counts[i] ?? 0) + 1;
    }
    expect(counts[0]).toBe(0);
    expect(counts[3]).toBe(0);
    expect((counts[2] as number) / (counts[1] as number)).toBeGreaterThan(2.5);
    expect(new WeightedSampler([0, 0]).empty).toBe(true);
  });

  it('chooses exactly the number asked, favouring heavy items', () => {
    const r = new Random(5);
    const weights = Array.from({ length: 1000 }, (_, k) => (k < 500 ? 10 : 1));
    const chosen = chooseWeighted(r, weights, 300);
    expect(chosen.filter(Boolean)).toHaveLength(300);
    expect(chosen.slice(0, 500).filter(Boolean).length).toBeGreaterThan(250);
    expect(chooseWeighted(r, [0, 0, 1], 2).filter(Boolean)).toHaveLength(2);
  });
});
