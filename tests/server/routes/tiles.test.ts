import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { TILE_LAYER_NAMES } from '../../../shared/api';
import { dataVersion } from '../../../server/db/version';
import { appWith } from '../fixtures/app';
import { viewerInject, type SignedInject } from '../fixtures/signed';
import { decodeTile, lngLatToTile } from '../fixtures/mvt';

let app: FastifyInstance;
let db: Database;
let get: SignedInject;
beforeAll(async () => {
  ({ app, db } = await appWith());
  get = await viewerInject(app, db);
});
afterAll(() => app.close());

// Building 1 of the tiny fixture sits at 120.302E 36.087N.
const z = 16;
const { x, y } = lngLatToTile(120.3022, 36.0871, z);

async function tile(zz: number, xx: number, yy: number) {
  return get(`/api/tiles/${zz}/${xx}/${yy}.mvt`);
}

describe('GET /api/tiles/:z/:x/:y.mvt', () => {
  it('holds the dense layers, with their properties, at z16', async () => {
    const res = await tile(z, x, y);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    const layers = decodeTile(res.rawPayload, z, x, y);
    expect(Object.keys(layers).every((name) => (TILE_LAYER_NAMES as readonly string[]).includes(name))).toBe(true);
    const building = layers.buildings?.find((f) => f.id === 1);
    expect(building?.properties).toMatchObject({ households: 30, branchCode: '37020399900101', neighbourhoodName: '甲小区' });
    // Nulls cannot go in a tile: the shop's missing neighbourhood is simply absent.
    expect(layers.branches?.map((f) => f.properties?.code)).toContain('37020399900101');
    expect(layers.leads?.some((f) => f.id === 1)).toBe(true);
    // Decoded coordinates land back near the building (tile precision at z16 is about 0.04 m).
    const ring = building?.geometry.type === 'Polygon' ? building.geometry.coordinates[0] : [];
    expect(ring?.[0]?.[0]).toBeCloseTo(120.302, 4);
    expect(ring?.[0]?.[1]).toBeCloseTo(36.087, 4);
  });

  it('leaves buildings and leads out below their minimum zoom', async () => {
    const t = lngLatToTile(120.31, 36.085, 12);
    const res = await tile(12, t.x, t.y);
    expect(res.statusCode).toBe(200);
    const layers = decodeTile(res.rawPayload, 12, t.x, t.y);
    expect(layers.branches?.length).toBe(3);
    expect(layers.buildings).toBeUndefined();
    expect(layers.leads).toBeUndefined();
  });

  it('answers 204 for a tile with nothing in it', async () => {
    const res = await tile(16, 0, 0);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
  });

  it('serves a write on the next request, not the cached tile', async () => {
    const before = decodeTile((await tile(z, x, y)).rawPayload, z, x, y);
    expect(before.buildings?.find((f) => f.id === 1)?.properties?.households).toBe(30);
    db.transaction(() => {
      db.prepare('UPDATE building SET households = 33 WHERE id = 1').run();
      dataVersion(db).bump();
    })();
    const after = decodeTile((await tile(z, x, y)).rawPayload, z, x, y);
    expect(after.buildings?.find((f) => f.id === 1)?.properties?.households).toBe(33);
  });

  it('answers 304 to a client that holds the current tile', async () => {
    const first = await tile(z, x, y);
    const again = await get({ url: `/api/tiles/${z}/${x}/${y}.mvt`, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    ['/api/tiles/19/0/0.mvt', 'z'],
    ['/api/tiles/3/8/0.mvt', 'x'],
    ['/api/tiles/3/0/8.mvt', 'y'],
    ['/api/tiles/3/a/0.mvt', 'x'],
  ])('answers %s with a 400 naming "%s"', async (url, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe(field);
  });
});
