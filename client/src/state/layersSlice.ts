/** Which thematic layers are switched on (the legend's check boxes). */
import type { StateCreator } from 'zustand';
import { allLayersVisible, type ThematicLayer } from '../layers';
import type { AppState } from './store';

export interface LayersSlice {
  visible: Record<ThematicLayer, boolean>;
  setLayerVisible: (layer: ThematicLayer, visible: boolean) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  visible: allLayersVisible(),
  setLayerVisible: (layer, visible) => set((state) => ({ visible: { ...state.visible, [layer]: visible } })),
});
