/**
 * `npm run bench -- planner-client [demo|district]`
 *
 * What the planner's page derives on every painting change, against the shared evaluator
 * alone (the baseline, run side by side): paints neighbourhoods one stroke at a time through
 * the real client store, timing per stroke `evaluatePlan` and then everything the page derives
 * (the analysis, the colours of touched buildings, the selection's figures). In-memory
 * database with the real migrations and the generated dataset of the scale.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/open';
import { generateDataset } from '../server/seed/generate';
import { loadDataset } from '../server/seed/load';
import { plannerBaseRepository } from '../server/planner/base-repository';
import { createAppStore } from '../client/src/state/store';
import { selectAnalysis, selectPlannedColours, selectSelectionFigures } from '../client/src/planner/derive';
import { evaluatePlan } from '../shared/planner/evaluate';
import { expandSelection } from '../shared/planner/selection';
import { assignStep } from '../client/src/planner/painting';
import { DEFAULT_RULES } from '../shared/rules/config';

const scale = process.argv[2] === 'demo' ? 'demo' : 'district';
const STROKES = 30;

const db = openDatabase(':memory:');
loadDataset(db, generateDataset({ scale }));
const base = plannerBaseRepository(db).read();
const store = createAppStore();
store.getState().setPlannerBase({ ...base, rules: DEFAULT_RULES });
const prepared = store.getState().plannerBase?.prepared;
if (!prepared) throw new Error('The planner base did not load; check plannerBaseRepository on this database.');

const evaluateMs: number[] = [];
const pageMs: number[] = [];
for (const [k, n] of base.neighbourhoods.slice(0, STROKES).entries()) {
  const first = base.buildings.find((b) => b.neighbourhoodId === n.id);
  if (!first) continue;
  const ids = expandSelection(prepared, [first.id]);
  const branches = prepared.branchesByCommunity.get(n.communityId) ?? [];
  const to = branches[k % Math.max(1, branches.length)] ?? null;
  const { step } = assignStep(prepared, store.getState().plan, ids, to, `stroke ${k}`);
  if (!step) continue;
  store.getState().setPlannerSelection(ids);
  store.getState().addPlanStep(step);
  let t = performance.now();
  evaluatePlan(prepared, store.getState().plan, DEFAULT_RULES);
  evaluateMs.push(performance.now() - t);
  t = performance.now();
  const s = store.getState();
  selectAnalysis(s);
  selectPlannedColours(s);
  selectSelectionFigures(s);
  pageMs.push(performance.now() - t);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}
const row = (label: string, ms: number[]): string =>
  `| ${scale} | ${base.buildings.length} | ${label} | ${quantile(ms, 0.5).toFixed(2)} | ${quantile(ms, 0.95).toFixed(2)} |\n`;
process.stdout.write(`| scale | buildings | figure (${evaluateMs.length} strokes) | median ms | p95 ms |\n|---|--:|---|--:|--:|\n`);
process.stdout.write(row('evaluatePlan alone (baseline)', evaluateMs));
process.stdout.write(row('page per change (analysis + colours + selection figures)', pageMs));
process.stdout.write(`ratio of medians: ${(quantile(pageMs, 0.5) / quantile(evaluateMs, 0.5)).toFixed(2)}×\n`);
