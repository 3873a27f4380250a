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
 *   coverage read after it; the apply also side by side with the same moves in plain SQL
 *   (bench/baselines/plain-apply.ts), interleaved, printed as a second table with the ratio.
 * The benchmark databases (bench/out, built by `npm run bench` if missing) are copied to
 * temporary files first: applying writes, and benchmarks leave their inputs alone.
 */
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
import { benchMoves, firstApplyDay, plainApplier, type PlainMove } from './baselines/plain-apply';
import { addDays } from '../shared/as-of/days';
import { dataSize, ensureDatabase, SCALES, type Scale } from './lib/datasets';
import { collectGarbage } from './lib/gc';
import { interleave, timeOnce, type PairSamples, type Side } from './lib/interleave';
import { ms } from './lib/report';
import { pairedRatio, summarise } from './lib/stats';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, scale: { type: 'string', multiple: true } } });
const quick = values.quick ?? false;
const scales = (values.scale ?? [...SCALES]) as Scale[];
const log = (line: string): void => {
  process.stderr.write(`[bench:planner] ${line}\n`);
};

interface Row { scale: Scale; figure: string; samples: number[]; aim?: number; note?: string }
const rows: Row[] = [];
/** A candidate timed against its baseline in interleaved pairs. */
interface Comparison { scale: Scale; figure: string; data: string; candidate: string; baseline: string; samples: PairSamples }
const comparisons: Comparison[] = [];

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
 * Applying ~200 building moves through the real app, against the same moves in plain SQL
 * (bench/baselines/plain-apply.ts), each on its own copy of the database so both start from
 * the same data and make the same moves on the same days: there and back, round after round.
 * The first apply (which builds the cells of the touched communities) is timed on its own;
 * then the two sides run in interleaved pairs. Creating each plan and the coverage read
 * after each apply are outside the apply's timing.
 */
