/**
 * `npx tsx bench/wall-soak.ts [--minutes 60] [--scale demo|district] [--interval 8] [--change-every 4]
 *   [--sample-every 30] [--width 1920 --height 1080] [--paint-runs 3] [--client DIR] [--json FILE]`
 * (`npm run bench -- wall-soak …`). `--client` serves an already built client from DIR
 * instead of building dist/client. CI runs a short soak: tests/e2e/wall-soak.test.ts.
 *
 * 1. First paint to map idle: the wall opened afresh three times on the real server, timing
 *    first contentful paint and the map's first `idle` (all tiles drawn).
 * 2. Soak: the wall touring (a step every `--interval` s) for `--minutes` while a change is
 *    written through the API every `--change-every` s (a contact, then a verification, in
 *    turn), sampling the page's JS heap (after a forced garbage collection) and DOM node
 *    count every `--sample-every` s, and counting every error the page logs.
 *
 * Prints a Markdown report to stdout (progress to stderr) and, with --json, the raw samples.
 * Exit code 1 when the page logged errors, a tile failed, or the heap or DOM grew (see `verdict`).
 */
import type { Database } from 'better-sqlite3';
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { buildApp } from '../server/app';
import { ensureClientBuilt } from '../server/client-build';
import { openDatabase } from '../server/db/open';
import { hashPassword } from '../server/auth/passwords';
import { accountRepository } from '../server/repositories/accounts';
import { dayIn, DEFAULT_TIME_ZONE } from '../shared/dates';
import { ensureDatabase, type Scale } from './lib/datasets';

export interface SoakOptions {
  minutes: number;
  scale: Scale;
  intervalS: number;
  changeEveryS: number;
  sampleEveryS: number;
  viewport: { width: number; height: number };
  /** Fresh openings timed before the soak (first paint, map idle). */
  paintRuns: number;
  /** A built client to serve; by default dist/client, built first when stale. */
  clientDir?: string;
}

export interface SoakSample {
  /** Seconds since the soak started. */
  at: number;
  heapMB: number;
  domNodes: number;
  listeners: number;
  /** Tour steps taken and changes written so far. */
  steps: number;
  changes: number;
  /** The wall's data version behind the server's, at the sample. */
  versionLag: number;
}

export interface SoakReport {
  options: SoakOptions;
  /** Median and each run of first contentful paint and first map idle, ms from navigation. */
  firstPaint: number[];
  mapIdle: number[];
  samples: SoakSample[];
  errors: string[];
  mapErrors: number;
}

