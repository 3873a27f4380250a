/**
 * `npx tsx bench/planner.ts [--quick] [--scale demo|district]…`
 *
 * Benchmarks of the planner's workspace (issue "Planner's workspace"), printed as a Markdown
 * table on stdout (progress on stderr):
 * - live totals: `evaluatePlan` after each painting stroke of a growing plan, then while
 *   undoing and redoing through it (aim ≤ 16 ms at district scale);
 * - the base: reading it from SQLite, indexing it (`prepareBase`), its JSON size;
 * - grid polygons of the largest community: partitioning it into cells from scratch, all its
 *   grids from stored cells, and the grids one stroke changes;
 * - applying a 200-building plan through the real app (`POST …/apply`), and the first
 *   coverage read after it.
 * The benchmark databases (bench/out, built by `npm run bench` if missing) are copied to a
 * temporary file first: applying writes, and benchmarks leave their inputs alone.
 */
import * as turf from '@turf/turf';
import type { Database } from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app';
import { hashPassword } from '../server/auth/passwords';
import { openDatabase } from '../server/db/open';
import { plannerBaseRepository } from '../server/planner/base-repository';
import { cellRepository } from '../server/planner/cells-repository';
import { accountRepository } from '../server/repositories/accounts';
import { evaluatePlan } from '../shared/planner/evaluate';
import { gridPolygons, reassignCells } from '../shared/planner/grid-geometry';
import { prepareBase, type PreparedBase } from '../shared/planner/prepare';
import { expandSelection } from '../shared/planner/selection';
import type { PlanStep } from '../shared/planner/types';
import { DEFAULT_RULES } from '../shared/rules/config';
import { ensureDatabase, SCALES, type Scale } from './lib/datasets';
import { collectGarbage } from './lib/gc';
import { ms } from './lib/report';
import { summarise } from './lib/stats';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, scale: { type: 'string', multiple: true } } });
const quick = values.quick ?? false;
const scales = (values.scale ?? [...SCALES]) as Scale[];
const log = (line: string): void => {
  process.stderr.write(`[bench:planner] ${line}\n`);
};

interface Row { scale: Scale; figure: string; samples: number[]; aim?: number; note?: string }
const rows: Row[] = [];

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** Strokes across the data: each paints one neighbourhood (of one grid) into another grid of its community. */
function strokes(p: PreparedBase, count: number): PlanStep[] {
  const withNeighbourhood = p.base.buildings.filter((b) => b.neighbourhoodId !== null && b.branchId !== null);
  const stride = Math.max(1, Math.floor(withNeighbourhood.length / count));
  const out: PlanStep[] = [];
  for (let k = 0; out.length < count && k < withNeighbourhood.length; k += stride) {
    const b = withNeighbourhood[k];
    const siblings = b?.communityId == null ? [] : (p.branchesByCommunity.get(b.communityId) ?? []).filter((id) => id !== b.branchId);
    const to = siblings[k % Math.max(1, siblings.length)];
    if (!b || to === undefined) continue;
    out.push({ label: `stroke ${out.length}`, ops: [{ op: 'assign', buildingIds: expandSelection(p, [b.id]), to }] });
  }
  return out;
}

function liveTotals(scale: Scale, p: PreparedBase): void {
  const plan = strokes(p, quick ? 30 : 80);
  const samples: number[] = [];
  for (let s = 1; s <= plan.length; s++) samples.push(time(() => evaluatePlan(p, { steps: plan.slice(0, s) }, DEFAULT_RULES)).ms);
  // Undo all the way down, then redo back up: the cursor moves, the steps stay.
  for (let c = plan.length - 1; c >= 0; c--) samples.push(time(() => evaluatePlan(p, { steps: plan, cursor: c }, DEFAULT_RULES)).ms);
  const painted = new Set(plan.flatMap((s) => s.ops.flatMap((o) => (o.op === 'assign' ? o.buildingIds : []))));
  rows.push({ scale, figure: 'live totals per selection change (evaluatePlan)', samples, aim: 16, note: `plans of 1–${plan.length} strokes (${painted.size} buildings at most), painting then undoing` });
}

