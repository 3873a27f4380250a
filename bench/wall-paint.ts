/**
 * `npm run bench -- wall-paint [--runs 5] [--scale demo|district]… [--width 1920 --height 1080] [--client DIR]`
 *
 * First paint to map idle on the command-centre wall, at demo and district scale, against
 * a baseline on the same data and server: the desk dashboard as a viewer (the sub-district
 * map without personal data) opened the same way. Each run opens the page afresh in a new
 * browser context (empty cache) and times first contentful paint and the map's first `idle`
 * (every tile it asked for drawn), in ms from navigation. Wall and desk runs alternate, so
 * noise from other work on the machine lands on both; the ratio is the median of per-pair
 * ratios. Prints a Markdown table on stdout, progress on stderr. `--client` serves an
 * already built client instead of building dist/client.
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '../server/auth/passwords';
import { accountRepository } from '../server/repositories/accounts';
import { dataSize, SCALES, type Scale } from './lib/datasets';
import { pairedRatio, summarise } from './lib/stats';
import { launch, signIn, startServer, timeFirstPaint } from './wall-soak';

const log = (line: string): void => {
  process.stderr.write(`[wall-paint] ${line}\n`);
};

interface Side {
  paint: number[];
  idle: number[];
}

interface ScaleResult {
  scale: Scale;
  size: string;
  wall: Side;
  desk: Side;
}

const VIEWER = { username: 'paintviewer', password: 'paint-viewer-pw' };

/** Opens the wall and the desk `runs` times each, alternating which goes first. */
async function measureScale(scale: Scale, runs: number, viewport: { width: number; height: number }, clientDir: string | undefined): Promise<ScaleResult> {
  const server = await startServer(scale, clientDir);
  const browser = await launch();
  try {
    accountRepository(server.db).create({
      username: VIEWER.username, displayName: 'paint', role: 'viewer', branchId: null,
      passwordHash: await hashPassword(VIEWER.password, { N: 1024, r: 8, p: 1 }),
    });
    const { cookie } = await signIn(server.origin, VIEWER.username, VIEWER.password);
    const size = dataSize(server.db, scale);
    const wallUrl = `${server.origin}/wall?wall=${server.token}&tour=off`;
    const result: ScaleResult = {
      scale,
      size: `${size.communities} communities, ${size.branches} grids, ${size.buildings} buildings, ${size.members} members`,
      wall: { paint: [], idle: [] },
      desk: { paint: [], idle: [] },
    };
    const wall = async () => {
      const [paint, idle] = await timeFirstPaint(browser, wallUrl, viewport);
      result.wall.paint.push(paint);
      result.wall.idle.push(idle);
    };
    const desk = async () => {
      const [paint, idle] = await timeFirstPaint(browser, `${server.origin}/`, viewport, cookie);
      result.desk.paint.push(paint);
      result.desk.idle.push(idle);
    };
    // One untimed opening of each first: the server's caches and Chromium's compiled code warm.
    await timeFirstPaint(browser, wallUrl, viewport);
    await timeFirstPaint(browser, `${server.origin}/`, viewport, cookie);
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        await wall();
        await desk();
      } else {
        await desk();
        await wall();
      }
      log(`${scale} run ${i + 1}: wall idle ${Math.round(result.wall.idle.at(-1) ?? 0)} ms, desk idle ${Math.round(result.desk.idle.at(-1) ?? 0)} ms`);
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (x: number): string => `${Math.round(x).toLocaleString('en')} ms`;

/** "median (min–max)" of `samples`. */
function spread(samples: readonly number[]): string {
  const s = summarise(samples);
  return `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
}

function render(results: ScaleResult[], runs: number, viewport: { width: number; height: number }): string {
  return [
    `### Wall first paint to map idle (${viewport.width}×${viewport.height}, ${runs} runs per side, fresh context each, headless Chromium with software WebGL)`,
    '',
    '| scale | data | page | first contentful paint, median (min–max) | map idle, median (min–max) | map idle, wall ÷ desk (paired median) |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...results.flatMap((r) => [
      `| ${r.scale} | ${r.size} | wall | ${spread(r.wall.paint)} | ${spread(r.wall.idle)} | ${pairedRatio(r.desk.idle, r.wall.idle).toFixed(2)} |`,
      `| ${r.scale} | | desk dashboard (viewer), baseline | ${spread(r.desk.paint)} | ${spread(r.desk.idle)} | 1 |`,
    ]),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      scale: { type: 'string', multiple: true },
      width: { type: 'string', default: '1920' },
      height: { type: 'string', default: '1080' },
      client: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}".`);
  const scales = (values.scale ?? [...SCALES]) as string[];
  const bad = scales.filter((s) => !(SCALES as readonly string[]).includes(s));
  if (bad.length > 0) throw new Error(`--scale must be demo or district, got ${bad.join(', ')}.`);
  const viewport = { width: Number(values.width), height: Number(values.height) };
  const results: ScaleResult[] = [];
  for (const scale of scales as Scale[]) results.push(await measureScale(scale, runs, viewport, values.client));
  process.stdout.write(`${render(results, runs, viewport)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`wall-paint failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
