import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../client/src/state/store';
import { selectCurrentGap, selectCurrentReport, selectGaps, selectHighlight, selectReportLoading, unitName } from '../../../client/src/state/selectors';
import { communityReport, subdistrictReport } from '../fixtures/coverage';

function storeAtSubdistrict() {
  const store = createAppStore();
  store.getState().drillTo({ level: 'subdistrict', id: 1 });
  store.getState().receiveReport(subdistrictReport());
  return store;
}

describe('drilling down and up', () => {
  it('shows the new unit as loading until its report arrives, and fits the map to a known box', () => {
    const store = storeAtSubdistrict();
    const child = subdistrictReport().children[0];
    if (!child) throw new Error('fixture');
    store.getState().drillTo(child, { mode: 'always', bbox: child.bbox });
    const state = store.getState();
    expect(state.unit).toEqual({ level: 'community', id: 1 });
    expect(selectReportLoading(state)).toBe(true);
    expect(selectCurrentReport(state)).toBeNull();
    expect(state.camera).toMatchObject({ bbox: child.bbox, mode: 'always', seq: 1 });
    store.getState().receiveReport(communityReport());
    expect(selectCurrentReport(store.getState())?.unit.name).toBe('益都路社区');
  });

  it('drops a slow report for a unit no longer shown', () => {
    const store = storeAtSubdistrict();
    store.getState().drillTo({ level: 'community', id: 2 });
    store.getState().receiveReport(communityReport()); // community 1: stale
    expect(selectCurrentReport(store.getState())).toBeNull();
    expect(store.getState().report?.unit.level).toBe('subdistrict');
  });

  it('fits to the box the report brings when the drill came from a map click', () => {
    const store = storeAtSubdistrict();
    store.getState().drillTo({ level: 'community', id: 1 }, { mode: 'ifOutside' });
    expect(store.getState().camera).toBeNull();
    store.getState().receiveReport(communityReport());
    expect(store.getState().camera).toMatchObject({ bbox: communityReport().unit.bbox, mode: 'ifOutside' });
    expect(store.getState().pendingFit).toBeNull();
  });

  it('goes up to the last unit of the path, and not above the top', () => {
    const store = storeAtSubdistrict();
    expect(store.getState().goUp()).toBe(false);
    store.getState().drillTo({ level: 'community', id: 1 });
    store.getState().receiveReport(communityReport());
    expect(store.getState().goUp()).toBe(true);
    expect(store.getState().unit).toEqual({ level: 'subdistrict', id: 1 });
    expect(store.getState().camera?.bbox).toEqual(communityReport().path[0]?.bbox);
  });

  it('keeps the unit object when drilling into the shown unit again (no refetch), but fits again', () => {
    const store = storeAtSubdistrict();
    const before = store.getState().unit;
    store.getState().drillTo({ level: 'subdistrict', id: 1 }, { mode: 'always', bbox: [1, 2, 3, 4] });
    expect(store.getState().unit).toBe(before);
    expect(store.getState().camera?.bbox).toEqual([1, 2, 3, 4]);
  });

  it('records a failure only for the unit shown', () => {
    const store = storeAtSubdistrict();
    store.getState().drillTo({ level: 'community', id: 1 });
    store.getState().failReport({ level: 'community', id: 2 }, 'late');
    expect(store.getState().reportError).toBeNull();
    store.getState().failReport({ level: 'community', id: 1 }, 'HTTP 500');
    expect(store.getState().reportError).toBe('HTTP 500');
    expect(selectReportLoading(store.getState())).toBe(false);
  });
});

describe('stepping through gaps', () => {
  it('starts at the first gap, wraps round both ways, opens the gaps tab and flies to each', () => {
    const store = storeAtSubdistrict();
    store.getState().setPanelOpen(false);
    const gaps = selectGaps(store.getState());
    store.getState().stepGap(1);
    expect(store.getState().gapIndex).toBe(0);
    expect(store.getState().tab).toBe('gaps');
    expect(store.getState().panelOpen).toBe(true);
    expect(store.getState().camera?.bbox).toEqual(gaps[0]?.bbox);
    store.getState().stepGap(-1);
    expect(selectCurrentGap(store.getState())?.name).toBe('丙院');
    store.getState().stepGap(1);
    expect(store.getState().gapIndex).toBe(0);
    store.getState().stepGap(1);
    expect(selectCurrentGap(store.getState())?.name).toBe('乙院');
  });

  it('starts at the last gap when stepping back from none, and does nothing without gaps', () => {
    const store = storeAtSubdistrict();
    store.getState().stepGap(-1);
    expect(store.getState().gapIndex).toBe(2);
    const empty = createAppStore();
    empty.getState().stepGap(1);
    expect(empty.getState().gapIndex).toBeNull();
    expect(empty.getState().camera).toBeNull();
  });

  it('forgets the gap when drilling to another unit', () => {
    const store = storeAtSubdistrict();
    store.getState().stepGap(1);
    store.getState().drillTo({ level: 'community', id: 1 });
    expect(store.getState().gapIndex).toBeNull();
  });
});

describe('highlight and violations', () => {
  it('outlines the shown unit, or the violation in focus, and nothing for the sub-district', () => {
    const store = storeAtSubdistrict();
    expect(selectHighlight(store.getState())).toBeNull();
    store.getState().focusViolation(1);
    expect(selectHighlight(store.getState())).toEqual({ layer: 'leads', id: 7 });
    expect(store.getState().camera?.bbox).toEqual([120.3, 36.3, 120.3, 36.3]);
    store.getState().drillTo({ level: 'community', id: 1 });
    expect(selectHighlight(store.getState())).toEqual({ layer: 'communities', id: 1 });
  });

  it('ignores a violation index that does not exist', () => {
    const store = storeAtSubdistrict();
    store.getState().focusViolation(9);
    expect(store.getState().focusedViolation).toBeNull();
    expect(store.getState().camera).toBeNull();
  });
});

describe('panel', () => {
  it('sorts children weakest first, reverses on a second click, and starts households largest first', () => {
    const store = createAppStore();
    expect(store.getState().childSort).toEqual({ key: 'coverage', descending: false });
    store.getState().sortChildrenBy('coverage');
    expect(store.getState().childSort).toEqual({ key: 'coverage', descending: true });
    store.getState().sortChildrenBy('households');
    expect(store.getState().childSort).toEqual({ key: 'households', descending: true });
  });
});

describe('unitName', () => {
  it('uses English names of the sub-district and communities where known, Chinese names otherwise', () => {
    const store = createAppStore();
    store.getState().setMeta({ subdistrict: { id: 1, code: '370203020', name: '即墨路街道', nameEn: 'Jimo Road Sub-district' }, bbox: null, dataVersion: 1 });
    store.getState().setOverlay('communities', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 1, name: '益都路社区', nameEn: 'Yidu Road Community' } as never }],
    });
    const s = store.getState();
    expect(unitName({ level: 'community', id: 1, name: '益都路社区' }, 'zh-CN', s)).toBe('益都路社区');
    expect(unitName({ level: 'community', id: 1, name: '益都路社区' }, 'en', s)).toBe('Yidu Road Community');
    expect(unitName({ level: 'subdistrict', id: 1, name: '即墨路街道' }, 'en', s)).toBe('Jimo Road Sub-district');
    expect(unitName({ level: 'community', id: 2, name: '上海路社区' }, 'en', s)).toBe('上海路社区');
    expect(unitName({ level: 'branch', id: 1, name: '第一网格' }, 'en', s)).toBe('第一网格');
  });
});
