/**
 * District scale, for benchmarks: counts only, generated once and timed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../shared/model';
import { generateDataset } from '../../../server/seed/generate';

let data: Dataset;
let demo: Dataset;
let ms = 0;
beforeAll(() => {
  const started = performance.now();
  data = generateDataset({ scale: 'district' });
  ms = performance.now() - started;
  demo = generateDataset({ scale: 'demo' });
});

describe('district scale', () => {
  it('generates in under 2 minutes', () => {
    expect(ms).toBeLessThan(120_000);
  });

  it('has about 1,100 grid branches and 400,000 households', () => {
    expect(Math.abs(data.branches.length - 1_100) / 1_100).toBeLessThanOrEqual(0.05);
    const households = data.buildings.reduce((s, b) => s + b.households, 0);
    expect(Math.abs(households - 400_000) / 400_000).toBeLessThanOrEqual(0.05);
  });

  it('has 14 sub-districts with their own codes (370203020 onward) and names', () => {
    expect(data.subdistricts).toHaveLength(14);
    expect(data.subdistricts.map((s) => s.code)).toEqual(Array.from({ length: 14 }, (_, k) => `370203${String(20 + k).padStart(3, '0')}`));
    expect(new Set(data.subdistricts.map((s) => s.name)).size).toBe(14);
    expect(new Set(data.communities.map((c) => c.code)).size).toBe(data.communities.length);
    expect(new Set(data.branches.map((b) => b.code)).size).toBe(data.branches.length);
    for (const c of data.communities) expect(c.code.startsWith(data.subdistricts[c.subdistrictId - 1]?.code ?? '-')).toBe(true);
  });

  it('numbers every table from 1 and keeps phones distinct across the district', () => {
    for (const rows of Object.values(data) as Array<Array<{ id: number }>>) {
      expect(rows.every((r, k) => r.id === k + 1)).toBe(true);
    }
    expect(new Set(data.members.map((m) => m.phone)).size).toBe(data.members.length);
  });

  it('keeps sub-districts apart: their bounding boxes do not meet', () => {
    const boxes = data.subdistricts.map((s) => {
      const ring = s.boundary.type === 'Polygon' ? (s.boundary.coordinates[0] ?? []) : [];
      const lngs = ring.map((p) => p[0] as number);
      const lats = ring.map((p) => p[1] as number);
      return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a0, a1, a2, a3] = boxes[i] as number[];
        const [b0, b1, b2, b3] = boxes[j] as number[];
        expect((a0 as number) > (b2 as number) || (b0 as number) > (a2 as number) || (a1 as number) > (b3 as number) || (b1 as number) > (a3 as number)).toBe(true);
      }
    }
  });

  it('starts with the demo sub-district, unchanged', () => {
    expect(data.subdistricts[0]).toEqual(demo.subdistricts[0]);
    expect(data.branches.slice(0, demo.branches.length)).toEqual(demo.branches);
    expect(data.buildings.slice(0, demo.buildings.length)).toEqual(demo.buildings);
    expect(data.members.slice(0, demo.members.length)).toEqual(demo.members);
  });
});
