/**
 * What the map is showing, reported back by the map so the legend can say what is in view, and
 * where the app asks the map to go next.
 */
import type { StateCreator } from 'zustand';
import type { BBox } from '../../../shared/model';
import type { AppState } from './store';

/** `always` fits the map to the box; `ifOutside` only when some of the box is out of view. */
export type FitMode = 'always' | 'ifOutside';

/** A request to fit the map to a box. `seq` makes a repeated request to the same box a new one. */
export interface CameraRequest {
  /** `[minLng, minLat, maxLng, maxLat]`, degrees. */
  bbox: BBox;
  /** Highest zoom the fit may reach (small boxes would otherwise fill the screen). */
  maxZoom: number;
  mode: FitMode;
  seq: number;
}

export interface ViewSlice {
  /** Current map zoom level (MapLibre zoom, 0 = whole world in one 512 px tile). */
  zoom: number;
  setZoom: (zoom: number) => void;
  /** The latest fit request, which the map adapter carries out; null before the first. */
  camera: CameraRequest | null;
  requestFit: (bbox: BBox, maxZoom: number, mode?: FitMode) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  zoom: 0,
  setZoom: (zoom) => set({ zoom }),
  camera: null,
  requestFit: (bbox, maxZoom, mode = 'always') =>
    set((state) => ({ camera: { bbox, maxZoom, mode, seq: (state.camera?.seq ?? 0) + 1 } })),
});
