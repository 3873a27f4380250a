/**
 * GDAL's `ogrinfo` (Debian gdal-bin, which .ci/run installs) must read every export — each
 * layer as GeoJSON, CSV and zipped Shapefile, Chinese attributes intact — and the server's
 * vector tiles. Skipped only where GDAL is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_LAYERS, LAYER_GEOMETRY } from '../../../shared/import/layers';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { appWith } from '../fixtures/app';
import { lngLatToTile } from '../fixtures/mvt';
import { addZone } from '../import/spoil';
import { removeTempDirs, tempDir } from '../import/helpers';

const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
let app: FastifyInstance;
let admin: Signed;

beforeAll(async () => {
  const built = await appWith();
  app = built.app;
  addZone(built.db);
  await createAccount(built.db, 'ogr-admin', 'admin');
  admin = await signIn(app, 'ogr-admin');
});
afterAll(async () => {
  await app.close();
  removeTempDirs();
});

const ogrinfo = (...args: string[]): string => execFileSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8' });
const GEOMETRY_NAME: Record<string, RegExp> = { area: /Geometry: (Multi )?Polygon/, polygon: /Geometry: Polygon/, line: /Geometry: (Multi )?Line String/, point: /Geometry: Point/, };

describe.skipIf(!hasOgrinfo)('ogrinfo reads', () => {
  it.each(DATA_LAYERS.flatMap((l) => (['geojson', 'csv', 'shp'] as const).map((f) => [l, f] as const)))('the %s export as %s', async (layer, format) => {
    const res = await app.inject({ url: `/api/exports/${layer}?format=${format}`, headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    const rows = JSON.parse((await app.inject({ url: `/api/exports/${layer}`, headers: { cookie: admin.cookie } })).body).features.length as number;
    const file = join(tempDir(), format === 'shp' ? `${layer}.zip` : `${layer}.${format}`);
    writeFileSync(file, res.rawPayload);
    const target = format === 'shp' ? `/vsizip/${file}` : file;
    const summary = ogrinfo('-al', '-so', target);
    expect(summary).toMatch(new RegExp(`Feature Count: ${rows}\\b`));
    const kind = LAYER_GEOMETRY[layer];
    if (kind === 'none') expect(summary).toMatch(/Geometry: (None|Unknown \(any\))/);
    else if (format === 'csv') expect(summary).toMatch(/Geometry: Unknown \(any\)\nFeature Count: \d+\nExtent: \(120\.\d+, 36\.\d+\)/);
    else expect(summary).toMatch(GEOMETRY_NAME[kind] as RegExp);
    if (layer === 'buildings') expect(ogrinfo('-al', '-q', target)).toContain('测试路1号');
    if (layer === 'communities') expect(ogrinfo('-al', '-q', target)).toContain('西社区');
  });

  it('the server\'s vector tiles, layer by layer', async () => {
    const z = 16;
    const { x, y } = lngLatToTile(120.3035, 36.0872, z);
    const res = await app.inject({ url: `/api/tiles/${z}/${x}/${y}.mvt`, headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    const dir = join(tempDir(), String(z), String(x));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${y}.pbf`);
    writeFileSync(file, res.rawPayload);
    const out = ogrinfo('-oo', `X=${x}`, '-oo', `Y=${y}`, '-oo', `Z=${z}`, '-al', '-so', file);
    for (const layer of ['buildings', 'branches', 'neighbourhoods', 'leads']) expect(out).toContain(`Layer name: ${layer}`);
    const full = ogrinfo('-oo', `X=${x}`, '-oo', `Y=${y}`, '-oo', `Z=${z}`, '-al', '-q', file);
    expect(full).toContain('测试路1号');
    // GDAL gives tile geometry in Web Mercator metres: 120.30°E, 36.09°N is about (13,392,000, 4,312,000).
    expect(full).toMatch(/POLYGON \(\(1339\d{4}\.\d+ 431\d{4}\.\d+/);
  });
});
