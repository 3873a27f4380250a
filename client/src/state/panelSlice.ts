/**
 * The side panel: open or folded, which tab, how the children list is sorted, and which rule
 * violation is in focus (clicked to zoom).
 */
import type { StateCreator } from 'zustand';
import type { ContactFilter } from '../branch/contacts';
import type { ChildSort, ChildSortKey } from '../coverage/sortChildren';
import { selectViolations } from './selectors';
import type { AppState } from './store';

export const PANEL_TABS = ['overview', 'buildings', 'members', 'gaps', 'moves', 'violations'] as const;
/**
 * 概况 Overview (KPIs and children), 楼栋 Buildings, 党员 Members, 空白 Gaps, 迁入迁出 Moves,
 * 问题 Violations. The buildings, members and moves tabs belong to branch work.
 */
export type PanelTab = (typeof PANEL_TABS)[number];

/** The dashboard's tabs. */
export const DASHBOARD_TABS: readonly PanelTab[] = ['overview', 'gaps', 'violations'];
/** A worked branch's tabs; its violations are listed in the overview (six tabs do not fit a laptop's panel). */
export const BRANCH_WORK_TABS: readonly PanelTab[] = ['overview', 'buildings', 'members', 'gaps', 'moves'];

/** The tabs offered, and which of them shows: the chosen tab if offered, else the overview. */
export function panelTabs(work: boolean, chosen: PanelTab): { tabs: readonly PanelTab[]; shown: PanelTab } {
  const tabs = work ? BRANCH_WORK_TABS : DASHBOARD_TABS;
  return { tabs, shown: tabs.includes(chosen) ? chosen : 'overview' };
}

/** How far in the map zooms on a violation (a lead's is a single point). */
export const VIOLATION_MAX_ZOOM = 17.5;

export interface PanelSlice {
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  tab: PanelTab;
  setTab: (tab: PanelTab) => void;
  childSort: ChildSort;
  /** Sorts by `key`; choosing the current key again reverses the order. */
  sortChildrenBy: (key: ChildSortKey) => void;
  /** Index into the shown unit's violations, or null. */
  focusedViolation: number | null;
  focusViolation: (index: number) => void;
  /** Which of a worked branch's members the members tab lists. */
  memberFilter: ContactFilter;
  setMemberFilter: (filter: ContactFilter) => void;
}

export const createPanelSlice: StateCreator<AppState, [], [], PanelSlice> = (set, get) => ({
  panelOpen: true,
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  tab: 'overview',
  setTab: (tab) => set({ tab }),
  // Weakest first: the grids that need work head the list.
  childSort: { key: 'coverage', descending: false },
  sortChildrenBy: (key) =>
    set(({ childSort }) => ({
      // A new key starts in its natural direction: API order and coverage ascending, households largest first.
      childSort: childSort.key === key ? { key, descending: !childSort.descending } : { key, descending: key === 'households' },
    })),
  focusedViolation: null,
  focusViolation: (index) => {
    const violation = selectViolations(get())[index];
    if (!violation) return;
    set({ focusedViolation: index, gapIndex: null });
    get().requestFit(violation.bbox, VIOLATION_MAX_ZOOM, 'always');
  },
  memberFilter: 'all',
  setMemberFilter: (memberFilter) => set({ memberFilter }),
});
