import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../client/src/state/store';

describe('app store', () => {
  it('starts in Chinese with every layer on and nothing selected', () => {
    const state = createAppStore().getState();
    expect(state.locale).toBe('zh-CN');
    expect(Object.values(state.visible).every(Boolean)).toBe(true);
    expect(state.selection).toBeNull();
    expect(state.meta).toBeNull();
  });

  it('switches one layer without touching the others, as a new object (subscribers compare by reference)', () => {
    const store = createAppStore();
    const before = store.getState().visible;
    store.getState().setLayerVisible('buildings', false);
    const after = store.getState().visible;
    expect(after).not.toBe(before);
    expect(after).toEqual({ ...before, buildings: false });
  });

  it('keeps overlays apart', () => {
    const store = createAppStore();
    store.getState().setOverlay('branches', { type: 'FeatureCollection', features: [] });
    expect(store.getState().overlays.branches?.features).toEqual([]);
    expect(store.getState().overlays.communities).toBeNull();
  });

  it('selects and clears', () => {
    const store = createAppStore();
    store.getState().select({ layer: 'leads', props: { id: 1 }, lngLat: [120, 36] });
    expect(store.getState().selection?.layer).toBe('leads');
    store.getState().select(null);
    expect(store.getState().selection).toBeNull();
  });
});
