import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { CoverageResponse } from '../../../shared/api';
import { dataVersion } from '../../../server/db/version';
import { appWith } from '../fixtures/app';
import { viewerInject, type SignedInject } from '../fixtures/signed';
import { tinyDataset } from '../fixtures/tiny-dataset';

let app: FastifyInstance;
let db: Database;
let get: SignedInject;
beforeAll(async () => {
  ({ app, db } = await appWith());
  get = await viewerInject(app, db);
});
afterAll(() => app.close());

async function coverage(query: string): Promise<CoverageResponse> {
  const res = await get(`/api/coverage?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/coverage (tiny fixture, worked by hand)', () => {
  it('reports the sub-district with its communities as children', async () => {
    const r = await coverage('level=subdistrict');
    // Households: 30 + 20 + 0 + 40 = 90. Reached: 甲小区 has a liaison (member 2, active) so
    // buildings 1 and 2 are whole (50); building 4: lead 2 (active) links 10, lead 3's member is
    // moving → 10. Total 60 of 90.
    expect(r.unit.figures).toMatchObject({ households: 90, reached: 60, coverage: 60 / 90, members: 4, fullMembers: 3 });
    expect(r.children.map((c) => [c.name, c.figures.reached, c.figures.households])).toEqual([['西社区', 50, 50], ['东社区', 10, 40]]);
    expect(r.path).toEqual([]);
  });

  it('drills down to a building with the breadcrumb above it', async () => {
    const r = await coverage('level=building&id=4');
    expect(r.path.map((p) => p.level)).toEqual(['subdistrict', 'community', 'branch']);
    expect(r.path[2]?.code).toBe('37020399900201');
    expect(r.unit.figures).toMatchObject({ households: 40, reached: 10, state: 'partly_covered' });
  });

  it('lists findings with figure and limit, and a box to zoom to', async () => {
    const r = await coverage('level=subdistrict');
    const finding = r.violations.find((v) => v.rule === 'branch_no_secretary');
    expect(finding).toMatchObject({ id: 2, name: '西社区第二网格党支部', level: 'branch' });
    expect(finding?.bbox).toEqual([120.3, 36.08, 120.31, 36.085]);
    // Branch 3 has one active full member (#5); #6 is moving.
    expect(r.violations.find((v) => v.rule === 'branch_min_full_members' && v.id === 3)).toMatchObject({ figure: 1, limit: '≥ 3' });
    // The grids of the fixture tile their communities exactly.
    expect(r.violations.filter((v) => v.rule.startsWith('grid_') && v.rule !== 'grid_min_households')).toEqual([]);
  });

  it('shows a gap, with the nearest active members and no personal data', async () => {
    // Make 乙楼院 a gap: member 5 (its only active resident) moves away.
    db.transaction(() => {
      db.prepare("UPDATE member SET status = 'moving' WHERE id = 5").run();
      dataVersion(db).bump();
    })();
    const r = await coverage('level=community&id=2');
    expect(r.gaps.neighbourhoods.map((g) => g.name)).toEqual(['乙楼院']);
    const gap = r.gaps.neighbourhoods[0];
    expect(gap?.households).toBe(40);
    // Nearest homes of active members: buildings 1 and 2 in 甲小区 (building 1 holds a lead).
    expect(gap?.nearestMembers.map((m) => m.buildingId).sort()).toEqual([1, 2]);
    expect(gap?.nearestMembers.find((m) => m.buildingId === 1)?.isLead).toBe(true);
    expect(r.gaps.buildings.map((b) => b.id)).toEqual([4]);
    const body = JSON.stringify(r);
    for (const m of tinyDataset().members) {
      expect(body).not.toContain(m.name);
      expect(body).not.toContain(m.phone);
    }
    // The layers say the same on the next request.
    const layer = (await get('/api/layers/neighbourhoods')).json();
    expect(layer.features.find((f: { id: number }) => f.id === 2).properties).toMatchObject({ gap: true, reached: 0, coverage: 0 });
    db.transaction(() => {
      db.prepare("UPDATE member SET status = 'active' WHERE id = 5").run();
      dataVersion(db).bump();
    })();
  });

  it.each([
    ['level=county', 400, 'level'],
    ['level=community', 400, 'id'],
    ['level=branch&id=99', 404, 'id'],
    ['level=branch&id=x', 400, 'id'],
    ['level=subdistrict&asOf=2025-02-30', 400, 'asOf'],
    ['level=subdistrict&asOf=2999-01-01', 400, 'asOf'],
  ])('answers %s with %i naming "%s"', async (query, status, field) => {
    const res = await get(`/api/coverage?${query}`);
    expect(res.statusCode).toBe(status);
    expect(res.json().field).toBe(field);
  });
});
