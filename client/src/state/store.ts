/**
 * The one client store: typed slices, each keeping its actions beside its state. React components
 * read it with `useAppStore(selector)`; the map adapter subscribes to it outside React. Derived
 * values live in `selectors.ts`.
 */
import { create } from 'zustand';
import { createAsOfSlice, type AsOfSlice } from './asOfSlice';
import { createBranchSlice, type BranchSlice } from './branchSlice';
import { createCoverageSlice, type CoverageSlice } from './coverageSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createGapsSlice, type GapsSlice } from './gapsSlice';
import { createLayersSlice, type LayersSlice } from './layersSlice';
import { createLocaleSlice, type LocaleSlice } from './localeSlice';
import { createPanelSlice, type PanelSlice } from './panelSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createPlannerViewSlice, type PlannerViewSlice } from './plannerViewSlice';
import { createRelocationSlice, type RelocationSlice } from './relocationSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = LocaleSlice &
  LayersSlice &
  SelectionSlice &
  ViewSlice &
  DataSlice &
  CoverageSlice &
  GapsSlice &
  PanelSlice &
  SessionSlice &
  BranchSlice &
  AsOfSlice &
  PlannerSlice &
  PlannerViewSlice &
  RelocationSlice;

/** Creates a fresh store; the app uses the singleton below, tests make their own. */
export function createAppStore() {
  return create<AppState>()((...args) => ({
    ...createLocaleSlice(...args),
    ...createLayersSlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
    ...createDataSlice(...args),
    ...createCoverageSlice(...args),
    ...createGapsSlice(...args),
    ...createPanelSlice(...args),
    ...createSessionSlice(...args),
    ...createBranchSlice(...args),
    ...createAsOfSlice(...args),
    ...createPlannerSlice(...args),
    ...createPlannerViewSlice(...args),
    ...createRelocationSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore: AppStore = createAppStore();
