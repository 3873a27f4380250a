/** Demolition and relocation: the zone in focus. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface RelocationSlice {
  /** The zone in focus, or null for all zones. */
  zoneId: number | null;
  setZoneId: (zoneId: number | null) => void;
}

export const createRelocationSlice: StateCreator<AppState, [], [], RelocationSlice> = (set) => ({
  zoneId: null,
  setZoneId: (zoneId) => set({ zoneId }),
});
