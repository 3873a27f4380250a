import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';
import { appWith } from '../fixtures/app';
import { viewerInject, type SignedInject } from '../fixtures/signed';

let app: FastifyInstance;
let get: SignedInject;
beforeAll(async () => {
  const made = await appWith();
  app = made.app;
  get = await viewerInject(app, made.db);
});
afterAll(() => app.close());

describe('health, meta and docs', () => {
  it('reports ok with the table counts', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, counts: { communities: 2, branches: 3, buildings: 4, members: 6 } });
  });

  it('gives the sub-district and the extent to fit the map to', async () => {
    const meta = (await get('/api/meta')).json();
    expect(meta.subdistrict).toEqual({ id: 1, code: '370203999', name: '测试街道', nameEn: 'Test Sub-district' });
    expect(meta.bbox).toEqual([120.3, 36.08, 120.32, 36.09]);
    expect(meta.dataVersion).toBeGreaterThan(0);
  });

  it('grows the extent to imported data lying outside the sub-district, so the map draws it', async () => {
    const made = await appWith();
    const getMade = await viewerInject(made.app, made.db);
    expect((await getMade('/api/meta')).json().bbox).toEqual([120.3, 36.08, 120.32, 36.09]);
    // A community imported 0.5° east of the sub-district's box (as a district's own data would arrive).
    const square = JSON.stringify({ type: 'Polygon', coordinates: [[[120.8, 36.1], [120.81, 36.1], [120.81, 36.11], [120.8, 36.11], [120.8, 36.1]]] });
    made.db.prepare(`INSERT INTO community (subdistrict_id, code, name, boundary, min_lng, min_lat, max_lng, max_lat)
      VALUES (1, '370203999777', '远处社区', ?, 120.8, 36.1, 120.81, 36.11)`).run(square);
    // Every write bumps the data version (the import does, in its transaction): the extent follows it.
    made.db.prepare('UPDATE data_version SET version = version + 1 WHERE id = 1').run();
    expect((await getMade('/api/meta')).json().bbox).toEqual([120.3, 36.08, 120.81, 36.11]);
    await made.app.close();
  });

  it('answers meta on an empty database without inventing an extent', async () => {
    const emptyDb = openDatabase(':memory:');
    const empty = await buildApp({ db: emptyDb });
    const getEmpty = await viewerInject(empty, emptyDb);
    expect((await getEmpty('/api/meta')).json()).toMatchObject({ subdistrict: null, bbox: null });
    await empty.close();
  });

  it('publishes an OpenAPI document listing the public routes, and Swagger UI without CDN', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/layers/{layer}', '/api/tiles/{z}/{x}/{y}.mvt']));
    expect(doc.paths['/api/layers/{layer}'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['layer', 'bbox']));
    const ui = await app.inject('/api/docs/');
    const html = ui.statusCode === 302 ? (await app.inject(ui.headers.location as string)).body : ui.body;
    expect(html).toContain('swagger');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
