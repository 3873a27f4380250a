/**
 * Data fetched from the server as whole layers: the sub-district summary and the few small
 * layers the map labels itself (one label per polygon, which vector tiles cannot give).
 */
import type { FeatureCollection } from 'geojson';
import type { StateCreator } from 'zustand';
import type { BranchProps, CommunityProps, MetaResponse, NeighbourhoodProps } from '../../../shared/api';
import { DEFAULT_TIME_ZONE, dayIn } from '../../../shared/dates';
import type { AreaGeometry } from '../../../shared/model';
import type { AppState } from './store';

export interface Overlays {
  communities: FeatureCollection<AreaGeometry, CommunityProps> | null;
  branches: FeatureCollection<AreaGeometry, BranchProps> | null;
  neighbourhoods: FeatureCollection<AreaGeometry, NeighbourhoodProps> | null;
}
export type OverlayName = keyof Overlays;

export interface DataSlice {
  meta: MetaResponse | null;
  overlays: Overlays;
  /** Why loading failed, for the user; null while all is well. */
  loadError: string | null;
  /** The users' calendar day (YYYY-MM-DD, Asia/Shanghai): what freshness is judged against. */
  today: string;
  setMeta: (meta: MetaResponse) => void;
  setOverlay: <K extends OverlayName>(name: K, data: Overlays[K]) => void;
  setLoadError: (message: string | null) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  meta: null,
  overlays: { communities: null, branches: null, neighbourhoods: null },
  loadError: null,
  today: dayIn(DEFAULT_TIME_ZONE),
  setMeta: (meta) => set({ meta }),
  setOverlay: (name, data) => set((state) => ({ overlays: { ...state.overlays, [name]: data } })),
  setLoadError: (loadError) => set({ loadError }),
});
