import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { LAYER_NAMES } from '../../../shared/api';
import { isRfc7946Wound } from '../../../shared/geo/winding';
import { LAYER_PROPERTY_SCHEMAS } from '../../../server/schemas/layers';
import { appWith } from '../fixtures/app';
import { viewerInject, type SignedInject } from '../fixtures/signed';
import { tinyDataset } from '../fixtures/tiny-dataset';

let app: FastifyInstance;
let get: SignedInject;
beforeAll(async () => {
  const made = await appWith();
  app = made.app;
  get = await viewerInject(app, made.db);
});
afterAll(() => app.close());

async function layer(name: string, query = ''): Promise<FeatureCollection> {
  const res = await get(`/api/layers/${name}${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/geo\+json/);
  return res.json();
}

const byId = (fc: FeatureCollection, id: number): Feature | undefined => fc.features.find((f) => f.id === id);

describe('GET /api/layers/:layer', () => {
  it.each(LAYER_NAMES)('%s features carry exactly the documented properties, of the documented types', async (name) => {
    const fc = await layer(name);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    const schema = LAYER_PROPERTY_SCHEMAS[name];
    for (const f of fc.features) {
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(Object.keys(schema).sort());
      for (const [key, s] of Object.entries(schema)) {
        const value = (f.properties ?? {})[key];
        const types = ([] as string[]).concat(s.type as string | string[]);
        const actual = value === null ? 'null' : Number.isInteger(value) && types.includes('integer') ? 'integer' : typeof value;
        expect(types, `${name}.${key} = ${JSON.stringify(value)}`).toContain(actual);
      }
    }
  });

  it('counts branch figures from the data (worked by hand from the tiny fixture)', async () => {
    const branch1 = byId(await layer('branches'), 1)?.properties;
    // Buildings 1 (30 households) and 2 (20) are in grid 01 of 西社区: 50 households, 150 residents.
    // Members of branch 1: #1, #2 active full; #3 lost contact (not counted); #4 active probationary.
    // Active members 3, active full members 2; leads: #1 only (lead #3's member #6 is in branch 3).
    expect(branch1).toMatchObject({ code: '37020399900101', households: 50, residents: 150, buildings: 2, members: 3, fullMembers: 2, leads: 1, hasSecretary: true });
    const branch2 = byId(await layer('branches'), 2)?.properties;
    expect(branch2).toMatchObject({ households: 0, members: 0, hasSecretary: false });
    // Branch 3: member #5 active (lead), #6 moving: 1 active member, 1 active lead.
    expect(byId(await layer('branches'), 3)?.properties).toMatchObject({ households: 40, members: 1, leads: 1 });
  });

  it('counts community, neighbourhood, building and lead figures', async () => {
    expect(byId(await layer('communities'), 1)?.properties).toMatchObject({ branches: 2, households: 50, residents: 150, members: 3 });
    // Building 2 houses #3 (lost contact) and #4 (active): 1 active member, no lead.
    expect(byId(await layer('buildings'), 2)?.properties).toMatchObject({ members: 1, leads: 0, neighbourhoodName: '甲小区', branchCode: '37020399900101' });
    // Building 3 is a shop outside any neighbourhood.
    expect(byId(await layer('buildings'), 3)?.properties).toMatchObject({ use: 'shop', neighbourhoodId: null, neighbourhoodName: null });
    // 甲小区 holds buildings 1 and 2: 50 households, active residents #1, #2, #4.
    expect(byId(await layer('neighbourhoods'), 1)?.properties).toMatchObject({ buildings: 2, households: 50, members: 3 });
    // Lead #1 links 6 + 4 households over two buildings; lead #3's member is moving, so not shown.
    const leads = await layer('leads');
    expect(byId(leads, 1)?.properties).toMatchObject({ linkedHouseholds: 10, linkedBuildings: 2, branchCode: '37020399900101' });
    expect(leads.features.map((f) => f.id)).toEqual([1, 2]);
  });

  it('returns RFC 7946 polygons: closed rings, outer ring counter-clockwise', async () => {
    for (const name of ['communities', 'branches', 'neighbourhoods', 'buildings', 'water']) {
      for (const f of (await layer(name)).features) expect(isRfc7946Wound(f.geometry as Polygon)).toBe(true);
    }
  });

  it('limits a layer to a bbox through the R*Tree', async () => {
    // The west half (120.300–120.309) holds buildings 1–3; building 4 is at 120.312.
    const west = await layer('buildings', '?bbox=120.300,36.080,120.309,36.090');
    expect(west.features.map((f) => f.id)).toEqual([1, 2, 3]);
    const nothing = await layer('buildings', '?bbox=0,0,1,1');
    expect(nothing.features).toEqual([]);
  });

  it('never carries a member name or phone', async () => {
    const members = tinyDataset().members;
    for (const name of LAYER_NAMES) {
      const body = (await get(`/api/layers/${name}`)).body;
      for (const m of members) {
        expect(body).not.toContain(m.name);
        expect(body).not.toContain(m.phone);
      }
    }
  });

  it.each([
    ['/api/layers/members', 'layer', /must be one of: communities/],
    ['/api/layers/buildings?bbox=1,2,3', 'bbox', /four comma-separated/],
    ['/api/layers/buildings?bbox=120.31,36.09,120.30,36.08', 'bbox', /minimum is greater/],
    ['/api/layers/buildings?bbox=x,1,2,3', 'bbox', /not a number/],
    ['/api/layers/buildings?colour=red', 'colour', /must NOT have additional properties/],
  ])('answers %s with a 400 naming "%s"', async (url, field, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, field });
    expect(res.json().message).toMatch(message);
  });
});

describe('layers agree with /api/coverage on closed grids and demolished buildings', () => {
  it('shows a building of a closed grid as unassigned, and leaves demolished buildings out', async () => {
    const { app: a, db } = await appWith();
    const getA = await viewerInject(a, db);
    db.prepare("UPDATE grid_branch SET valid_to = '2026-06-01' WHERE id = 2").run();
    db.prepare("UPDATE building SET status = 'demolished' WHERE id = 2").run();
    db.prepare('UPDATE data_version SET version = version + 1').run();
    const buildings = (await getA('/api/layers/buildings')).json().features as Feature[];
    expect(buildings.find((f) => f.id === 3)?.properties).toMatchObject({ branchId: null, branchCode: null });
    expect(buildings.map((f) => f.id)).not.toContain(2);
    const coverage = (await getA('/api/coverage?level=subdistrict')).json();
    expect(coverage.unassignedBuildings).toBe(1);
    await a.close();
  });
});
