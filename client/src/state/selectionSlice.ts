/** The feature the user clicked, whose facts the popup shows. */
import type { StateCreator } from 'zustand';
import type { ThematicLayer } from '../layers';
import type { AppState } from './store';

/**
 * A clicked feature. `props` are as the map read them from a tile or GeoJSON source: the shape of
 * `LayerPropsMap[layer]`, except that vector tiles drop null values, so every field may be missing.
 */
export interface Selection {
  layer: ThematicLayer;
  props: Record<string, unknown>;
  /** Where the popup points, `[lng, lat]` in degrees. */
  lngLat: [number, number];
}

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});