function geometry(scale: Scale, db: Database, p: PreparedBase): number {
  const cells = cellRepository(db);
  const current = new Set(p.branches.keys());
  const [communityId] = [...p.buildingsByCommunity].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (communityId === undefined) throw new Error('no community with buildings');
  const own = (p.buildingsByCommunity.get(communityId) ?? []).map((id) => p.buildings.get(id)).filter((b) => b !== undefined);
  const forget = db.prepare('DELETE FROM planner_cell_build WHERE community_id = ?');
  const build: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    forget.run(communityId);
    build.push(time(() => cells.ensure(communityId, own, current)).ms);
  }
  const stored = cells.ensure(communityId, own, current);
  const grids = new Set(p.branchesByCommunity.get(communityId) ?? []);
  rows.push({ scale, figure: `partition a community into cells (Voronoi, clip, node): ${own.length} buildings`, samples: build });
  rows.push({ scale, figure: `all ${grids.size} grid polygons of that community from stored cells`, samples: Array.from({ length: quick ? 5 : 20 }, () => time(() => gridPolygons(stored, grids)).ms) });
  const stroke = strokes(p, 400).find((s) => s.ops.some((o) => o.op === 'assign' && o.buildingIds.every((id) => p.buildings.get(id)?.communityId === communityId)));
  const op = stroke?.ops[0];
  if (op?.op === 'assign' && typeof op.to === 'number') {
    const to = op.to;
    const redraw = () => {
      const moved = reassignCells(stored, new Map(op.buildingIds.map((id) => [id, to])), new Set());
      return gridPolygons(stored.map((c) => ({ ...c, owner: moved.owners.get(c.id) ?? c.owner })), moved.changed);
    };
    rows.push({ scale, figure: 'redraw the grids one stroke changes (cells reassigned, 2 unions)', samples: Array.from({ length: quick ? 5 : 20 }, () => time(redraw).ms) });
  }
  return communityId;
}

/**
 * About 200 buildings: pairs of grids (A, B) of one community, community after community; up
 * to 20 of A's buildings nearest B's middle go to B (A keeps at least 5, so none is dissolved).
 */
function twoHundred(p: PreparedBase, centres: Map<number, number[]>): { buildingIds: number[]; to: number }[] {
  const out: { buildingIds: number[]; to: number }[] = [];
  let total = 0;
  for (const [, branchIds] of p.branchesByCommunity) {
    for (let k = 0; k + 1 < branchIds.length && total < 200; k += 2) {
      const a = branchIds[k] as number;
      const b = branchIds[k + 1] as number;
      const centre = centres.get(b);
      const mine = p.base.buildings.filter((x) => x.branchId === a);
      const take = Math.min(20, mine.length - 5, 200 - total);
      if (!centre || take <= 0) continue;
      const nearest = mine.sort((x, y) => turf.distance(x.at, centre) - turf.distance(y.at, centre)).slice(0, take).map((x) => x.id);
      out.push({ buildingIds: nearest, to: b });
      total += nearest.length;
    }
  }
  return out;
}

