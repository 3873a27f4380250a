/** Which thematic layers are switched on (the legend's check boxes) and what the colours show. */
import type { StateCreator } from 'zustand';
import { allLayersVisible, type ColourMode, type ThematicLayer } from '../layers';
import type { AppState } from './store';

export interface LayersSlice {
  visible: Record<ThematicLayer, boolean>;
  setLayerVisible: (layer: ThematicLayer, visible: boolean) => void;
  colourMode: ColourMode;
  setColourMode: (mode: ColourMode) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  visible: allLayersVisible(),
  setLayerVisible: (layer, visible) => set((state) => ({ visible: { ...state.visible, [layer]: visible } })),
  colourMode: 'coverage',
  setColourMode: (colourMode) => set({ colourMode }),
});
