import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../../server/db/migrate';
import { openDatabase } from '../../../server/db/open';

describe('migrations', () => {
  it('apply in number order once, and a second run applies nothing', () => {
    const db = new BetterSqlite3(':memory:');
    const all = readMigrations();
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort((a, b) => a - b));
    expect(migrate(db)).toEqual(all.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
  });

  it('apply only what is new to a database at an older version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridmap-mig-'));
    writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    const db = new BetterSqlite3(':memory:');
    expect(migrate(db, readMigrations(dir))).toEqual([1]);
    writeFileSync(join(dir, '002_b.sql'), 'CREATE TABLE b (y INTEGER);');
    expect(migrate(db, readMigrations(dir))).toEqual([2]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')").pluck().get()).toBe(2);
  });

  it('apply a lower-numbered migration that arrives after a higher one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridmap-mig-'));
    writeFileSync(join(dir, '001_a.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(dir, '003_c.sql'), 'CREATE TABLE c (x INTEGER);');
    const db = new BetterSqlite3(':memory:');
    expect(migrate(db, readMigrations(dir))).toEqual([1, 3]);
    writeFileSync(join(dir, '002_b.sql'), 'CREATE TABLE b (x INTEGER);');
    expect(migrate(db, readMigrations(dir))).toEqual([2]);
    expect(migrate(db, readMigrations(dir))).toEqual([]);
  });

  it('roll back a failing migration whole and say which file is misnamed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridmap-mig-'));
    writeFileSync(join(dir, '001_ok.sql'), 'CREATE TABLE ok (x INTEGER);');
    writeFileSync(join(dir, '002_bad.sql'), 'CREATE TABLE half (x INTEGER); CREATE TABLE broken (;');
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, readMigrations(dir))).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT max(version) FROM schema_migration').pluck().get()).toBe(1);
    writeFileSync(join(dir, 'extra.sql'), '');
    expect(() => readMigrations(dir)).toThrow(/NNN_description\.sql/);
  });
});

describe('R*Tree indexes', () => {
  it('follow every insert, update and delete of a geometry row', () => {
    const db = openDatabase(':memory:');
    const box = (id: number) => db.prepare('SELECT min_lng, max_lng, min_lat, max_lat FROM road_rtree WHERE id = ?').get(id) as
      | { min_lng: number; max_lng: number; min_lat: number; max_lat: number }
      | undefined;
    db.prepare(`INSERT INTO road (id, name, kind, geometry, min_lng, min_lat, max_lng, max_lat)
      VALUES (7, 'x', 'path', '{}', 120.1, 36.1, 120.2, 36.2)`).run();
    expect(box(7)?.min_lng).toBeCloseTo(120.1, 4);
    db.prepare('UPDATE road SET min_lng = 120.15, max_lng = 120.25 WHERE id = 7').run();
    expect(box(7)?.max_lng).toBeCloseTo(120.25, 4);
    db.prepare('DELETE FROM road WHERE id = 7').run();
    expect(box(7)).toBeUndefined();

    db.prepare(`INSERT INTO member (id, name, gender, birth_year, membership, category, education, status, phone)
      VALUES (1, 'n', 'male', 1950, 'full', 'retired', 'primary', 'active', '10000000000')`).run();
    db.prepare(`INSERT INTO subdistrict (id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (1, '370203020', 's', '{}', 0, 0, 1, 1)`).run();
    db.prepare(`INSERT INTO building (id, address, floors, households, residents, use, status, footprint, valid_from, min_lng, min_lat, max_lng, max_lat)
      VALUES (1, 'a', 5, 10, 30, 'residential', 'normal', '{}', '2020-01-01', 0, 0, 1, 1)`).run();
    db.prepare('INSERT INTO household_lead (id, member_id, building_id, lng, lat) VALUES (3, 1, 1, 120.3, 36.08)').run();
    db.prepare('UPDATE household_lead SET lng = 120.31 WHERE id = 3').run();
    const lead = db.prepare('SELECT min_lng, max_lng FROM household_lead_rtree WHERE id = 3').get() as { min_lng: number; max_lng: number };
    // R*Tree boxes are 32-bit floats (about 1e-5° ≈ 1 m here), rounded outward so a box
    // query never misses the row.
    expect(lead.min_lng).toBeLessThanOrEqual(120.31);
    expect(lead.max_lng).toBeGreaterThanOrEqual(120.31);
    expect(lead.max_lng - lead.min_lng).toBeLessThan(2e-5);
  });

  it('reject codes of the wrong length', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      db.prepare(`INSERT INTO subdistrict (id, code, name, boundary, min_lng, min_lat, max_lng, max_lat) VALUES (1, '37020302', 's', '{}', 0, 0, 1, 1)`).run(),
    ).toThrow(/CHECK/);
  });
});
