/**
 * Values derived from the planner's state, memoised on the inputs' identity so components and
 * the map adapter can ask on every render: the plan's analysis (live totals, rule findings,
 * warnings, diff; the shared evaluator, well under a frame), buildings' colours before the plan
 * and those the plan changes, and the selection's figures.
 */
import type { LiaisonScope } from '../../../shared/planner/appoint';
import { analysePlan, type PlanAnalysis } from '../../../shared/planner/evaluate';
import type { PreparedBase } from '../../../shared/planner/prepare';
import type { BranchTarget, PlanBody } from '../../../shared/planner/types';
import type { AppState } from '../state/store';
import { branchColours, targetColour } from './colours';

/** Remembers the last result of `fn` for the same inputs (by identity). */
function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const analyse = memoLast((base: NonNullable<AppState['plannerBase']>, plan: PlanBody) => analysePlan(base.prepared, plan, base.rules));

/** The plan's analysis against the base, or null before the base has loaded. */
export function selectAnalysis(s: Pick<AppState, 'plannerBase' | 'plan'>): PlanAnalysis | null {
  return s.plannerBase ? analyse(s.plannerBase, s.plan) : null;
}

const NO_COLOURS: ReadonlyMap<number, string> = new Map();

const coloursOf = memoLast((p: PreparedBase) => branchColours(p));

/** Colour of each existing branch (see colours.ts); empty before the base has loaded. */
export function selectBranchColours(s: Pick<AppState, 'plannerBase'>): ReadonlyMap<number, string> {
  return s.plannerBase ? coloursOf(s.plannerBase.prepared) : NO_COLOURS;
}

const baseBuildingColours = memoLast((p: PreparedBase) => {
  const colours = coloursOf(p);
  return new Map(p.base.buildings.map((b) => [b.id, targetColour(colours, b.branchId)]));
});

/** Every building's fill as the grid stands (before the plan), by id. */
export function selectBaseBuildingColours(s: Pick<AppState, 'plannerBase'>): ReadonlyMap<number, string> {
  return s.plannerBase ? baseBuildingColours(s.plannerBase.prepared) : NO_COLOURS;
}

/** Only the buildings the plan touches: cost follows the plan, not the district (17 000 buildings). */
const plannedColours = memoLast((p: PreparedBase, analysis: PlanAnalysis) => {
  const colours = coloursOf(p);
  const before = baseBuildingColours(p);
  const out = new Map<number, string>();
  for (const id of analysis.folded.targets.keys()) {
    const fill = targetColour(colours, analysis.structure.finalOf(id));
    if (fill !== before.get(id)) out.set(id, fill);
  }
  return out;
});

/** The fill of every building whose colour the plan changes, by id; the rest keep their base fill. */
export function selectPlannedColours(s: Pick<AppState, 'plannerBase' | 'plan'>): ReadonlyMap<number, string> {
  const analysis = selectAnalysis(s);
  return s.plannerBase && analysis ? plannedColours(s.plannerBase.prepared, analysis) : NO_COLOURS;
}

export interface SelectionFigures {
  buildings: number;
  households: number;
  residents: number;
  /** Neighbourhoods the selection touches, and those it takes only part of. */
  neighbourhoods: number;
  partial: { id: number; name: string }[];
  /** Where the selected buildings stand now (after the plan), with how many. */
  owners: { to: BranchTarget; buildings: number }[];
}

const selectionFigures = memoLast((p: PreparedBase, analysis: PlanAnalysis, ids: readonly number[]): SelectionFigures => {
  const byNeighbourhood = new Map<number, number>();
  const owners = new Map<BranchTarget, number>();
  let households = 0;
  let residents = 0;
  for (const id of ids) {
    const b = p.buildings.get(id);
    if (!b) continue;
    households += b.households;
    residents += b.residents;
    if (b.neighbourhoodId !== null) byNeighbourhood.set(b.neighbourhoodId, (byNeighbourhood.get(b.neighbourhoodId) ?? 0) + 1);
    const to = analysis.structure.finalOf(id);
    owners.set(to, (owners.get(to) ?? 0) + 1);
  }
  const partial = [...byNeighbourhood]
    .filter(([n, count]) => count < (p.buildingsByNeighbourhood.get(n)?.length ?? 0))
    .map(([id]) => ({ id, name: p.neighbourhoods.get(id)?.name ?? String(id) }));
  return { buildings: ids.length, households, residents, neighbourhoods: byNeighbourhood.size, partial, owners: [...owners].map(([to, buildings]) => ({ to, buildings })) };
});

/** Figures of the selected buildings; null before the base has loaded. */
export function selectSelectionFigures(s: Pick<AppState, 'plannerBase' | 'plan' | 'plannerSelection'>): SelectionFigures | null {
  const analysis = selectAnalysis(s);
  return s.plannerBase && analysis ? selectionFigures(s.plannerBase.prepared, analysis, s.plannerSelection) : null;
}

/** The previewed grids if they were drawn for the plan as it is now; null when there are none or the plan has changed since. */
export function selectPreviewGrids(s: Pick<AppState, 'plan' | 'planPreview'>): NonNullable<AppState['planPreview']>['grids'] | null {
  return s.planPreview && s.planPreview.plan === s.plan ? s.planPreview.grids : null;
}

/** The unit a selection stands for when appointing: one building, or the one neighbourhood it lies in; null otherwise. */
export function liaisonScopeOf(p: PreparedBase | undefined, ids: readonly number[]): LiaisonScope | null {
  if (!p || ids.length === 0) return null;
  if (ids.length === 1) return { kind: 'building', id: ids[0] as number };
  const hoods = new Set(ids.map((id) => p.buildings.get(id)?.neighbourhoodId ?? null));
  const [only] = hoods;
  return hoods.size === 1 && typeof only === 'number' ? { kind: 'neighbourhood', id: only } : null;
}

/** The selection's appointing scope as a string, so the store hands components something stable to compare. */
export const selectLiaisonScopeKey = (s: AppState): string => {
  const scope = liaisonScopeOf(s.plannerBase?.prepared, s.plannerSelection);
  return scope ? `${scope.kind}:${scope.id}` : '';
};
