import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/open';
import { isEmpty, loadDataset } from '../../../server/seed/load';
import { isRfc7946Wound } from '../../../shared/geo/winding';
import { tinyDataset } from '../fixtures/tiny-dataset';

describe('loadDataset', () => {
  it('loads every table and indexes every geometry', () => {
    const db = openDatabase(':memory:');
    loadDataset(db, tinyDataset());
    const count = (sql: string) => db.prepare(sql).pluck().get();
    expect(count('SELECT count(*) FROM building')).toBe(4);
    expect(count('SELECT count(*) FROM building_rtree')).toBe(4);
    expect(count('SELECT count(*) FROM grid_branch_rtree')).toBe(3);
    expect(count('SELECT count(*) FROM household_lead_rtree')).toBe(3);
    expect(count('SELECT count(*) FROM lead_link')).toBe(4);
    expect(count('SELECT version FROM data_version')).toBe(2);
  });

  it('stores clockwise input wound as RFC 7946 wants', () => {
    const data = tinyDataset();
    const ring = data.water[0]?.geometry.type === 'Polygon' ? data.water[0].geometry.coordinates[0] : undefined;
    ring?.reverse();
    const db = openDatabase(':memory:');
    loadDataset(db, data);
    const stored = JSON.parse(db.prepare('SELECT geometry FROM water').pluck().get() as string);
    expect(isRfc7946Wound(stored)).toBe(true);
  });

  it('writes nothing when one row is bad, and names the table and id', () => {
    const data = tinyDataset();
    const bad = data.members[3];
    if (bad) bad.category = 'astronaut' as never;
    const db = openDatabase(':memory:');
    expect(() => loadDataset(db, data)).toThrow(/member id 4 failed: CHECK constraint/);
    expect(isEmpty(db)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM building').pluck().get()).toBe(0);
  });

  it('refuses to load over existing data', () => {
    const db = openDatabase(':memory:');
    loadDataset(db, tinyDataset());
    expect(() => loadDataset(db, tinyDataset())).toThrow(/already holds a sub-district/);
  });
});
