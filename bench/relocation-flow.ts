/**
 * `npm run bench -- relocation-flow [--scale demo|district] [--no-browser] [--keep-db]`
 *
 * The relocation flow map at demo and district scale:
 * 1. Build time of the flow layer: the server's part (read the ledger's moves as of today and
 *    aggregate arcs at building, neighbourhood and community level, counts in and out, outside
 *    places), first build and a repeat request answered from the service's cache, and the
 *    client's part (pick the arcs a whole-district view draws, then curved lines and arrowheads
 *    for them), median and p95 of repeated runs.
 * 2. Frame time while panning the flow map in Chromium: requestAnimationFrame deltas during a
 *    scripted pan (one jump per frame), median and p95, beside the same pan with the flow layers
 *    hidden (the baseline).
 *
 * Demo: the demo sub-district with its seeded zones. District: the district database of
 * bench/out (built by `npm run bench`) copied to a temp file, its zones seeded the same way,
 * and then every member still living in an announced zone moved through a seeded random path
 * of the state machine with a random destination (a building of the district, or one of four
 * outside places), written through the ledger's own repository — so the district has tens of
 * thousands of moves instead of the demo's few hundred. `--keep-db` keeps that database in
 * bench/out (per day) and reuses it on the next run.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { dayIn, DEFAULT_TIME_ZONE } from '../shared/dates';
import { arcFeatures, selectArcs } from '../shared/relocation/arcs';
import { aggregateFlows, FLOW_LEVELS } from '../shared/relocation/flows';
import { ALLOWED_TRANSITIONS, type RelocationState } from '../shared/relocation/states';
import { buildApp } from '../server/app';
import { setupAccounts } from '../server/auth/accounts-setup';
import { openDatabase } from '../server/db/open';
import { relocationRepository } from '../server/repositories/relocation';
import { flowsRepository } from '../server/relocation/flows-repository';
import { flowsService } from '../server/relocation/flows-service';
import { generateDataset } from '../server/seed/generate';
import { loadDataset } from '../server/seed/load';
import { Random } from '../server/seed/random';
import { seedDemoZones } from '../server/seed/zones';
import { buildClientOnce, CLIENT_DIR, launchBrowser, openSignedIn, PageLog, waitForMapIdle } from '../tests/e2e/harness';
import { ensureDatabase, OUT_DIR } from './lib/datasets';
import { summarise, type Summary } from './lib/stats';

const { values } = parseArgs({ options: { scale: { type: 'string', multiple: true }, 'no-browser': { type: 'boolean', default: false }, 'keep-db': { type: 'boolean', default: false } } });
const scales = (values.scale ?? ['demo', 'district']) as ('demo' | 'district')[];
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const TODAY = dayIn(DEFAULT_TIME_ZONE);

/** Moves every in_zone entry along a random legal path to a random end state, with destinations. */
function synthesiseMoves(db: Database): number {
  const repo = relocationRepository(db);
  const random = new Random(61_122);
  const inside = db.prepare("SELECT id FROM building WHERE status = 'normal' AND use = 'residential' AND valid_to IS NULL ORDER BY id").pluck().all() as number[];
  const outside = [[120.431, 36.165, '李沧区虎山路街道'], [120.452, 36.178, '李沧区九水街道'], [120.463, 36.114, '崂山区中韩街道'], [120.372, 36.259, '城阳区流亭街道']] as const;
  let steps = 0;
  db.transaction(() => {
    for (const e of repo.ledger({ state: 'in_zone' })) {
      let current = repo.entry(e.id);
      const length = random.int(1, 4);
      for (let i = 0; i < length && current; i++) {
        const next = ALLOWED_TRANSITIONS[current.state].filter((s) => s !== 'lost_contact' || random.chance(0.1));
        const to = next[random.int(0, next.length - 1)] as RelocationState | undefined;
        if (!to) break;
        const place = outside[random.int(0, outside.length - 1)] ?? outside[0];
        const destination = to === 'in_zone' || to === 'moving_out' ? null
          : random.chance(0.6) ? { buildingId: inside[random.int(0, inside.length - 1)] ?? 1 }
            : { address: `${place[2]}安置区${random.int(1, 30)}号楼`, communityName: place[2], lng: place[0] + random.range(-0.004, 0.004), lat: place[1] + random.range(-0.004, 0.004) };
        repo.transition(current, { to, on: TODAY, note: '', expectedVersion: current.row_version, destination }, { accountId: null, username: 'bench' });
        steps += 1;
        current = repo.entry(e.id);
      }
    }
  })();
  return steps;
}

