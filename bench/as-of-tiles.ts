/**
 * The vector tile of a past day (`asOf`) against today's, cold and warm, at demo scale with the
 * demo's demolition zones: the 3×3 block of z16 tiles round the cleared zone, cut by the tile
 * service as the route calls it (`app.tiles.get` with `pastViewOf`). Pairs run back to back so
 * a busy neighbour slows both halves alike.
 *
 *   npx tsx bench/as-of-tiles.ts [iterations]
 */
import { buildApp } from '../server/app';
import { openDatabase } from '../server/db/open';
import { pastViewOf } from '../server/routes/as-of';
import { generateDataset } from '../server/seed/generate';
import { loadDataset } from '../server/seed/load';
import { seedDemoZones } from '../server/seed/zones';
import { addDays } from '../shared/as-of/days';
import { pairedRatio, summarise } from './lib/stats';
import { tileAt } from './lib/place';

const iterations = Number(process.argv[2] ?? 30);
const db = openDatabase(':memory:');
loadDataset(db, generateDataset({ scale: 'demo' }));
seedDemoZones(db);
const app = await buildApp({ db });
const zone = db.prepare("SELECT cleared_on, (min_lng + max_lng) / 2 AS lng, (min_lat + max_lat) / 2 AS lat FROM demolition_zone WHERE stage = 'cleared' LIMIT 1").get() as { cleared_on: string; lng: number; lat: number };
const asOf = addDays(zone.cleared_on, -1);
const centre = tileAt([zone.lng, zone.lat], 16);
const block = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ z: 16, x: centre.x + dx, y: centre.y + dy })));

/** Milliseconds to get every tile of the block for `day` (null: today). */
const blockMs = (day: string | null): number => {
  const started = performance.now();
  for (const t of block) app.tiles.get(t.z, t.x, t.y, pastViewOf(app, day ?? undefined, 'bench'));
  return performance.now() - started;
};

// Warm up both paths once (prepared statements, today's and asOf's coverage models).
blockMs(null);
blockMs(asOf);
const cold: { today: number[]; past: number[] } = { today: [], past: [] };
const warm: { today: number[]; past: number[] } = { today: [], past: [] };
const firstDay: number[] = [];
for (let i = 0; i < iterations; i++) {
  app.tiles.clear();
  cold.today.push(blockMs(null));
  warm.today.push(blockMs(null));
  app.tiles.clear();
  cold.past.push(blockMs(asOf));
  warm.past.push(blockMs(asOf));
  // A day nobody asked for yet: that day's coverage model is computed first (kept 8 days).
  app.tiles.clear();
  firstDay.push(blockMs(addDays(asOf, -30 * (i + 1))));
}
const bytes = (day: string | null) => block.reduce((s, t) => s + (app.tiles.get(t.z, t.x, t.y, pastViewOf(app, day ?? undefined, 'bench')).data?.byteLength ?? 0), 0);
const fmt = (xs: number[]) => {
  const s = summarise(xs);
  return `${s.median.toFixed(1)} ms (p95 ${s.p95.toFixed(1)})`;
};
const lines = [
  `as-of tiles, demo scale, ${block.length} z16 tiles round the cleared zone (${centre.x}±1, ${centre.y}±1), ${iterations} paired iterations`,
  `bytes: today ${bytes(null)}, asOf ${asOf} ${bytes(asOf)}`,
  `| | today | asOf ${asOf} | asOf ÷ today (paired median) |`,
  '|---|---|---|---|',
  `| cold (tile cache cleared) | ${fmt(cold.today)} | ${fmt(cold.past)} | ${pairedRatio(cold.today, cold.past).toFixed(2)}× |`,
  `| warm (cached) | ${fmt(warm.today)} | ${fmt(warm.past)} | ${pairedRatio(warm.today, warm.past).toFixed(2)}× |`,
  `| first request for a new day (that day's coverage model + tiles) | – | ${fmt(firstDay)} | – |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
await app.close();
