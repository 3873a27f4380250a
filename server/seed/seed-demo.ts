/**
 * First-start seeding: an empty database gets the embedded demo sub-district.
 */
import type { Database } from 'better-sqlite3';
import { generateDataset } from './generate';
import { isEmpty, loadDataset } from './load';
import { seedDemoZones } from './zones';

/**
 * Loads the demo data if the database is empty, dated for `today` (YYYY-MM-DD, the users' day)
 * so that it looks as current as on the day it was written; returns what was loaded, or null.
 */
export function seedDemoIfEmpty(db: Database, today: string): { communities: number; branches: number; buildings: number; members: number; zones: number; ms: number } | null {
  if (!isEmpty(db)) return null;
  const started = performance.now();
  const dataset = generateDataset({ scale: 'demo', today });
  loadDataset(db, dataset);
  const zones = seedDemoZones(db, today);
  return {
    communities: dataset.communities.length,
    branches: dataset.branches.length,
    buildings: dataset.buildings.length,
    members: dataset.members.length,
    zones: zones.zones,
    ms: Math.round(performance.now() - started),
  };
}
