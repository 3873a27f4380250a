/**
 * What the planner's buttons do over HTTP, keeping the store in step: load (and reload after a
 * change) the base, footprints and grids; save, open, discard, rebase and apply plans; lock and
 * unlock branches. Each throws the server's message (an `ApiRequestError`) for the button to show.
 */
import type { Feature, Polygon } from 'geojson';
import type { RebaseReport } from '../../../shared/planner/conflicts';
import type { BuildingProps } from '../../../shared/api';
import { fetchAsOfRange, fetchLayer, fetchMeta } from '../api/client';
import { ApiRequestError, expectObject, getJson } from '../api/http';
import { areasOnly } from '../api/load';
import {
  applyStoredPlan,
  createPlan,
  discardPlan,
  fetchPlan,
  fetchPlanConflicts,
  fetchPlanPreview,
  fetchPlannerBase,
  lockBranch,
  rebaseStoredPlan,
  savePlan,
  unlockBranch,
  type ApplyAnswer,
  type StoredPlan,
} from '../api/planner';
import { EMPTY_PLAN, planSeenToSave } from '../state/plannerSlice';
import type { AppStore } from '../state/store';
import { selectAnalysis } from './derive';
import { EffectiveDayRefused } from './failures';
import { branchLabel, withGoneNames } from './labels';

/**
 * Loads the base, the footprints, the grids, the data version and the server's calendar (today
 * and the first day with history: the days an apply may take effect on) into the store.
 */
export async function loadPlanner(store: AppStore, signal?: AbortSignal): Promise<void> {
  const [base, buildings, branches, communities, meta, range] = await Promise.all([
    fetchPlannerBase(signal),
    fetchLayer('buildings', signal),
    fetchLayer('branches', signal),
    fetchLayer('communities', signal),
    fetchMeta(signal),
    fetchAsOfRange(signal),
  ]);
  const s = store.getState();
  s.setAsOfRange(range);
  s.setPlannerBase(base);
  const footprints = buildings.features.filter((f): f is Feature<Polygon, BuildingProps> => f.geometry?.type === 'Polygon');
  s.setPlannerFootprints({ type: 'FeatureCollection', features: footprints });
  // The dashboard shares these: after an apply it shows the new grid without a reload.
  s.setOverlay('branches', areasOnly(branches));
  s.setOverlay('communities', areasOnly(communities));
  s.setMeta(meta);
}

const draftOf = (p: StoredPlan) => ({ id: p.id, name: p.name, revision: p.revision });

/**
 * Stores the plan under `name`: a new draft the first time, the same draft after. What it saw
 * is what its steps saw when painted, even of a base reloaded since (see `planSeen`).
 */
export async function savePlanAs(store: AppStore, name: string): Promise<StoredPlan> {
  const s = store.getState();
  const seen = planSeenToSave(s);
  const stored = s.planDraft ? await savePlan(s.planDraft.id, name, s.plan, seen, s.planDraft.revision) : await createPlan(name, s.plan, seen);
  store.getState().setPlanDraft(draftOf(stored));
  return stored;
}

/** Opens a stored draft: its steps (and cursor) become the plan. */
export async function openStoredPlan(store: AppStore, id: number): Promise<void> {
  const stored = await fetchPlan(id);
  store.getState().openPlan(stored.body, draftOf(stored));
  store.getState().setPlannerSelection([]);
}

/** Discards the open draft and starts an empty plan. */
export async function discardOpenPlan(store: AppStore): Promise<void> {
  const draft = store.getState().planDraft;
  if (draft) await discardPlan(draft.id, draft.revision);
  store.getState().openPlan(EMPTY_PLAN, null);
}

/**
 * Of the branches `ids`, those founded on `on` (their first period starts that day): the ones a
 * plan taking effect on `on` cannot dissolve.
 */
