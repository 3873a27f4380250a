/**
 * The planner on the generated demo sub-district (real migrations, loader and app): the cell
 * partition of a community, and a plan that repaints a neighbourhood into the next grid and
 * founds a new grid, after which the topology check still finds nothing anywhere.
 */
import * as turf from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkGridTopology } from '../../../shared/geo/topology';
import type { AreaGeometry } from '../../../shared/model';
import { gridPolygons } from '../../../shared/planner/grid-geometry';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody } from '../../../shared/planner/types';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { plannerBaseRepository } from '../../../server/planner/base-repository';
import { cellRepository } from '../../../server/planner/cells-repository';
import { generateDataset } from '../../../server/seed/generate';
import { loadDataset } from '../../../server/seed/load';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';

let db: Database;
let app: FastifyInstance;
let planner: Signed;
beforeAll(async () => {
  db = openDatabase(':memory:');
  loadDataset(db, generateDataset({ scale: 'demo' }));
  app = await buildApp({ db });
  await createAccount(db, 'plan', 'planner');
  planner = await signIn(app, 'plan');
});
afterAll(() => app.close());

const area = (g: AreaGeometry | null | undefined): number => (g ? turf.area(g) : 0);
const json = <T>(text: unknown): T => JSON.parse(text as string) as T;
const grids = (communityId?: number) =>
  (db.prepare(`SELECT id, community_id AS communityId, code, polygon FROM grid_branch WHERE valid_to IS NULL ${communityId ? 'AND community_id = ?' : ''} ORDER BY id`).all(...(communityId ? [communityId] : [])) as { id: number; communityId: number; code: string; polygon: string }[])
    .map((g) => ({ ...g, polygon: json<AreaGeometry>(g.polygon) }));
const communities = () => (db.prepare('SELECT id, code, boundary FROM community ORDER BY id').all() as { id: number; code: string; boundary: string }[]).map((c) => ({ ...c, boundary: json<AreaGeometry>(c.boundary) }));

describe('the cell partition of a demo community', () => {
  it('tiles the community: cell areas sum to its area and each grid is the union of its cells', () => {
    const base = prepareBase(plannerBaseRepository(db).read());
    const community = communities()[3] as ReturnType<typeof communities>[number];
    const own = (base.buildingsByCommunity.get(community.id) ?? []).map((id) => base.buildings.get(id)).filter((b) => b !== undefined);
    const cells = cellRepository(db).ensure(community.id, own, new Set(base.branches.keys()));
    expect(cells.filter((c) => c.buildingId !== null)).toHaveLength(own.length);
    const sum = cells.reduce((s, c) => s + area(c.polygon), 0);
    expect(Math.abs(sum - area(community.boundary))).toBeLessThan(1);
    const unions = gridPolygons(cells, new Set(grids(community.id).map((g) => g.id)));
    for (const g of grids(community.id)) {
      const u = unions.get(g.id) as AreaGeometry;
      const diff = turf.difference(turf.featureCollection([turf.feature(g.polygon), turf.feature(u)]));
      expect(area(diff?.geometry), `grid ${g.code}`).toBeLessThan(1);
      expect(Math.abs(area(u) - area(g.polygon))).toBeLessThan(1);
    }
  });
});

describe('applying a plan to the demo grid', () => {
  it('keeps every community tiled, gives the new grid the next code and the API the new figures', async () => {
    const base = prepareBase(plannerBaseRepository(db).read());
    // In community 5: the neighbourhood of grid A nearest grid B's middle goes to B, and a
    // neighbourhood of grid C (a third grid) founds a new grid.
    const [a, b, c] = grids(5);
    if (!a || !b || !c) throw new Error('community 5 needs three grids');
    const centre = turf.centroid(b.polygon).geometry.coordinates as [number, number];
    const ofGrid = (id: number) => base.base.buildings.filter((x) => x.branchId === id && x.neighbourhoodId !== null);
    const nearest = [...ofGrid(a.id)].sort((x, y) => turf.distance(x.at, centre) - turf.distance(y.at, centre))[0];
    const moved = base.base.buildings.filter((x) => x.neighbourhoodId === nearest?.neighbourhoodId && x.branchId === a.id).map((x) => x.id);
    const founding = ofGrid(c.id).filter((x) => x.neighbourhoodId === ofGrid(c.id)[0]?.neighbourhoodId).map((x) => x.id);
    const body: PlanBody = {
      steps: [
        { label: 'neighbourhood → B', ops: [{ op: 'assign', buildingIds: moved, to: b.id }] },
        { label: 'new grid', ops: [{ op: 'createBranch', key: 'new', communityId: 5, name: '新网格党支部' }, { op: 'assign', buildingIds: founding, to: 'new' }] },
      ],
    };
    const created = await app.inject({ method: 'POST', url: '/api/planner/plans', headers: { cookie: planner.cookie, 'x-csrf-token': planner.csrf }, payload: { name: 'demo', plan: body } });
    const res = await app.inject({ method: 'POST', url: `/api/planner/plans/${created.json().id}/apply`, headers: { cookie: planner.cookie, 'x-csrf-token': planner.csrf }, payload: { expectedRevision: 1, effectiveOn: '2026-01-15' } });
    expect(res.statusCode, res.body).toBe(200);
    const { result } = res.json();

    const all = grids();
    expect(checkGridTopology({ communities: communities().map((x) => ({ id: x.id, boundary: x.boundary })), grids: all }, 1)).toEqual([]);
    const five = communities().find((x) => x.id === 5);
    expect(Math.abs(grids(5).reduce((s, g) => s + area(g.polygon), 0) - area(five?.boundary))).toBeLessThan(1);
    // Codes of the grids that existed stay; the new one takes the next free sequence.
    const before = base.base.branches.filter((x) => x.communityId === 5);
    expect(grids(5).filter((g) => g.id !== result.created[0].id).map((g) => g.code)).toEqual(before.map((x) => x.code));
    expect(result.created[0].code).toBe(`${five?.code}${String(before.length + 1).padStart(2, '0')}`);

    const figures = (await app.inject({ url: `/api/coverage?level=branch&id=${b.id}`, headers: { cookie: planner.cookie } })).json().unit.figures;
    const households = (ids: number[]) => ids.reduce((s, id) => s + (base.buildings.get(id)?.households ?? 0), 0);
    expect(figures.households).toBe((base.figures.get(b.id)?.households ?? 0) + households(moved));
    const topology = (await app.inject({ url: '/api/coverage?level=community&id=5', headers: { cookie: planner.cookie } })).json().violations.filter((v: { rule: string }) => ['grid_overlap', 'grid_gap', 'grid_outside_community'].includes(v.rule));
    expect(topology).toEqual([]);
  });
});
