/**
 * The date the whole dashboard shows: null for today (live data), or a past calendar day
 * `YYYY-MM-DD` in the sub-district's time zone, sent as `asOf` to the layers, tiles, coverage
 * and relocation APIs.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface AsOfSlice {
  /** `YYYY-MM-DD`, or null for today. */
  asOf: string | null;
  setAsOf: (asOf: string | null) => void;
}

export const createAsOfSlice: StateCreator<AppState, [], [], AsOfSlice> = (set) => ({
  asOf: null,
  setAsOf: (asOf) => set({ asOf }),
});
