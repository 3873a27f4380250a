/** The planner's workspace: the plan being painted. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface PlannerSlice {
  /** The open plan's id, or null when none is open. */
  planId: number | null;
  setPlanId: (planId: number | null) => void;
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set) => ({
  planId: null,
  setPlanId: (planId) => set({ planId }),
});
