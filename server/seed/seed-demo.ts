/**
 * First-start seeding: an empty database gets the embedded demo sub-district.
 */
import type { Database } from 'better-sqlite3';
import { generateDataset } from './generate';
import { isEmpty, loadDataset } from './load';
import { seedDemoZones } from './zones';

/** Loads the demo data if the database is empty; returns what was loaded, or null. */
export function seedDemoIfEmpty(db: Database): { communities: number; branches: number; buildings: number; members: number; zones: number; ms: number } | null {
  if (!isEmpty(db)) return null;
  const started = performance.now();
  const dataset = generateDataset({ scale: 'demo' });
  loadDataset(db, dataset);
  const zones = seedDemoZones(db);
  return {
    communities: dataset.communities.length,
    branches: dataset.branches.length,
    buildings: dataset.buildings.length,
    members: dataset.members.length,
    zones: zones.zones,
    ms: Math.round(performance.now() - started),
  };
}
