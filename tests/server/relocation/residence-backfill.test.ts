import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import { readMigrations } from '../../../server/db/migrate';
import { openDatabase } from '../../../server/db/open';
import { memberBuildingOn, memberStatusOn } from '../../../server/planner/as-of-sql';
import { generateDataset } from '../../../server/seed/generate';
import { loadDataset } from '../../../server/seed/load';
import { seedDemoZones } from '../../../server/seed/zones';

// The demo ledger written with migration 009 in place: the ledger's writes keep members' past
// homes as they go. A copy then loses what 009 added (the periods, the steps' destinations), as
// a database seeded before 009 would be, and 009's back-fill statements rebuild them from the
// ledger. Both must give every relocated member the same home and status on every day that matters.
let live: Database;
let backfilled: Database;
beforeAll(() => {
  live = openDatabase(':memory:');
  loadDataset(live, generateDataset({ scale: 'demo' }));
  seedDemoZones(live);
  backfilled = new BetterSqlite3(live.serialize());
  const sql = readMigrations().find((m) => m.version === 9)?.sql ?? '';
  const backfill = sql.slice(sql.indexOf('-- Back-fill from a ledger'));
  expect(backfill).toMatch(/^-- Back-fill/);
  backfilled.exec(`DELETE FROM member_residence_history;
    UPDATE relocation_event SET dest_building_id = NULL, dest_address = NULL, dest_lng = NULL, dest_lat = NULL, dest_community_name = NULL;`);
  backfilled.exec(backfill);
});
afterAll(() => {
  live.close();
  backfilled.close();
});

const placesOn = (db: Database, asOf: string) =>
  db.prepare(`SELECT id, ${memberBuildingOn('m')} AS building, ${memberStatusOn('m')} AS status FROM member m
    WHERE id IN (SELECT member_id FROM relocation) ORDER BY id`).all({ asOf });

describe('members’ places back-filled from an existing ledger', () => {
  it('agree with the places the ledger’s writes keep, on every step day and the day before', () => {
    const days = backfilled.prepare('SELECT DISTINCT on_date FROM relocation_event ORDER BY on_date').pluck().all() as string[];
    const before = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    let moved = 0;
    for (const day of [...days.map(before), ...days]) {
      const expected = placesOn(live, day);
      expect(placesOn(backfilled, day), day).toEqual(expected);
      moved += (expected as { status: string }[]).filter((m) => m.status !== 'active').length;
    }
    // Not a vacuous agreement: members were away on some of those days.
    expect(moved).toBeGreaterThan(100);
  });

  it('record where members lived before the zones were announced', () => {
    const before = placesOn(live, '2024-08-31') as { building: number; status: string }[];
    expect(before.every((m) => m.status === 'active')).toBe(true);
    const origins = live.prepare('SELECT member_id AS id, origin_building_id AS building FROM relocation ORDER BY member_id').all() as { building: number }[];
    expect(before.map((m) => m.building)).toEqual(origins.map((o) => o.building));
  });
});
