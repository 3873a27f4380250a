/**
 * The planner's workspace: the base being painted on (prepared once, with the rules it is
 * judged by), the plan (its steps are the undo stack), the stored draft it came from, what the
 * plan's steps saw of bases since replaced, and a conflict the server reported on apply. Live
 * totals are derived from these by `planner/derive.ts`, never stored.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import type { StateCreator } from 'zustand';
import type { BuildingProps } from '../../../shared/api';
import type { AreaGeometry } from '../../../shared/model';
import { mergeSeen, seenOf, type PlanConflicts } from '../../../shared/planner/conflicts';
import { prepareBase, type PreparedBase } from '../../../shared/planner/prepare';
import type { PlanBody, PlanSeen, PlanStep, PlannerBaseResponse } from '../../../shared/planner/types';
import type { RuleConfig } from '../../../shared/rules/config';
import type { PreviewGridProps } from '../api/planner';
import { pushStep, redoStep, undoStep } from '../planner/undo';
import type { AppState } from './store';

/** The draft on the server the plan is kept in, as last saved. */
export interface StoredDraft {
  id: number;
  name: string;
  revision: number;
}

export interface PlannerBaseState {
  prepared: PreparedBase;
  rules: RuleConfig;
}

export const EMPTY_PLAN: PlanBody = { steps: [], cursor: 0 };

export interface PlannerSlice {
  plannerBase: PlannerBaseState | null;
  /** Building footprints to paint (`/api/layers/buildings`). */
  plannerFootprints: FeatureCollection<Polygon, BuildingProps> | null;
  /** The plan being painted; steps past the cursor are the redo stack. */
  plan: PlanBody;
  planDraft: StoredDraft | null;
  /** Whether the plan has changed since it was last saved (or opened). */
  planDirty: boolean;
  /**
   * The grids the server would draw for `plan` (dashed on the map, with codes); shown only while
   * the plan is still that plan, so a stale preview never passes for the current one.
   */
  planPreview: { plan: PlanBody; grids: FeatureCollection<AreaGeometry, PreviewGridProps> } | null;
  /** What changed under the plan when apply was refused because the grid moved meanwhile. */
  planConflict: PlanConflicts | null;
  /**
   * What the plan's steps saw of bases replaced since they were painted (a lock, an unlock or
   * a refused apply reloads the base): first sight wins, so a change someone else made before
   * the reload is still a conflict on apply. Null while the plan has only seen the current base.
   * Cleared when a plan is opened, started anew, applied, discarded or rebased.
   */
  planSeen: PlanSeen | null;
  setPlannerBase: (base: PlannerBaseResponse) => void;
  setPlannerFootprints: (footprints: FeatureCollection<Polygon, BuildingProps>) => void;
  addPlanStep: (step: PlanStep) => void;
  undoPlan: () => void;
  redoPlan: () => void;
  /** Opens a stored draft (or, with null, starts a new empty plan). */
  openPlan: (plan: PlanBody, draft: StoredDraft | null) => void;
  setPlanDraft: (draft: StoredDraft) => void;
  setPlanConflict: (conflicts: PlanConflicts | null) => void;
  setPlanPreview: (preview: PlannerSlice['planPreview']) => void;
}

/**
 * What to store with the plan as what it saw: the records it touches as its steps first saw
 * them (`planSeen`), else as the current base has them.
 */
export function planSeenToSave(s: Pick<PlannerSlice, 'plannerBase' | 'plan' | 'planSeen'>): PlanSeen {
  if (!s.plannerBase) throw new Error('The base has not loaded.');
  const now = seenOf(s.plannerBase.prepared, s.plan);
  return s.planSeen ? mergeSeen(s.planSeen, now, s.plan) : now;
}

/** What the plan has seen up to now, the base about to be replaced included (see `planSeen`). */
function seenBeforeReload(s: Pick<PlannerSlice, 'plannerBase' | 'plan' | 'planSeen'>): PlanSeen | null {
  return !s.plannerBase || s.plan.steps.length === 0 ? s.planSeen : planSeenToSave(s);
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set) => ({
  plannerBase: null,
  plannerFootprints: null,
  plan: EMPTY_PLAN,
  planDraft: null,
  planDirty: false,
  planConflict: null,
  planPreview: null,
  planSeen: null,
  setPlannerBase: ({ rules, ...base }) => set((s) => ({ plannerBase: { prepared: prepareBase(base), rules }, planSeen: seenBeforeReload(s) })),
  setPlannerFootprints: (plannerFootprints) => set({ plannerFootprints }),
  addPlanStep: (step) => set((s) => ({ plan: pushStep(s.plan, step), planDirty: true })),
  undoPlan: () => set((s) => ({ plan: undoStep(s.plan), planDirty: true })),
  redoPlan: () => set((s) => ({ plan: redoStep(s.plan), planDirty: true })),
  openPlan: (plan, draft) => set({ plan, planDraft: draft, planDirty: false, planConflict: null, planPreview: null, planSeen: null }),
  setPlanDraft: (draft) => set({ planDraft: draft, planDirty: false }),
  setPlanConflict: (planConflict) => set({ planConflict }),
  setPlanPreview: (planPreview) => set({ planPreview }),
});