async function foundedOn(ids: readonly number[], on: string): Promise<number[]> {
  const firsts = await Promise.all(ids.map(async (id) => {
    const path = `/api/planner/branches/${id}/history`;
    const { periods } = expectObject<{ periods: { validFrom: string }[] }>(await getJson(path), `GET ${path}`, 'periods');
    return periods[0]?.validFrom;
  }));
  return ids.filter((_, i) => firsts[i] === on);
}

/**
 * Saves what is unsaved, then applies the draft in one transaction, taking effect on
 * `effectiveOn` (the server's today when not given). A grid that moved meanwhile is a conflict:
 * what changed, record by record, goes to the store (the page words it in the UI's language and
 * offers a rebase) and null comes back. The base is reloaded then, so the map and totals show
 * the plan on the grid as it now stands and a branch founded meanwhile has its name; the draft
 * keeps what it saw, so applying it again is refused until it is rebased. A day refused (a
 * dissolved branch founded that day, a day out of range) throws `EffectiveDayRefused`.
 */
export async function applyOpenPlan(store: AppStore, name: string, effectiveOn?: string): Promise<ApplyAnswer | null> {
  const s = store.getState();
  const today = s.asOfRange?.today ?? s.today;
  const on = effectiveOn ?? today;
  const draft = !s.planDraft || s.planDirty ? draftOf(await savePlanAs(store, name)) : s.planDraft;
  try {
    const answer = await applyStoredPlan(draft.id, draft.revision, on);
    store.getState().openPlan(EMPTY_PLAN, null);
    store.getState().setPlannerSelection([]);
    await loadPlanner(store);
    return answer;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 409 && error.field === 'seen') {
      const before = s.plannerBase?.prepared ?? null;
      const conflicts = await fetchPlanConflicts(draft.id);
      // A preview was drawn on the older grid.
      store.getState().setPlanPreview(null);
      try {
        await loadPlanner(store);
      } finally {
        // Shown once the grid it names has loaded (or, should that fail, with the grid at hand).
        // Branches dissolved meanwhile are named from the grid the plan was drawn on.
        store.getState().setPlanConflict(withGoneNames(before, conflicts));
      }
      return null;
    }
    const dissolved = [...(selectAnalysis(s)?.structure.dissolved.keys() ?? [])];
    if (error instanceof ApiRequestError && error.field === 'effectiveOn') {
      if (error.status !== 409) throw new EffectiveDayRefused('outOfRange', on, today);
      // A refusal this page cannot tie to a branch it dissolves keeps the server's words.
      if (dissolved.length === 0) throw error;
      // The server names one branch; the page names every branch the plan dissolves that was founded that day.
      const founded = await foundedOn(dissolved, on).catch(() => dissolved);
      const names = (founded.length > 0 ? founded : dissolved).map((id) => {
        const b = s.plannerBase?.prepared.branches.get(id);
        return b ? branchLabel(b) : `#${id}`;
      });
      throw new EffectiveDayRefused('sameDayEnd', on, today, names);
    }
    throw error;
  }
}

/** Carries the draft onto the current grid (after a conflict) and reloads the base it now stands on. */
export async function rebaseOpenPlan(store: AppStore): Promise<RebaseReport> {
  const draft = store.getState().planDraft;
  if (!draft) throw new Error('Save the plan first.');
  const { plan, report } = await rebaseStoredPlan(draft.id, draft.revision);
  await loadPlanner(store);
  store.getState().openPlan(plan.body, draftOf(plan));
  return report;
}

/** Asks the server to draw the plan's grids (with the codes new grids would get) and keeps them for the map. */
export async function previewOpenPlan(store: AppStore): Promise<void> {
  const plan = store.getState().plan;
  const grids = await fetchPlanPreview(plan);
  store.getState().setPlanPreview({ plan, grids });
}

/** Locks (or unlocks) a branch, then reloads the base so the lock shows. */
export async function setBranchLock(store: AppStore, branchId: number, lock: boolean, note = ''): Promise<void> {
  if (lock) await lockBranch(branchId, note);
  else await unlockBranch(branchId);
  await loadPlanner(store);
}
