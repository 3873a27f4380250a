/**
 * The hard geometric rules of the demo dataset: grids tile their community and communities
 * the sub-district with no gap or overlap, everything nests where it belongs, footprints do
 * not overlap, and every polygon is valid RFC 7946 GeoJSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Dataset } from '../../../shared/model';
import { generateDataset } from '../../../server/seed/generate';

let data: Dataset;
beforeAll(() => {
  data = generateDataset({ scale: 'demo' });
});

const poly = (g: Polygon | MultiPolygon): Polygon => {
  if (g.type !== 'Polygon') throw new Error('expected a Polygon');
  return g;
};
const feature = (g: Polygon): Feature<Polygon> => turf.feature(g);
const overlapArea = (a: Polygon, b: Polygon): number => {
  const hit = turf.intersect(turf.featureCollection([feature(a), feature(b)]));
  return hit ? turf.area(hit) : 0;
};
const boxesMeet = (a: Polygon, b: Polygon): boolean => {
  const [a0, a1, a2, a3] = turf.bbox(a);
  const [b0, b1, b2, b3] = turf.bbox(b);
  return a0 <= b2 && b0 <= a2 && a1 <= b3 && b1 <= a3;
};
/** Directed edges of a polygon's outer ring, as exact coordinate strings. */
const edges = (p: Polygon): string[] => {
  const ring = p.coordinates[0] as Position[];
  return ring.slice(0, -1).map((a, k) => `${a.join(',')}>${(ring[k + 1] as Position).join(',')}`);
};
const reverse = (edge: string): string => edge.split('>').reverse().join('>');

/**
 * Asserts that `parts` tile `whole` exactly: every edge of a part is either shared, reversed,
 * with exactly one other part, or lies on the whole's outline; every outline edge is some
 * part's edge; and areas add up.
 */
function expectExactTiling(whole: Polygon, parts: Polygon[]): void {
  const outline = new Set(edges(whole));
  const owner = new Map<string, number>();
  parts.forEach((p, k) => {
    for (const e of edges(p)) {
      expect(owner.has(e), `edge used twice: ${e}`).toBe(false);
      owner.set(e, k);
    }
  });
  for (const [e, k] of owner) {
    const other = owner.get(reverse(e));
    expect(outline.has(e) || (other !== undefined && other !== k), `edge neither shared nor on the outline: ${e}`).toBe(true);
  }
  for (const e of outline) expect(owner.has(e), `outline edge not covered: ${e}`).toBe(true);
  const sum = parts.reduce((s, p) => s + turf.area(p), 0);
  expect(Math.abs(sum - turf.area(whole)) / turf.area(whole)).toBeLessThan(0.001);
}

/** The turf checks of the brief: union and sum of parts within 0.1% of the whole, overlaps under 2 m². */
function expectTurfTiling(whole: Polygon, parts: Polygon[]): void {
  const area = turf.area(whole);
  const union = turf.union(turf.featureCollection(parts.map(feature)));
  expect(union).not.toBeNull();
  expect(Math.abs(turf.area(union as Feature) - area) / area).toBeLessThan(0.001);
  expect(Math.abs(parts.reduce((s, p) => s + turf.area(p), 0) - area) / area).toBeLessThan(0.001);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (boxesMeet(parts[i] as Polygon, parts[j] as Polygon)) expect(overlapArea(parts[i] as Polygon, parts[j] as Polygon)).toBeLessThan(2);
    }
  }
}

describe('valid GeoJSON', () => {
  it('has closed, counter-clockwise, simple polygon rings everywhere', () => {
    const polygons = [
      ...data.subdistricts.map((x) => x.boundary),
      ...data.communities.map((x) => x.boundary),
      ...data.branches.map((x) => x.polygon),
      ...data.neighbourhoods.map((x) => x.polygon),
      ...data.buildings.map((x) => x.footprint),
      ...data.water.map((x) => x.geometry),
    ].map(poly);
    for (const p of polygons) {
      expect(p.coordinates).toHaveLength(1);
      const ring = p.coordinates[0] as Position[];
      expect(ring.length).toBeGreaterThanOrEqual(5);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      expect(turf.booleanClockwise(ring)).toBe(false);
      expect(turf.kinks(p).features).toHaveLength(0);
    }
  });

  it('draws roads as LineStrings, a few primary and secondary, mostly tertiary or residential', () => {
    for (const r of data.roads) {
      expect(r.geometry.type).toBe('LineString');
      expect((r.geometry.coordinates as Position[]).length).toBeGreaterThanOrEqual(2);
    }
    const kinds = data.roads.map((r) => r.kind);
    expect(kinds).toContain('primary');
    expect(kinds).toContain('secondary');
    expect(kinds.filter((k) => k === 'tertiary' || k === 'residential').length / kinds.length).toBeGreaterThan(0.6);
  });
});

