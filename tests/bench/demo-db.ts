/**
 * The generated demo sub-district in a fresh in-memory database (real migrations, real
 * loader), for the benchmark code's tests.
 */
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../server/db/open';
import { generateDataset } from '../../server/seed/generate';
import { loadDataset } from '../../server/seed/load';

export function demoDatabase(): Database {
  const db = openDatabase(':memory:');
  loadDataset(db, generateDataset({ scale: 'demo' }));
  return db;
}
