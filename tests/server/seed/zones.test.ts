import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../server/db/open';
import { generateDataset } from '../../../server/seed/generate';
import { loadDataset } from '../../../server/seed/load';
import { REFERENCE_DAY } from '../../../server/seed/figures';
import { seedDemoZones } from '../../../server/seed/zones';
import { addDays } from '../../../shared/as-of/days';
import { checkTransition, type RelocationState } from '../../../shared/relocation/states';

let db: Database;
let result: { zones: number; entries: number };
beforeAll(() => {
  db = openDatabase(':memory:');
  loadDataset(db, generateDataset({ scale: 'demo', today: REFERENCE_DAY }));
  result = seedDemoZones(db, REFERENCE_DAY);
});

describe('demo demolition zones', () => {
  it('puts the slated old areas into zones at different stages', () => {
    const zones = db.prepare('SELECT name, stage FROM demolition_zone ORDER BY id').all() as { name: string; stage: string }[];
    expect(zones.map((z) => z.stage).slice(0, 3)).toEqual(['cleared', 'moving_out', 'announced']);
    expect(zones.slice(3).every((z) => z.stage === 'announced')).toBe(true);
    // Every slated building is in a zone.
    expect(db.prepare("SELECT count(*) FROM building b WHERE b.status = 'slated_demolition' AND NOT EXISTS (SELECT 1 FROM building_status_history h WHERE h.building_id = b.id AND h.zone_id IS NOT NULL)").pluck().get()).toBe(0);
    expect(zones.every((z) => z.name.endsWith('片区旧城改造'))).toBe(true);
    expect(result.entries).toBeGreaterThan(300);
  });

  it('leaves nobody recorded as living in the cleared zone, whose buildings are demolished', () => {
    const cleared = db.prepare("SELECT id FROM demolition_zone WHERE stage = 'cleared'").pluck().get() as number;
    expect(db.prepare("SELECT count(*) FROM relocation WHERE zone_id = ? AND state = 'in_zone'").pluck().get(cleared)).toBe(0);
    const statuses = db.prepare('SELECT DISTINCT b.status FROM building_status_history h JOIN building b ON b.id = h.building_id WHERE h.zone_id = ? AND h.valid_to IS NULL').pluck().all(cleared);
    expect(statuses).toEqual(['demolished']);
  });

  it('slates each building from its zone\'s announcement, not before', () => {
    // Every zone building's history: normal from the start until the announcement, then slated.
    const early = db.prepare(`SELECT count(*) FROM building_status_history h JOIN building_status_history z ON z.building_id = h.building_id AND z.zone_id IS NOT NULL
      JOIN demolition_zone d ON d.id = z.zone_id
      WHERE h.status = 'slated_demolition' AND h.valid_from < d.announced_on`).pluck().get();
    expect(early).toBe(0);
    const firsts = db.prepare(`SELECT DISTINCT h.status FROM building_status_history h
      WHERE h.valid_from = (SELECT min(valid_from) FROM building_status_history x WHERE x.building_id = h.building_id)`).pluck().all();
    expect(firsts).toEqual(['normal']);
  });

  it('has members part-way through relocation, every step a legal one', () => {
    const states = db.prepare('SELECT DISTINCT state FROM relocation').pluck().all() as string[];
    expect(states).toEqual(expect.arrayContaining(['in_zone', 'moving_out', 'transitional', 'resettled', 'transferred', 'lost_contact']));
    const events = db.prepare('SELECT relocation_id, from_state, to_state FROM relocation_event ORDER BY id').all() as { relocation_id: number; from_state: RelocationState | null; to_state: RelocationState }[];
    for (const e of events) if (e.from_state) expect(checkTransition(e.from_state, e.to_state).ok, `${e.from_state} → ${e.to_state}`).toBe(true);
  });

  it('is deterministic and runs once', () => {
    const again = openDatabase(':memory:');
    loadDataset(again, generateDataset({ scale: 'demo', today: REFERENCE_DAY }));
    seedDemoZones(again, REFERENCE_DAY);
    const summary = (d: Database) => d.prepare('SELECT state, count(*) AS n FROM relocation GROUP BY state ORDER BY state').all();
    expect(summary(again)).toEqual(summary(db));
    expect(seedDemoZones(db)).toEqual({ zones: 0, entries: 0 });
  });

  it('tells the same story on a later day: every stage and move as far before it, none after it', () => {
    const later = addDays(REFERENCE_DAY, 400);
    const moved = openDatabase(':memory:');
    loadDataset(moved, generateDataset({ scale: 'demo', today: later }));
    expect(seedDemoZones(moved, later)).toEqual(result);
    const stages = (d: Database) => d.prepare('SELECT stage, announced_on, moving_on, cleared_on FROM demolition_zone ORDER BY id').all() as Record<string, string | null>[];
    const shifted = stages(db).map((z) => Object.fromEntries(Object.entries(z).map(([k, v]) => [k, k === 'stage' || v === null ? v : addDays(v, 400)])));
    expect(stages(moved)).toEqual(shifted);
    const lastMove = (d: Database) => d.prepare('SELECT max(on_date) FROM relocation_event').pluck().get() as string;
    expect(lastMove(moved)).toBe(addDays(lastMove(db), 400));
    expect(lastMove(moved) <= later).toBe(true);
    const summary = (d: Database) => d.prepare('SELECT state, count(*) AS n FROM relocation GROUP BY state ORDER BY state').all();
    expect(summary(moved)).toEqual(summary(db));
  });
});
