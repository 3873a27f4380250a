/**
 * The importer on real public data. OpenStreetMap files we may redistribute are in
 * data/fixtures (see its SOURCES.md); files whose licence is not stated (Qingdao outlines in
 * AMap/DataV's format, Shenzhen buildings) are read from ../shared/realdata when it is there,
 * and those tests are skipped when it is not: the project never needs it.
 */
import { beforeEach, afterAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { tinyDataset } from '../fixtures/tiny-dataset';
import { FIXTURES, importFile, REALDATA, removeTempDirs, snapshot, tempDir } from './helpers';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
  loadDataset(db, tinyDataset());
});
afterAll(removeTempDirs);

const real = (p: string) => join(REALDATA, p);
const haveReal = existsSync(real('SOURCES.md'));
const haveOgr2ogr = spawnSync('ogr2ogr', ['--version']).status === 0;
const count = (issues: { code: string }[], code: string) => issues.filter((i) => i.code === code).length;

describe('OpenStreetMap data in data/fixtures', () => {
  it('refuses the 7 Macau parish outlines that cross themselves and imports the good one', async () => {
    const before = snapshot(db);
    const { report, result } = await importFile(db, join(FIXTURES, 'china/macau/macau-freguesias.geojson'), 'zones', { validOnly: true });
    expect(report.summary).toMatchObject({ rows: 8, refused: 7, valid: 1 });
    expect(count(report.issues, 'self_intersection')).toBe(7);
    expect(result?.inserts).toBe(1);
    expect(snapshot(db).demolition_zone).toBe((before.demolition_zone as number) + 1);
  });

  it('rewinds West Lake (clockwise, 19 islands) and keeps every hole', async () => {
    const { report, result } = await importFile(db, join(FIXTURES, 'china/hangzhou/westlake.geojson'), 'water');
    expect(report.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['winding', 'far_away']));
    expect(result?.inserts).toBe(1);
    const g = JSON.parse(db.prepare('SELECT geometry FROM water ORDER BY id DESC LIMIT 1').pluck().get() as string) as { coordinates: unknown[][] };
    expect(g.coordinates.reduce((n, p) => n + p.length - 1, 0)).toBe(19);
  });
});

describe.skipIf(!haveReal)('real data in ../shared/realdata (not redistributable)', () => {
  it('reads the Shibei district outline from a bare array, rewinding its clockwise rings', async () => {
    const { report } = await importFile(db, real('china/qingdao/370203.json'), 'zones', { commit: false });
    expect(report.issues.find((i) => i.code === 'bad_container')).toMatchObject({ row: 0, severity: 'fixed' });
    expect(report.summary).toMatchObject({ rows: 1, valid: 1 });
    expect(count(report.issues, 'winding')).toBe(1);
  });

  it('reads all ten Qingdao districts', async () => {
    const { report } = await importFile(db, real('china/qingdao/370200_full.json'), 'zones', { commit: false });
    expect(report.summary).toMatchObject({ rows: 10, valid: 10, refused: 0 });
  });

  it('splits Shenzhen Nanshan\'s height-class multipolygons into single buildings', async () => {
    const { report } = await importFile(db, real('china/shenzhen/nanshan-building.geojson'), 'buildings', { commit: false });
    expect(report.summary.rows).toBe(10);
    expect(count(report.issues, 'split_multipart')).toBeGreaterThanOrEqual(8);
    expect(report.inserts).toBeGreaterThan(1000);
    expect(report.issues.some((i) => i.code === 'far_away')).toBe(true);
  });

  it.skipIf(!haveOgr2ogr)('imports central Shanghai\'s OSM streets (through ogr2ogr), folding highway tags into road kinds', async () => {
    const out = join(tempDir(), 'shanghai-lines.geojson');
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', out, real('china/shanghai/shanghai.osm'), 'lines'], { stdio: 'ignore' });
    const { report, result } = await importFile(db, out, 'roads', { validOnly: true });
    expect(result?.inserts).toBeGreaterThan(500);
    expect(report.summary.refused).toBeLessThan(report.summary.rows / 10);
    const kinds = db.prepare('SELECT kind, count(*) AS n FROM road GROUP BY kind').all() as { kind: string; n: number }[];
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['primary', 'secondary', 'residential']));
    expect(db.prepare("SELECT count(*) FROM road WHERE name LIKE '%路'").pluck().get()).toBeGreaterThan(100);
  });
});
