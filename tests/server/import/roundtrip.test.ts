/**
 * Export → import round trips for every layer and format, through the real routes and the
 * real pipeline: layer L is exported from the tiny sub-district, then imported (mode upsert)
 * into a second copy whose L was deliberately spoilt (attributes overwritten, references
 * cut, geometry moved); exporting L again must give the same data — attributes exactly,
 * geometry to 1e-7° — coverage figures included, since they follow from the restored data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Geometry } from 'geojson';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_LAYERS, type DataLayer } from '../../../shared/import/layers';
import { parseWkt } from '../../../shared/import/wkt';
import { openSource } from '../../../server/import/open';
import { CsvParser } from '../../../server/import/readers/csv';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { appWith } from '../fixtures/app';
import { importFile, removeTempDirs, tempDir } from './helpers';
import { addZone, spoil } from './spoil';

type Format = 'geojson' | 'csv' | 'shp';
interface Canon {
  id: number;
  geometry: Geometry | null;
  properties: Record<string, unknown>;
}

let source: { app: FastifyInstance; db: Database; admin: Signed };

async function withAdmin(): Promise<{ app: FastifyInstance; db: Database; admin: Signed }> {
  const { app, db } = await appWith();
  addZone(db);
  await createAccount(db, 'rt-admin', 'admin');
  return { app, db, admin: await signIn(app, 'rt-admin') };
}

async function exportOf(app: FastifyInstance, admin: Signed, layer: DataLayer, format: Format): Promise<Buffer> {
  const res = await app.inject({ url: `/api/exports/${layer}?format=${format}`, headers: { cookie: admin.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

/** The export as comparable features, read the way each format is defined. */
async function canon(layer: DataLayer, format: Format, body: Buffer): Promise<Canon[]> {
  if (format === 'geojson') {
    return (JSON.parse(body.toString('utf8')) as { features: Canon[] }).features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }));
  }
  if (format === 'csv') {
    const p = new CsvParser(',');
    const [header, ...rows] = [...p.push(body.toString('utf8').replace(/^\uFEFF/, '')), ...p.end()].filter((r) => r.some((c) => c !== ''));
    return rows.map((r) => {
      const cells = Object.fromEntries((header as string[]).map((h, i) => [h, r[i]]));
      const { WKT, ...properties } = cells;
      return { id: Number(cells.id), geometry: WKT ? (parseWkt(WKT) as Geometry) : null, properties };
    });
  }
  const path = join(tempDir(), `${layer}.zip`);
  writeFileSync(path, body);
  const s = await openSource(path, `${layer}.zip`, join(tempDir(), 'w'));
  return [...s.records()].map((r) => ({ id: Number(r.properties.id), geometry: r.geometry as Geometry | null, properties: r.properties }));
}

function positions(g: Geometry | null): number[] {
  return g ? JSON.stringify('coordinates' in g ? g.coordinates : []).match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number) ?? [] : [];
}

beforeAll(async () => {
  source = await withAdmin();
});
afterAll(async () => {
  await source.app.close();
  removeTempDirs();
});

describe.each([...DATA_LAYERS])('round trip of %s', (layer) => {
  let target: Awaited<ReturnType<typeof withAdmin>>;
  beforeAll(async () => {
    target = await withAdmin();
  });
  afterAll(() => target.app.close());

  it.each(['geojson', 'csv', 'shp'] as const)('through %s: export → import into a spoilt copy → export gives the same data', async (format) => {
    const first = await exportOf(source.app, source.admin, layer, format);
    spoil(target.db, layer);
    const spoilt = await canon(layer, format, await exportOf(target.app, target.admin, layer, format));
    const file = join(tempDir(), format === 'shp' ? `${layer}.shp.zip` : `${layer}.${format}`);
    writeFileSync(file, first);
    const { report, result } = await importFile(target.db, file, layer, { mode: 'upsert' });
    expect(report.summary.refused, JSON.stringify(report.issues.slice(0, 5))).toBe(0);
    expect(result?.updates).toBeGreaterThan(0);

    const before = await canon(layer, format, first);
    const after = await canon(layer, format, await exportOf(target.app, target.admin, layer, format));
    expect(before.length).toBeGreaterThan(0);
    // The spoiling changed something, so an import that wrote nothing would fail here.
    expect(spoilt).not.toEqual(before);
    expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
    after.forEach((f, i) => {
      const b = before[i] as Canon;
      expect(f.properties, `${layer} ${f.id}`).toEqual(b.properties);
      const [pa, pb] = [positions(f.geometry), positions(b.geometry)];
      expect(pa.length).toBe(pb.length);
      pa.forEach((v, k) => expect(Math.abs(v - (pb[k] as number))).toBeLessThan(1e-7));
    });
  });
});