async function apply(scale: Scale, source: string, dir: string, p: PreparedBase): Promise<void> {
  const realPath = join(dir, `${scale}-apply.db`);
  const plainPath = join(dir, `${scale}-plain.db`);
  copyFileSync(source, realPath);
  copyFileSync(source, plainPath);
  const db = openDatabase(realPath);
  const plainDb = openDatabase(plainPath);
  const app = await buildApp({ db });
  try {
    await accountRepository(db).create({ username: 'bench-planner', displayName: 'bench', role: 'planner', branchId: null, passwordHash: await hashPassword('bench-planner-pw', { N: 1024, r: 8, p: 1 }) });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench-planner', password: 'bench-planner-pw' } });
    const cookie = `gridmap_session=${login.cookies.find((c) => c.name === 'gridmap_session')?.value}`;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
    const moves = benchMoves(db, p);
    const round = (k: number): readonly PlainMove[] => (k % 2 === 0 ? moves.forward : moves.back);
    // Round k takes effect on day k from the first day the data allows; none may be in the future.
    const firstDay = firstApplyDay(db);
    const applyDay = (k: number): string => addDays(firstDay, k);
    if (applyDay(40) > app.today()) throw new Error(`the data's latest period starts ${firstDay}: too close to today (${app.today()}) for 40 rounds of applies`);
    const firstRead: number[] = [];

    // The real side: round k is a stored plan (created untimed) applied from day k.
    let realRound = 0;
    let planId = 0;
    const create = async (): Promise<void> => {
      const ops = round(realRound).map((m) => ({ op: 'assign' as const, buildingIds: [...m.buildingIds], to: m.to }));
      const created = await app.inject({ method: 'POST', url: '/api/planner/plans', headers, payload: { name: `bench ${realRound}`, plan: { steps: [{ ops }] } } });
      if (created.statusCode !== 201) throw new Error(`plan not created: ${created.body.slice(0, 300)}`);
      planId = created.json().id as number;
      collectGarbage();
    };
    const applyPlan = async (): Promise<void> => {
      const res = await app.inject({ method: 'POST', url: `/api/planner/plans/${planId}/apply`, headers, payload: { expectedRevision: 1, effectiveOn: applyDay(realRound) } });
      if (res.statusCode !== 200) throw new Error(`apply failed: ${res.body.slice(0, 300)}`);
    };
    const readAfter = async (): Promise<void> => {
      const read = await timeAsync(() => app.inject({ url: '/api/coverage?level=subdistrict', headers }));
      if (read.value.statusCode !== 200) throw new Error(`coverage read failed: ${read.value.statusCode}`);
      firstRead.push(read.ms);
      realRound += 1;
    };
    // The plain side: the same moves on the same days in its own copy.
    const plainApply = plainApplier(plainDb);
    let plainRound = 0;
    const plain: Side = {
      before: collectGarbage,
      run: () => plainApply(round(plainRound), applyDay(plainRound)),
      after: () => {
        plainRound += 1;
      },
    };

    const first = await timeOnce({ before: create, run: applyPlan, after: readAfter });
    await timeOnce(plain);
    const pairs = await interleave({ before: create, run: applyPlan, after: readAfter }, plain, { iterations: quick ? 3 : 15, warmup: 1 });
    if (realRound !== plainRound) throw new Error(`the sides made ${realRound} and ${plainRound} rounds`);
    const branchOf = (d: Database) => d.prepare('SELECT id, branch_id FROM building ORDER BY id').all();
    if (JSON.stringify(branchOf(db)) !== JSON.stringify(branchOf(plainDb))) throw new Error('the two copies disagree on building assignments after the benchmark');

    const count = moves.forward.reduce((s, m) => s + m.buildingIds.length, 0);
    const size = dataSize(db, scale);
    rows.push({ scale, figure: `apply a ${count}-building plan (POST …/apply, one transaction)`, samples: pairs.candidate, note: `${moves.forward.length} pairs of grids; first apply (cells of their communities built on the way): ${ms(first)} ms; later ones move the same buildings back and forth` });
    rows.push({ scale, figure: 'first GET /api/coverage?level=subdistrict after the apply (model and changed topology recomputed)', samples: firstRead });
    comparisons.push({
      scale, figure: `apply ${count} building moves`,
      data: `${size.communities} communities, ${size.branches} grids, ${size.buildings} buildings, ${size.members} members`,
      candidate: 'POST …/apply', baseline: 'plain SQL, one transaction', samples: pairs,
    });
  } finally {
    await app.close();
    db.close();
    plainDb.close();
  }
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
    await apply(scale, source, dir, p);
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

if (comparisons.length > 0) {
  process.stdout.write('\n### Apply against plain SQL (interleaved pairs)\n\n| Scale | Data | Figure | Candidate | n | median ms | p95 ms | Baseline | median ms | p95 ms | Ratio (candidate ÷ baseline, median of pairs) | Pair ratios min–max |\n|---|---|---|---|--:|--:|--:|---|--:|--:|--:|--:|\n');
  for (const c of comparisons) {
    const cand = summarise(c.samples.candidate);
    const base = summarise(c.samples.baseline);
    // Arguments swapped: pairedRatio gives baseline ÷ candidate, and here the candidate is the slower side.
    const ratio = pairedRatio(c.samples.baseline, c.samples.candidate);
    const each = c.samples.candidate.map((t, i) => t / Math.max(c.samples.baseline[i] ?? 0, 1e-6));
    process.stdout.write(`| ${c.scale} | ${c.data} | ${c.figure} | ${c.candidate} | ${cand.n} | ${ms(cand.median)} | ${ms(cand.p95)} | ${c.baseline} | ${ms(base.median)} | ${ms(base.p95)} | ${ratio.toFixed(1)}× | ${Math.min(...each).toFixed(1)}–${Math.max(...each).toFixed(1)}× |\n`);
  }
}
