/**
 * The coverage engine on the generated demo sub-district, checked against an independent,
 * deliberately plain computation (turf point-in-polygon for grid membership, straight loops
 * for reach) and for exact sums level by level.
 */
import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../shared/model';
import { computeCoverage, type CoverageResult } from '../../../shared/coverage/engine';
import { generateDataset } from '../../../server/seed/generate';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { coverageInputRepository } from '../../../server/repositories/coverage-input';

let data: Dataset;
let result: CoverageResult;

beforeAll(() => {
  data = generateDataset({ scale: 'demo' });
  const db = openDatabase(':memory:');
  loadDataset(db, data);
  result = computeCoverage(coverageInputRepository(db).read(), 2026);
});

describe('coverage on the demo sub-district', () => {
  it('matches a plain turf point-in-polygon computation to the household', () => {
    // 1. Which grid holds each building: the grid polygon containing its footprint's centroid.
    const grids = data.branches.filter((b) => b.validTo === null);
    const gridOf = new Map<number, number>();
    for (const b of data.buildings) {
      if (b.status === 'demolished') continue;
      const c = turf.centroid(b.footprint);
      const g = grids.find((grid) => turf.booleanPointInPolygon(c, grid.polygon));
      if (g) gridOf.set(b.id, g.id);
    }
    // 2. Reach, the long way: for each building, loop over every lead and liaison.
    const active = new Set(data.members.filter((m) => m.status === 'active').map((m) => m.id));
    const reachedOf = (b: Dataset['buildings'][number]): number => {
      const whole = data.liaisons.some((l) => active.has(l.memberId) && ((l.targetKind === 'building' && l.targetId === b.id) || (l.targetKind === 'neighbourhood' && l.targetId === b.neighbourhoodId)));
      if (whole) return b.households;
      let linked = 0;
      for (const lead of data.leads) {
        if (!active.has(lead.memberId)) continue;
        for (const link of lead.links) if (link.buildingId === b.id) linked += link.households;
      }
      return Math.min(linked, b.households);
    };
    const plain = new Map<number, { households: number; reached: number }>();
    for (const b of data.buildings) {
      const g = gridOf.get(b.id);
      if (g === undefined) continue;
      const f = plain.get(g) ?? { households: 0, reached: 0 };
      f.households += b.households;
      f.reached += reachedOf(b);
      plain.set(g, f);
    }
    expect(plain.size).toBe(grids.length);
    for (const g of grids) {
      const engine = result.branches.get(g.id);
      expect([g.code, engine?.households, engine?.reached]).toEqual([g.code, plain.get(g.id)?.households, plain.get(g.id)?.reached]);
    }
  });

  it('makes every level exactly the sum of its children', () => {
    const keys = ['households', 'reached', 'residents', 'buildings', 'coveredBuildings', 'partlyCoveredBuildings', 'gapBuildings', 'residentMembers', 'leads', 'members', 'fullMembers', 'gapNeighbourhoods'] as const;
    for (const [parents, children] of [[result.communities, result.branches], [result.subdistricts, result.communities]] as const) {
      for (const p of parents.values()) {
        const kids = [...children.values()].filter((c) => c.parentId === p.id);
        expect(kids.length).toBeGreaterThan(0);
        for (const k of keys) expect(p[k], `${k} of ${p.id}`).toBe(kids.reduce((s, c) => s + c[k], 0));
      }
    }
    // Branch = Σ its buildings.
    for (const branch of result.branches.values()) {
      const own = [...result.buildings.values()].filter((b) => b.branchId === branch.id);
      expect(branch.households).toBe(own.reduce((s, b) => s + b.households, 0));
      expect(branch.reached).toBe(own.reduce((s, b) => s + b.reached, 0));
    }
  });

  it('finds the gaps the dashboard exists to show', () => {
    const gaps = [...result.neighbourhoods.values()].filter((n) => n.gap);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    const residents = new Set(data.members.filter((m) => m.status === 'active').map((m) => m.buildingId));
    for (const n of gaps) {
      const buildings = data.buildings.filter((b) => b.neighbourhoodId === n.id);
      expect(buildings.some((b) => residents.has(b.id))).toBe(false);
    }
  });
});
