/** What the map is showing, reported back by the map so the legend can say what is in view. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface ViewSlice {
  /** Current map zoom level (MapLibre zoom, 0 = whole world in one 512 px tile). */
  zoom: number;
  setZoom: (zoom: number) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  zoom: 0,
  setZoom: (zoom) => set({ zoom }),
});