describe('tiling', () => {
  it('tiles the sub-district with its communities exactly, sharing identical vertices', () => {
    const whole = poly(data.subdistricts[0]?.boundary as Polygon);
    const parts = data.communities.map((c) => poly(c.boundary));
    expectExactTiling(whole, parts);
    expectTurfTiling(whole, parts);
  });

  it('would notice a grid vertex moved by a few centimetres (the check can fail)', () => {
    const c = data.communities[0];
    const parts = data.branches.filter((b) => b.communityId === c?.id).map((b) => structuredClone(poly(b.polygon)));
    const ring = parts[0]?.coordinates[0] as Position[];
    const shared = ring.findIndex((p, k) => k > 0 && parts.slice(1).some((o) => o.coordinates[0]?.some((q) => q[0] === p[0] && q[1] === p[1])));
    ring[shared] = [(ring[shared]?.[0] as number) + 3e-7, ring[shared]?.[1] as number];
    expect(() => expectExactTiling(poly(c?.boundary as Polygon), parts)).toThrow();
  });

  it('tiles every community with its grids exactly, sharing identical vertices', () => {
    for (const c of data.communities) {
      const parts = data.branches.filter((b) => b.communityId === c.id).map((b) => poly(b.polygon));
      expect(parts.length).toBeGreaterThan(3);
      expectExactTiling(poly(c.boundary), parts);
      expectTurfTiling(poly(c.boundary), parts);
    }
  });
});

describe('nesting', () => {
  it('keeps every building inside its grid and its neighbourhood, and every neighbourhood inside its community', () => {
    const grid = new Map(data.branches.map((b) => [b.id, b.polygon]));
    const nb = new Map(data.neighbourhoods.map((n) => [n.id, n]));
    const community = new Map(data.communities.map((c) => [c.id, c.boundary]));
    for (const b of data.buildings) {
      expect(turf.booleanWithin(b.footprint, grid.get(b.branchId as number) as Polygon), b.address).toBe(true);
      if (b.neighbourhoodId !== null) expect(turf.booleanWithin(b.footprint, nb.get(b.neighbourhoodId)?.polygon as Polygon), b.address).toBe(true);
    }
    for (const n of data.neighbourhoods) expect(turf.booleanWithin(n.polygon, community.get(n.communityId) as Polygon), n.name).toBe(true);
  });

  it('keeps neighbourhoods and buildings off the streets and out of the bay', () => {
    const shapes = [...data.neighbourhoods.map((n) => poly(n.polygon)), ...data.buildings.filter((b) => b.neighbourhoodId === null).map((b) => b.footprint)];
    for (const road of data.roads) {
      const box = turf.bboxPolygon(turf.bbox(road.geometry)).geometry;
      for (const s of shapes) if (boxesMeet(box, s)) expect(turf.booleanIntersects(road.geometry, s), road.name).toBe(false);
    }
    expect(data.water.length).toBeGreaterThanOrEqual(1);
    for (const w of data.water) expect(overlapArea(poly(w.geometry), poly(data.subdistricts[0]?.boundary as Polygon))).toBe(0);
  });
});

describe('footprints', () => {
  it('never overlap one another', () => {
    const byGrid = new Map<number, Polygon[]>();
    for (const b of data.buildings) byGrid.set(b.branchId as number, [...(byGrid.get(b.branchId as number) ?? []), b.footprint]);
    for (const footprints of byGrid.values()) {
      for (let i = 0; i < footprints.length; i++) {
        for (let j = i + 1; j < footprints.length; j++) {
          const a = footprints[i] as Polygon;
          const b = footprints[j] as Polygon;
          if (boxesMeet(a, b)) expect(overlapArea(a, b)).toBeLessThan(0.01);
        }
      }
    }
  });

  it('are rectangles, walk-ups mostly 10–15 m deep and 30–70 m long', () => {
    const sides = (p: Polygon): number[] => {
      const r = p.coordinates[0] as Position[];
      return [0, 1, 2, 3].map((k) => turf.distance(r[k] as Position, r[k + 1] as Position, { units: 'meters' }));
    };
    const walkups = data.buildings.filter((b) => b.use === 'residential' && b.floors >= 5 && b.floors <= 7);
    let typical = 0;
    for (const b of walkups) {
      const [a, c, d, e] = sides(b.footprint) as [number, number, number, number];
      expect(Math.abs(a - d)).toBeLessThan(0.1);
      expect(Math.abs(c - e)).toBeLessThan(0.1);
      const long = Math.max(a, c);
      const short = Math.min(a, c);
      if (long >= 28 && long <= 72 && short >= 9 && short <= 15.5) typical++;
    }
    expect(typical / walkups.length).toBeGreaterThan(0.9);
  });
});