async function apply(scale: Scale, db: Database, p: PreparedBase): Promise<void> {
  const app = await buildApp({ db });
  await accountRepository(db).create({ username: 'bench-planner', displayName: 'bench', role: 'planner', branchId: null, passwordHash: await hashPassword('bench-planner-pw', { N: 1024, r: 8, p: 1 }) });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench-planner', password: 'bench-planner-pw' } });
  const cookie = `gridmap_session=${login.cookies.find((c) => c.name === 'gridmap_session')?.value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
  const centres = new Map((db.prepare('SELECT id, (min_lng + max_lng) / 2 AS x, (min_lat + max_lat) / 2 AS y FROM grid_branch WHERE valid_to IS NULL').all() as { id: number; x: number; y: number }[]).map((g) => [g.id, [g.x, g.y]]));
  const moves = twoHundred(p, centres);
  const back = moves.map((m) => ({ buildingIds: m.buildingIds, to: p.buildings.get(m.buildingIds[0] as number)?.branchId as number }));
  const samples: number[] = [];
  const firstRead: number[] = [];
  let day = 1;
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const ops = (i % 2 === 0 ? moves : back).map((m) => ({ op: 'assign' as const, ...m }));
    const created = await app.inject({ method: 'POST', url: '/api/planner/plans', headers, payload: { name: `bench ${i}`, plan: { steps: [{ ops }] } } });
    const on = `2026-01-${String(day++).padStart(2, '0')}`;
    collectGarbage();
    const res = await timeAsync(() => app.inject({ method: 'POST', url: `/api/planner/plans/${created.json().id}/apply`, headers, payload: { expectedRevision: 1, effectiveOn: on } }));
    if (res.value.statusCode !== 200) throw new Error(`apply failed: ${res.value.body.slice(0, 300)}`);
    samples.push(res.ms);
    const read = await timeAsync(() => app.inject({ url: '/api/coverage?level=subdistrict', headers }));
    if (read.value.statusCode !== 200) throw new Error(`coverage read failed: ${read.value.statusCode}`);
    firstRead.push(read.ms);
  }
  const count = moves.reduce((s, m) => s + m.buildingIds.length, 0);
  rows.push({ scale, figure: `apply a ${count}-building plan (POST …/apply, one transaction)`, samples: samples.slice(1), note: `${moves.length} pairs of grids; first apply (cells of their communities built on the way): ${ms(samples[0] ?? 0)} ms; later ones move the same buildings back and forth` });
  rows.push({ scale, figure: 'first GET /api/coverage?level=subdistrict after the apply (model and changed topology recomputed)', samples: firstRead });
  await app.close();
}

for (const scale of scales) {
  const source = ensureDatabase(scale, false, log);
  const dir = mkdtempSync(join(tmpdir(), 'gridmap-planner-bench-'));
  const path = join(dir, `${scale}.db`);
  copyFileSync(source, path);
  const db = openDatabase(path);
  try {
    log(`${scale}: base`);
    const reads = Array.from({ length: quick ? 2 : 5 }, () => time(() => plannerBaseRepository(db).read()));
    const base = reads[0]?.value;
    if (!base) throw new Error('no base');
    rows.push({ scale, figure: 'read the planner base from SQLite', samples: reads.map((r) => r.ms), note: `${base.buildings.length} buildings, ${base.members.length} members; ${(JSON.stringify(base).length / 1e6).toFixed(1)} MB as JSON` });
    rows.push({ scale, figure: 'index it for live totals (prepareBase, once per load)', samples: Array.from({ length: quick ? 3 : 10 }, () => time(() => prepareBase(base)).ms) });
    const p = prepareBase(base);
    log(`${scale}: live totals`);
    liveTotals(scale, p);
    log(`${scale}: geometry`);
    geometry(scale, db, p);
    log(`${scale}: apply`);
    await apply(scale, db, p);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write(`### Planner's workspace${quick ? ' (quick: rough figures)' : ''}\n\n| Scale | Figure | n | median ms | p95 ms | Aim / note |\n|---|---|--:|--:|--:|---|\n`);
for (const r of rows) {
  const s = summarise(r.samples);
  const aim = r.aim === undefined ? '' : `aim ≤ ${r.aim} ms: ${s.median <= r.aim ? 'met' : 'MISSED'}`;
  process.stdout.write(`| ${r.scale} | ${r.figure} | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${[aim, r.note ?? ''].filter(Boolean).join('; ')} |\n`);
}
