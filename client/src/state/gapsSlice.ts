/**
 * "Step through gaps": which of the shown unit's gap neighbourhoods (in the API's reading
 * order, north→south, west→east) is being looked at. Stepping wraps round at either end and
 * flies the map to the gap.
 */
import type { StateCreator } from 'zustand';
import { selectGaps } from './selectors';
import type { AppState } from './store';

/** How far in the map zooms on a gap: its compound and the streets round it. */
export const GAP_MAX_ZOOM = 17.8;

export interface GapsSlice {
  /** Index into the shown unit's gap list, or null when not stepping. */
  gapIndex: number | null;
  /** Next (+1) or previous (-1) gap; from no gap, +1 starts at the first and -1 at the last. */
  stepGap: (delta: 1 | -1) => void;
  showGap: (index: number) => void;
  clearGap: () => void;
}

export const createGapsSlice: StateCreator<AppState, [], [], GapsSlice> = (set, get) => ({
  gapIndex: null,
  stepGap: (delta) => {
    const { gapIndex, showGap } = get();
    const count = selectGaps(get()).length;
    if (count === 0) return;
    const next = gapIndex === null ? (delta > 0 ? 0 : count - 1) : (gapIndex + delta + count) % count;
    showGap(next);
  },
  showGap: (index) => {
    const gap = selectGaps(get())[index];
    if (!gap) return;
    set({ gapIndex: index, focusedViolation: null, tab: 'gaps', panelOpen: true });
    get().requestFit(gap.bbox, GAP_MAX_ZOOM, 'always');
  },
  clearGap: () => set({ gapIndex: null }),
});
