/**
 * The demo dataset against the published figures of Jimo Road sub-district and the
 * generator's promises about IDs, codes, names and the gaps the dashboard must show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Dataset, Member } from '../../../shared/model';
import { generateDataset } from '../../../server/seed/generate';
import { REFERENCE_DAY } from '../../../server/seed/figures';
import { ROW_BAND_METRES } from '../../../server/seed/ordering';

let data: Dataset;
beforeAll(() => {
  data = generateDataset({ scale: 'demo', today: REFERENCE_DAY });
});

/** `actual` within `tolerance` (relative) of `expected`. */
function near(actual: number, expected: number, tolerance = 0.05): void {
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const share = (members: Member[], test: (m: Member) => boolean): number => members.filter(test).length / members.length;
const fullActive = (m: Member): boolean => m.membership === 'full' && m.status === 'active';

describe('determinism', () => {
  it('gives a deep-equal dataset on every run with the default seed', () => {
    expect(generateDataset({ scale: 'demo', today: REFERENCE_DAY })).toEqual(data);
  });

  it('gives a different dataset for another seed', () => {
    const other = generateDataset({ scale: 'demo', seed: 7 });
    expect(other.branches.map((b) => b.polygon)).not.toEqual(data.branches.map((b) => b.polygon));
    expect(other.members.map((m) => m.name)).not.toEqual(data.members.map((m) => m.name));
  });
});

describe('published figures of Jimo Road sub-district', () => {
  it('has 9 communities, about 78 grid branches, 28,000 households and 76,000 residents', () => {
    expect(data.subdistricts).toHaveLength(1);
    expect(data.communities).toHaveLength(9);
    near(data.branches.length, 78);
    near(sum(data.buildings.map((b) => b.households)), 28_000);
    near(sum(data.buildings.map((b) => b.residents)), 76_000);
  });

  it('covers about 2.3 km² around 120.33°E, 36.08°N', () => {
    const boundary = data.subdistricts[0]?.boundary as Polygon;
    near(turf.area(boundary) / 1e6, 2.3);
    const [lng, lat] = turf.centroid(boundary).geometry.coordinates as [number, number];
    expect(Math.abs(lng - 120.33)).toBeLessThan(0.01);
    expect(Math.abs(lat - 36.08)).toBeLessThan(0.01);
  });

  it('has about 3,600 members: 61% aged 60+, 64% retired, 28% junior high or less', () => {
    const members = data.members;
    near(members.length, 3_600);
    near(share(members, (m) => 2026 - m.birthYear >= 60), 0.61);
    near(share(members, (m) => m.category === 'retired'), 0.64);
    near(share(members, (m) => m.education === 'primary' || m.education === 'junior_high'), 0.28);
  });

  it('has about a third of members living in buildings slated for demolition, in a few contiguous areas', () => {
    const status = new Map(data.buildings.map((b) => [b.id, b.status]));
    near(share(data.members, (m) => m.buildingId !== null && status.get(m.buildingId) === 'slated_demolition'), 1 / 3);
    const slatedBranches = new Set(data.buildings.filter((b) => b.status === 'slated_demolition').map((b) => b.branchId));
    expect(slatedBranches.size).toBeGreaterThan(3);
    expect(slatedBranches.size).toBeLessThan(data.branches.length / 2);
  });
});

describe('identity and references', () => {
  it('numbers every table 1, 2, 3… in order', () => {
    for (const rows of Object.values(data) as Array<Array<{ id: number }>>) {
      expect(rows.map((r) => r.id)).toEqual(rows.map((_, k) => k + 1));
    }
  });

  it('only references rows that exist', () => {
    const ids = (rows: Array<{ id: number }>): Set<number> => new Set(rows.map((r) => r.id));
    const [communities, branches, neighbourhoods, buildings, members] = [data.communities, data.branches, data.neighbourhoods, data.buildings, data.members].map(ids) as Array<Set<number>>;
    for (const c of data.communities) expect(c.subdistrictId).toBe(1);
    for (const b of data.branches) expect(communities?.has(b.communityId)).toBe(true);
    for (const n of data.neighbourhoods) expect(communities?.has(n.communityId)).toBe(true);
    for (const b of data.buildings) {
      expect(branches?.has(b.branchId as number)).toBe(true);
      if (b.neighbourhoodId !== null) expect(neighbourhoods?.has(b.neighbourhoodId)).toBe(true);
    }
    for (const m of data.members) {
      expect(branches?.has(m.branchId as number)).toBe(true);
      if (m.buildingId !== null) expect(buildings?.has(m.buildingId)).toBe(true);
    }
    for (const l of data.leads) expect(members?.has(l.memberId)).toBe(true);
    for (const l of data.liaisons) {
      expect(members?.has(l.memberId)).toBe(true);
      expect((l.targetKind === 'building' ? buildings : neighbourhoods)?.has(l.targetId)).toBe(true);
    }
  });
});

describe('codes and names', () => {
  it('uses the real code and name of Jimo Road sub-district', () => {
    expect(data.subdistricts[0]).toMatchObject({ code: '370203020', name: '即墨路街道', nameEn: 'Jimo Road Sub-district' });
  });

  it('codes communities 370203020001… and grids community code + 01…, in sequence', () => {
    data.communities.forEach((c, k) => expect(c.code).toBe(`370203020${String(k + 1).padStart(3, '0')}`));
    for (const c of data.communities) {
      const grids = data.branches.filter((b) => b.communityId === c.id);
      grids.forEach((g, k) => expect(g.code).toBe(`${c.code}${String(k + 1).padStart(2, '0')}`));
      expect(grids.every((g) => g.name.startsWith(c.name) && g.name.endsWith('网格党支部'))).toBe(true);
    }
  });

  it('numbers grids north to south by rows of ROW_BAND_METRES, west to east within a row', () => {
    const metresPerDegree = (6_371_008.8 * Math.PI) / 180;
    for (const c of data.communities) {
      const north = Math.max(...(c.boundary as Polygon).coordinates[0]!.map((p) => p[1] as number));
      const keys = data.branches
        .filter((b) => b.communityId === c.id)
        .map((b) => {
          const [lng, lat] = turf.centroid(b.polygon).geometry.coordinates as [number, number];
          return [Math.floor(((north - lat) * metresPerDegree) / ROW_BAND_METRES), lng] as const;
        });
      for (let k = 1; k < keys.length; k++) {
        const [rowA, lngA] = keys[k - 1] as readonly [number, number];
        const [rowB, lngB] = keys[k] as readonly [number, number];
        expect(rowA < rowB || (rowA === rowB && lngA < lngB), `${c.code} grid ${k} → ${k + 1}`).toBe(true);
      }
    }
  });

  it("names places in Chinese and streets after the area's real streets", () => {
    const han = /^[\u4e00-\u9fff0-9]+$/;
    for (const rows of [data.communities, data.neighbourhoods, data.roads, data.water]) {
      for (const r of rows) expect(r.name).toMatch(han);
    }
    const streets = new Set(data.roads.map((r) => r.name));
    for (const real of ['即墨路', '胶州路', '潍县路', '四方路', '海泊路', '辽宁路', '大沽路']) expect(streets.has(real)).toBe(true);
    expect(new Set(data.neighbourhoods.map((n) => n.name)).size).toBe(data.neighbourhoods.length);
  });

  it('gives every building its own address', () => {
    expect(new Set(data.buildings.map((b) => b.address)).size).toBe(data.buildings.length);
    for (const b of data.buildings) expect(b.address).toMatch(/^[\u4e00-\u9fff0-9]+号(楼)?$/);
  });
});

describe('buildings', () => {
  it('are mostly 5–7-storey walk-ups of 12–60 households, with shops and public buildings of none', () => {
    const homes = data.buildings.filter((b) => b.use === 'residential');
    expect(homes.filter((b) => b.households >= 12 && b.households <= 60).length / homes.length).toBeGreaterThan(0.9);
    const walkups = homes.filter((b) => b.floors >= 5 && b.floors <= 7).length / homes.length;
    expect(walkups).toBeGreaterThan(0.6);
    expect(homes.some((b) => b.floors <= 3)).toBe(true);
    expect(homes.some((b) => b.floors > 7)).toBe(true);
    for (const b of data.buildings.filter((x) => x.use !== 'residential')) expect([b.households, b.residents]).toEqual([0, 0]);
    expect(data.buildings.filter((b) => b.use === 'shop' && b.neighbourhoodId === null).length).toBeGreaterThan(10);
    expect(data.buildings.some((b) => b.use === 'public')).toBe(true);
  });

  it('house 2.4–3 residents per household, and are mostly normal with a few new', () => {
    for (const b of data.buildings.filter((x) => x.households > 0)) {
      expect(b.residents / b.households).toBeGreaterThanOrEqual(2.4);
      expect(b.residents / b.households).toBeLessThanOrEqual(3);
    }
    const count = (s: string): number => data.buildings.filter((b) => b.status === s).length;
    expect(count('normal')).toBeGreaterThan(data.buildings.length / 2);
    expect(count('new')).toBeGreaterThan(0);
    expect(count('new')).toBeLessThan(data.buildings.length * 0.05);
  });

  it('keep most grids within 300–500 households, a few outside for the rule check', () => {
    const households = data.branches.map((g) => sum(data.buildings.filter((b) => b.branchId === g.id).map((b) => b.households)));
    const inside = households.filter((h) => h >= 300 && h <= 500).length;
    expect(inside / households.length).toBeGreaterThan(0.8);
    expect(inside).toBeLessThan(households.length);
  });
});
