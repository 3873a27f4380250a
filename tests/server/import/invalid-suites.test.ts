/**
 * The public invalid-geometry suites (chrieke/geojson-invalid-geometry, mapbox/geojsonhint,
 * turf's fixtures; see data/fixtures/SOURCES.md): every file is imported, all or nothing.
 * None may crash the importer; a refused import must leave the database exactly as it was;
 * every file of the "invalid" and "bad" collections must be refused or repaired with a
 * message. The files lie in Berlin and elsewhere, so each is also moved into the tiny
 * sub-district (a translation, which keeps every crossing and hole) to reach the geometry
 * checks behind the "outside China" one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DataLayer } from '../../../shared/import/layers';
import { openDatabase } from '../../../server/db/open';
import { loadDataset } from '../../../server/seed/load';
import { tinyDataset } from '../fixtures/tiny-dataset';
import { FIXTURES, importFile, removeTempDirs, snapshot, tempDir } from './helpers';

const SUITES = join(FIXTURES, 'geojson-edge-cases');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(geo)?json$/.test(f) ? [p] : [];
  });
}

/** Moves every [lng, lat, …] position so the first one lands at the tiny sub-district; other JSON is kept as it is. */
function moveToQingdao(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  let offset: [number, number] | null = null;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number' && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90) {
        offset ??= [120.305 - v[0], 36.085 - v[1]];
        return [v[0] + offset[0], v[1] + offset[1], ...v.slice(2)];
      }
      return v.map(walk);
    }
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'bbox' ? x : walk(x)]));
    return v;
  };
  const moved = walk(value);
  return offset ? JSON.stringify(moved) : null;
}

/** Polygons go to `water`, lines to `roads`, anything else to `water` too (refused as the wrong kind). */
function layerFor(text: string): DataLayer {
  return /"(Multi)?LineString"/.test(text) && !/"(Multi)?Polygon"/.test(text) ? 'roads' : 'water';
}

// turf's kinks inputs are polygons that cross themselves, except open-hourglass: a line may cross itself.
const mustComplain = (path: string) => /\/(invalid_[a-z_]+|bad)\//.test(path) || /\/invalid\//.test(path) || /\/in\/(hourglass|switzerlandKinked|triple)/.test(path);

let db: Database;
beforeAll(() => {
  db = openDatabase(':memory:');
  loadDataset(db, tinyDataset());
});
afterAll(() => {
  db.close();
  removeTempDirs();
});

describe.each(['chrieke-geojson-invalid-geometry', 'mapbox-geojsonhint', 'turf'])('%s', (suite) => {
  const all = files(join(SUITES, suite));
  it(`has its files (${all.length})`, () => expect(all.length).toBeGreaterThan(10));

  it.each(all.map((p) => [relative(SUITES, p), p]))('%s: refused or imported whole, never half, never a crash', async (_, path) => {
    const original = readFileSync(path, 'utf8');
    const moved = moveToQingdao(original);
    const variants: [string, string][] = [['as published', original], ...(moved ? [['moved into the sub-district', moved] as [string, string]] : [])];
    for (const [how, text] of variants) {
      const file = join(tempDir(), 'case.geojson');
      writeFileSync(file, text);
      const before = snapshot(db);
      const { report, result, refused } = await importFile(db, file, layerFor(text), { mode: 'append' });
      const complaints = report.issues.filter((i) => i.severity !== 'warning' || i.code === 'bad_container');
      if (refused) {
        expect(snapshot(db), `${how}: a refused import changed the database`).toEqual(before);
        expect(complaints.length, `${how}: refused without a message`).toBeGreaterThan(0);
        for (const i of complaints) expect(i.message.length).toBeGreaterThan(10);
      } else {
        expect(result?.summary.refused).toBe(0);
        expect(snapshot(db).version).toBe((before.version as number) + 1);
      }
      if (mustComplain(path) && how !== 'as published') {
        expect(complaints.length, `${how}: an invalid file passed without a word`).toBeGreaterThan(0);
      }
    }
  });
});
