/**
 * `npm run seed -- [--scale demo|district] [--db FILE] [--force] [--json FILE]`
 *
 * Generates the deterministic demo sub-district (or a whole district for benchmarks) and
 * loads it into the database (GRIDMAP_DB or var/gridmap.db unless --db is given). An
 * existing database is replaced only with --force. --json also writes the dataset as JSON.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DB_PATH, openDatabase } from '../db/open';
import { generateDataset } from './generate';
import { isEmpty, loadDataset } from './load';
import { setupAccounts } from '../auth/accounts-setup';
import { seedToday } from './shift';
import { seedDemoZones } from './zones';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    db: { type: 'string' },
    force: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const scale = values.scale;
if (scale !== 'demo' && scale !== 'district') {
  process.stderr.write(`--scale must be "demo" or "district", got "${scale}".\n`);
  process.exit(2);
}
const dbPath = values.db ?? process.env.GRIDMAP_DB ?? DEFAULT_DB_PATH;

// Dated for today where the users are (GRIDMAP_TIMEZONE), as the server's first start does.
const today = seedToday();
let t = performance.now();
const dataset = generateDataset({ scale, today });
const genMs = performance.now() - t;
process.stdout.write(
  `generated ${scale}: ${dataset.communities.length} communities, ${dataset.branches.length} grid branches, ` +
    `${dataset.buildings.length} buildings, ${dataset.buildings.reduce((s, b) => s + b.households, 0)} households, ` +
    `${dataset.members.length} members in ${(genMs / 1000).toFixed(1)} s\n`,
);
if (values.json) {
  writeFileSync(values.json, JSON.stringify(dataset));
  process.stdout.write(`wrote ${values.json}\n`);
}

if (dbPath !== ':memory:' && existsSync(dbPath)) {
  const existing = openDatabase(dbPath);
  const empty = isEmpty(existing);
  existing.close();
  if (!empty && !values.force) {
    process.stderr.write(`${dbPath} already holds data; add --force to replace it, or give another --db.\n`);
    process.exit(1);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
}
t = performance.now();
const db = openDatabase(dbPath);
loadDataset(db, dataset);
if (scale === 'demo') {
  const zones = seedDemoZones(db, today);
  process.stdout.write(`demolition zones: ${zones.zones}, ledger entries: ${zones.entries}\n`);
}
// The demo data comes with its demo accounts, so `npm start` on this database can sign in.
const setup = await setupAccounts(db, true);
db.close();
if (setup) {
  process.stdout.write('demo accounts: ' + setup.created.map((a) => `${a.username}/${a.password}`).join(', ') + '\n');
  if (setup.wallToken) process.stdout.write(`wall display: /wall?wall=${setup.wallToken}\n`);
}
process.stdout.write(`loaded into ${dbPath} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