const CLIENT_DIR = fileURLToPath(new URL('../dist/client/', import.meta.url));
const log = (line: string): void => {
  process.stderr.write(`[wall-soak] ${line}\n`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export interface Running {
  origin: string;
  db: Database;
  token: string;
  cookie: string;
  csrf: string;
  close(): Promise<void>;
}

/** Signs `username` in through the real login route: the session cookie and CSRF token. */
export async function signIn(origin: string, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: HTTP ${res.status}`);
  const cookie = /gridmap_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/**
 * The real app over a copy of the benchmark database and of the client build (so a rebuild
 * by someone else during the run changes nothing), a wall token and a signed-in planner.
 * `builtClient` is dist/client unless given; it is built first when stale.
 */
export async function startServer(scale: Scale, builtClient?: string): Promise<Running> {
  if (!builtClient) await ensureClientBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'gridmap-wall-soak-'));
  const path = join(dir, 'soak.db');
  copyFileSync(ensureDatabase(scale, false, log), path);
  const db = openDatabase(path);
  const accounts = accountRepository(db);
  const token = accounts.createWallToken('soak wall').token;
  accounts.create({ username: 'soakplanner', displayName: 'soak', role: 'planner', branchId: null, passwordHash: await hashPassword('soak-planner-pw', { N: 1024, r: 8, p: 1 }) });
  const clientDir = join(dir, 'client');
  cpSync(builtClient ?? CLIENT_DIR, clientDir, { recursive: true });
  const app = await buildApp({ db, clientDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { cookie, csrf } = await signIn(origin, 'soakplanner', 'soak-planner-pw');
  return {
    origin, db, token, cookie, csrf,
    close: async () => {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with software WebGL, as the end-to-end tests run it. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Records the map's first `idle` (ms since navigation) as soon as the page creates its map (wall and desk both expose it). */
const MARK_FIRST_IDLE = `(() => {
  const watch = () => {
    const map = window.__gridmap && window.__gridmap.map;
    if (!map) return requestAnimationFrame(watch);
    map.once('idle', () => { document.documentElement.dataset.firstIdle = String(performance.now()); });
  };
  watch();
})()`;

/**
 * Opens `url` once in a fresh context (empty cache; with the session `cookie` if given) and
 * returns [first contentful paint, first map idle] in ms from navigation.
 */
export async function timeFirstPaint(browser: Browser, url: string, viewport: SoakOptions['viewport'], cookie?: string): Promise<[number, number]> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  if (cookie) {
    const at = cookie.indexOf('=');
    await context.addCookies([{ name: cookie.slice(0, at), value: cookie.slice(at + 1), url }]);
  }
  const page = await context.newPage();
  await page.addInitScript(MARK_FIRST_IDLE);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.firstIdle !== undefined, undefined, { timeout: 180_000 });
  const times = await page.evaluate(() => [
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    Number(document.documentElement.dataset.firstIdle),
  ]);
  await context.close();
  return [times[0] ?? Number.NaN, times[1] ?? Number.NaN];
}

/** Heap after a full collection, DOM nodes and event listeners, from the DevTools protocol. */
async function measure(cdp: CDPSession): Promise<{ heapMB: number; domNodes: number; listeners: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heapMB: metric('JSHeapUsedSize') / 1_048_576, domNodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Writes one change through the API: a contact with a member, or a building verified. */
async function writeChange(server: Running, n: number): Promise<void> {
  const headers = { 'content-type': 'application/json', cookie: server.cookie, 'x-csrf-token': server.csrf };
  const pick = (sql: string) => server.db.prepare(sql).pluck().get(n) as number;
  const today = dayIn(DEFAULT_TIME_ZONE);
  const [path, body] = n % 2 === 0
    ? [`/api/members/${pick("SELECT id FROM member WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET (? * 37) % 1000")}/contacts`, { date: today, method: 'phone' }]
    : ['/api/verifications', { kind: 'building', id: pick("SELECT id FROM building WHERE valid_to IS NULL AND status != 'demolished' ORDER BY id LIMIT 1 OFFSET (? * 53) % 1000") }];
  const res = await fetch(`${server.origin}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path}: HTTP ${res.status} ${await res.text()}`);
}

/** Runs the first-paint measurement and the soak; see the file comment. */
export async function runWallSoak(options: SoakOptions): Promise<SoakReport> {
  const server = await startServer(options.scale, options.clientDir);
  const browser = await launch();
  const report: SoakReport = { options, firstPaint: [], mapIdle: [], samples: [], errors: [], mapErrors: 0 };
  try {
    for (let i = 0; i < options.paintRuns; i++) {
      const [paint, idle] = await timeFirstPaint(browser, `${server.origin}/wall?wall=${server.token}&tour=off`, options.viewport);
      report.firstPaint.push(Math.round(paint));
      report.mapIdle.push(Math.round(idle));
      log(`first paint ${Math.round(paint)} ms, map idle ${Math.round(idle)} ms`);
    }
    const page: Page = await browser.newPage({ viewport: options.viewport, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => report.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') report.errors.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(`${server.origin}/wall?wall=${server.token}&interval=${options.intervalS}`);
    await page.waitForSelector('.wall[data-ready=true]', { timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    const started = Date.now();
    const end = started + options.minutes * 60_000;
    let changes = 0;
    let steps = 0;
    let lastStep = await page.getAttribute('.wall', 'data-step-index');
    let nextChange = started + options.changeEveryS * 1000;
    let nextSample = started;
    while (Date.now() < end) {
      const now = Date.now();
      if (now >= nextChange) {
        await writeChange(server, changes++);
        nextChange += options.changeEveryS * 1000;
      }
      const step = await page.getAttribute('.wall', 'data-step-index');
      if (step !== lastStep) {
        steps += 1;
        lastStep = step;
      }
      if (now >= nextSample) {
        const m = await measure(cdp);
        const serverVersion = server.db.prepare('SELECT version FROM data_version').pluck().get() as number;
        const shown = Number(await page.getAttribute('.wall', 'data-version'));
        const sample = { at: Math.round((now - started) / 1000), ...m, steps, changes, versionLag: serverVersion - shown };
        report.samples.push(sample);
        log(`${sample.at} s: heap ${m.heapMB.toFixed(1)} MB, ${m.domNodes} DOM nodes, ${m.listeners} listeners, ${steps} steps, ${changes} changes, lag ${sample.versionLag}`);
        nextSample += options.sampleEveryS * 1000;
      }
      await sleep(250);
    }
    report.mapErrors = await page.evaluate(() => window.__wall?.mapErrors ?? 0);
    await cdp.detach();
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return report;
}

/** Least-squares slope of `y` over `x` (units of y per unit of x); 0 for fewer than two points. */
export function slope(points: ReadonlyArray<[number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}

/** Tolerances of `verdict`: growth of the last quarter's mean over the second quarter's. */
export const SOAK_TOLERANCE = { heap: 0.1, dom: 0.05 } as const;

export interface SoakVerdict {
  heapGrowth: number;
  domGrowth: number;
  /** Slopes after the warm-up quarter: MB and DOM nodes per hour. */
  heapMBPerHour: number;
  domNodesPerHour: number;
  flat: boolean;
  /** Flat, no page errors and no failed tiles: what the exit code reports. */
  passed: boolean;
}

/**
 * Whether the heap and DOM stayed flat: the last quarter's mean within 10 % (heap) and 5 %
 * (DOM) of the second quarter's (the first quarter is warm-up: tiles cached, code compiled);
 * and whether the run passed (flat, no errors logged, no tile failed).
 */
export function verdict(report: SoakReport): SoakVerdict {
  const s = report.samples;
  const q = Math.max(1, Math.floor(s.length / 4));
  const mean = (xs: SoakSample[], f: (x: SoakSample) => number) => xs.reduce((sum, x) => sum + f(x), 0) / Math.max(1, xs.length);
  const early = s.slice(q, 2 * q);
  const late = s.slice(-q);
  const heapGrowth = mean(late, (x) => x.heapMB) / mean(early, (x) => x.heapMB) - 1;
  const domGrowth = mean(late, (x) => x.domNodes) / mean(early, (x) => x.domNodes) - 1;
  const warm = s.slice(q);
  const heapMBPerHour = slope(warm.map((x) => [x.at / 3600, x.heapMB]));
  const domNodesPerHour = slope(warm.map((x) => [x.at / 3600, x.domNodes]));
  const flat = heapGrowth < SOAK_TOLERANCE.heap && domGrowth < SOAK_TOLERANCE.dom;
  return { heapGrowth, domGrowth, heapMBPerHour, domNodesPerHour, flat, passed: flat && report.errors.length === 0 && report.mapErrors === 0 };
}

/** The report as Markdown. */
export function renderSoakReport(r: SoakReport): string {
  const o = r.options;
  const v = verdict(r);
  const every = Math.max(1, Math.ceil(r.samples.length / 12));
  const rows = r.samples.filter((_, i) => i % every === 0 || i === r.samples.length - 1);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
  return [
    `### Wall soak (${o.scale}, ${o.viewport.width}×${o.viewport.height}, ${o.minutes} min, a step every ${o.intervalS} s, a change every ${o.changeEveryS} s)`,
    '',
    r.firstPaint.length === 0
      ? 'First paint not timed (--paint-runs 0).'
      : `First contentful paint: median ${median(r.firstPaint)} ms (runs: ${r.firstPaint.join(', ')}); map idle: median ${median(r.mapIdle)} ms (runs: ${r.mapIdle.join(', ')}).`,
    '',
    '| time | JS heap (after GC) | DOM nodes | listeners | tour steps | changes | versions behind |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((x) => `| ${Math.floor(x.at / 60)}:${String(x.at % 60).padStart(2, '0')} | ${x.heapMB.toFixed(1)} MB | ${x.domNodes} | ${x.listeners} | ${x.steps} | ${x.changes} | ${x.versionLag} |`),
    '',
    `Heap ${pct(v.heapGrowth)}, DOM nodes ${pct(v.domGrowth)} (last quarter against the second; tolerance ${pct(SOAK_TOLERANCE.heap)}, ${pct(SOAK_TOLERANCE.dom)}): ${v.flat ? 'flat' : 'GROWING'}; ` +
      `slope after warm-up ${v.heapMBPerHour.toFixed(2)} MB/h, ${v.domNodesPerHour.toFixed(0)} nodes/h. ` +
      `Errors logged by the page: ${r.errors.length}${r.errors.length ? ` (${[...new Set(r.errors)].slice(0, 5).join('; ')})` : ''}. Map errors (tiles that failed): ${r.mapErrors}.`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '60' },
      scale: { type: 'string', default: 'demo' },
      interval: { type: 'string', default: '8' },
      'change-every': { type: 'string', default: '4' },
      'sample-every': { type: 'string', default: '30' },
      width: { type: 'string', default: '1920' },
      height: { type: 'string', default: '1080' },
      'paint-runs': { type: 'string', default: '3' },
      client: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const number = (name: string, text: string | undefined, min: number): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got "${text}".`);
    return n;
  };
  if (values.scale !== 'demo' && values.scale !== 'district') throw new Error(`--scale must be demo or district, got "${values.scale}".`);
  const report = await runWallSoak({
    minutes: number('minutes', values.minutes, 0.5),
    scale: values.scale,
    intervalS: number('interval', values.interval, 3),
    changeEveryS: number('change-every', values['change-every'], 1),
    sampleEveryS: number('sample-every', values['sample-every'], 5),
    viewport: { width: number('width', values.width, 320), height: number('height', values.height, 240) },
    paintRuns: number('paint-runs', values['paint-runs'], 0),
    ...(values.client ? { clientDir: values.client } : {}),
  });
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
  process.stdout.write(`${renderSoakReport(report)}\n`);
  process.exitCode = verdict(report).passed ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`wall-soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  });
}