function time(runs: number, fn: () => void): Summary {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/** rAF deltas (ms) while the map jumps a little east every frame for `frames` frames, then back west. */
async function panFrames(page: import("playwright-core").Page, flows: boolean, frames = 60): Promise<number[]> {
  await page.evaluate((on) => {
    const map = window.__gridmap?.map;
    for (const id of ['reloc-flow-line', 'reloc-flow-arrow']) map?.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
  }, flows);
  await waitForMapIdle(page);
  return page.evaluate((n) => new Promise<number[]>((resolve) => {
    const map = window.__gridmap?.map;
    if (!map) return resolve([]);
    const start = map.getCenter();
    const deltas: number[] = [];
    let last = performance.now();
    let i = 0;
    const step = (now: number) => {
      if (i > 0) deltas.push(now - last);
      last = now;
      const k = i < n / 2 ? i : n - i;
      map.jumpTo({ center: [start.lng + k * 0.00015, start.lat + k * 0.00005] });
      if (++i <= n) requestAnimationFrame(step);
      else resolve(deltas);
    };
    requestAnimationFrame(step);
  }), frames);
}

async function frameTimes(db: Database, scale: string): Promise<{ flows: Summary; baseline: Summary; arcs: number; note: string | null }> {
  await setupAccounts(db, true, {});
  const app = await buildApp({ db, clientDir: CLIENT_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchBrowser();
  try {
    const { page } = await openSignedIn(browser, origin, new PageLog(), { width: 1366, height: 768 }, 'viewer', '/relocation');
    await page.waitForFunction(() => (window.__gridmap?.map.querySourceFeatures('reloc-flow-lines').length ?? 0) > 0, undefined, { timeout: 120_000 });
    await waitForMapIdle(page);
    // tsx names inner functions with an `__name` helper the page lacks; give it one.
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
    const arcs = await page.evaluate(() => window.__gridmap?.map.queryRenderedFeatures({ layers: ['reloc-flow-line'] }).length ?? 0);
    // What the view looks like with the smaller flows left out, and what the note says of them.
    await page.screenshot({ path: join(OUT_DIR, `relocation-flow-${scale}.png`) });
    const note = await page.locator('.reloc-flow-note').evaluate((el) => (el instanceof HTMLElement && !el.hidden ? el.textContent : null));
    const flows: number[] = [];
    const baseline: number[] = [];
    // Interleaved rounds, so drift on the shared machine hits both alike.
    for (let round = 0; round < 4; round++) {
      baseline.push(...await panFrames(page, false));
      flows.push(...await panFrames(page, true));
    }
    return { flows: summarise(flows), baseline: summarise(baseline), arcs, note };
  } finally {
    await browser.close();
    await app.close();
  }
}

const fmt = (s: Summary): string => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;

const dir = mkdtempSync(join(tmpdir(), 'gridmap-reloc-bench-'));
const lines: string[] = [];
try {
  if (!values['no-browser']) await buildClientOnce();
  for (const scale of scales) {
    const path = join(dir, `${scale}.db`);
    const kept = join(OUT_DIR, `relocation-district-${TODAY}.db`);
    let db: Database;
    if (scale === 'demo') {
      db = openDatabase(path);
      loadDataset(db, generateDataset({ scale: 'demo' }));
      seedDemoZones(db);
    } else if (values['keep-db'] && existsSync(kept)) {
      copyFileSync(kept, path);
      db = openDatabase(path);
    } else {
      copyFileSync(ensureDatabase('district', false, log), path);
      db = openDatabase(path);
      seedDemoZones(db);
      log(`district: ${synthesiseMoves(db)} synthetic ledger steps`);
      if (values['keep-db']) await db.backup(kept);
    }
    const repo = flowsRepository(db);
    const centres = repo.centres();
    const moves = repo.moves(TODAY, null, centres.names);
    const withDest = moves.filter((m) => m.destination).length;
    const service = flowsService(db);
    const server = time(15, () => service.build(TODAY, null));
    // The first request fills the cache; the repeats are what every later request costs.
    const bytes = Buffer.byteLength(service.json(TODAY, null));
    const cached = time(15, () => service.json(TODAY, null));
    const arcsBy = Object.fromEntries(FLOW_LEVELS.map((l) => [l, aggregateFlows(moves, l, centres)]));
    const drawn = Object.fromEntries(FLOW_LEVELS.map((l) => [l, selectArcs(arcsBy[l] ?? [], null)]));
    const client = Object.fromEntries(FLOW_LEVELS.map((l) => [l, time(30, () => arcFeatures(selectArcs(arcsBy[l] ?? [], null).arcs))]));
    const counts = FLOW_LEVELS.map((l) => `${l} ${arcsBy[l]?.length} (drawn in a whole-district view ${drawn[l]?.arcs.length}, hidden ${drawn[l]?.hidden.arcs}, min count ${drawn[l]?.minCount})`).join(', ');
    lines.push(`| ${scale} | ${moves.length} entries, ${withDest} with a destination | arcs: ${counts} | server first build ${fmt(server)}, cached repeat ${fmt(cached)}, ${(bytes / 1024).toFixed(0)} KiB | client building ${fmt(client.building as Summary)}, neighbourhood ${fmt(client.neighbourhood as Summary)}, community ${fmt(client.community as Summary)} |`);
    log(lines[lines.length - 1] ?? '');
    if (!values['no-browser']) {
      const frames = await frameTimes(db, scale);
      lines.push(`| ${scale} pan (1366×768, ${frames.arcs} arcs drawn) | flows ${fmt(frames.flows)} ms | baseline (flows hidden) ${fmt(frames.baseline)} ms | ratio of medians ${(frames.flows.median / frames.baseline.median).toFixed(2)} | note: ${frames.note ?? 'none'} |`);
      log(lines[lines.length - 1] ?? '');
    }
    db.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
