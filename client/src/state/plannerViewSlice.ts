/**
 * What the planner is doing on the map: the selected buildings, the selection tool, whether a
 * neighbourhood is painted whole, the branch the selection goes to, a notice to show (why some
 * buildings were left out), and where the map should fly next.
 */
import type { StateCreator } from 'zustand';
import type { PaintMode } from '../../../shared/planner/selection';
import type { BranchTarget } from '../../../shared/planner/types';
import type { AppState } from './store';

export type PlannerTool = 'pick' | 'box' | 'lasso';

/** A request to move the planner's map; `seq` tells a new request from one carried out. */
export interface PlannerFocus {
  seq: number;
  center: [number, number];
  zoom: number;
  /** The building to mark as the one stepped to, if any. */
  buildingId: number | null;
}

export interface PlannerViewSlice {
  /** Selected building ids, sorted. */
  plannerSelection: number[];
  plannerTool: PlannerTool;
  paintMode: PaintMode;
  /** Where "assign" sends the selection; undefined until chosen. */
  plannerTarget: BranchTarget | undefined;
  /** Waiting for a click on the map to take its building's branch as the target. */
  pickingTarget: boolean;
  plannerNotice: string | null;
  plannerFocus: PlannerFocus | null;
  setPlannerSelection: (ids: number[]) => void;
  setPlannerTool: (plannerTool: PlannerTool) => void;
  setPaintMode: (mode: PaintMode) => void;
  setPlannerTarget: (plannerTarget: BranchTarget | undefined) => void;
  setPickingTarget: (on: boolean) => void;
  setPlannerNotice: (plannerNotice: string | null) => void;
  /** Flies the planner's map to `center` (`[lng, lat]`) at `zoom`, marking `buildingId`. */
  focusPlanner: (center: [number, number], zoom: number, buildingId?: number | null) => void;
}

export const createPlannerViewSlice: StateCreator<AppState, [], [], PlannerViewSlice> = (set) => ({
  plannerSelection: [],
  plannerTool: 'pick',
  paintMode: 'neighbourhood',
  plannerTarget: undefined,
  pickingTarget: false,
  plannerNotice: null,
  plannerFocus: null,
  setPlannerSelection: (plannerSelection) => set({ plannerSelection }),
  setPlannerTool: (plannerTool) => set({ plannerTool }),
  setPaintMode: (paintMode) => set({ paintMode }),
  setPlannerTarget: (plannerTarget) => set({ plannerTarget, pickingTarget: false }),
  setPickingTarget: (pickingTarget) => set({ pickingTarget }),
  setPlannerNotice: (plannerNotice) => set({ plannerNotice }),
  focusPlanner: (center, zoom, buildingId = null) =>
    set((s) => ({ plannerFocus: { seq: (s.plannerFocus?.seq ?? 0) + 1, center, zoom, buildingId } })),
});
