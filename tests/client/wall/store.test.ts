import { describe, expect, it } from 'vitest';
import { createWallStore, type WallData } from '../../../client/src/wall/state/store';
import { parseWallParams } from '../../../client/src/wall/params';
import { tourSteps } from '../../../client/src/wall/tour';
import { alert, alertsResponse, subdistrictReport } from './fixtures';

const data = (version: number, gaps: number[]): WallData => ({
  meta: { subdistrict: null, bbox: null, dataVersion: version },
  subdistrict: subdistrictReport(version),
  relocation: { affected: 0, resettled: 0, unaccountedFor: 0, lostContact: 0, byState: { in_zone: 0, moving_out: 0, transitional: 0, resettled: 0, reported: 0, transferred: 0, floating: 0, lost_contact: 0 } },
  alerts: alertsResponse(gaps.map((g) => alert('gap_neighbourhood', g, 1)), version),
  history: { dataVersion: version, days: [], series: { in_zone: [], moving_out: [], transitional: [], resettled: [], reported: [], transferred: [], floating: [], lost_contact: [] } },
  zones: { type: 'FeatureCollection', features: [] },
});

describe('wall store', () => {
  it('records the version and time of the figures, keeping only community reports of that version', () => {
    const store = createWallStore(parseWallParams('?wall=t'), 'hd', 1, 0);
    store.getState().receiveData(data(5, [1]), 1000);
    store.getState().receiveCommunity({ ...subdistrictReport(5), unit: { ...subdistrictReport(5).unit, level: 'community', id: 2 } });
    expect(Object.keys(store.getState().communityReports)).toEqual(['2']);
    store.getState().receiveData(data(6, [1, 4]), 2000);
    expect(store.getState()).toMatchObject({ dataVersion: 6, asOf: 2000, communityReports: {} });
    expect(store.getState().gapWatch.fresh).toEqual({ 4: 2000 });
  });

  it('ignores a community report older than the figures on screen', () => {
    const store = createWallStore(parseWallParams('?wall=t'), 'hd', 1, 0);
    store.getState().receiveData(data(6, []), 1000);
    store.getState().receiveCommunity(subdistrictReport(5));
    expect(store.getState().communityReports).toEqual({});
  });

  it('keeps a pulse per placed change, at most eight, and forgets old ones', () => {
    const store = createWallStore(parseWallParams('?wall=t'), 'hd', 1, 0);
    store.getState().receiveData(data(20, []), 0);
    for (let i = 0; i < 10; i++) store.getState().noteChange({ version: i, kind: 'contact', at: '', bbox: [i, 0, i + 1, 1] }, i * 100);
    store.getState().noteChange({ version: 11, kind: 'verify', at: '' }, 2000);
    expect(store.getState().pulses).toHaveLength(8);
    expect(store.getState().lastChange?.kind).toBe('verify');
    store.getState().dropPulses(500);
    expect(store.getState().pulses.map((p) => p.at)).toEqual([500, 600, 700, 800, 900]);
  });

  it('shows a change (chip and pulse) only with the figures of its version', () => {
    const store = createWallStore(parseWallParams('?wall=t'), 'hd', 1, 0);
    store.getState().receiveData(data(5, []), 0);
    store.getState().noteChange({ version: 6, kind: 'contact', at: '', bbox: [1, 0, 2, 1] }, 100);
    store.getState().noteChange({ version: 7, kind: 'zone_announced', at: '', bbox: [3, 0, 4, 1] }, 150);
    expect(store.getState()).toMatchObject({ lastChange: null, pulses: [] });
    // A refresh that raced the second write brings version 6 only.
    store.getState().receiveData(data(6, []), 400);
    expect(store.getState().lastChange?.kind).toBe('contact');
    expect(store.getState().pulses.map((p) => [p.bbox[0], p.at])).toEqual([[1, 400]]);
    store.getState().receiveData(data(7, []), 900);
    expect(store.getState().lastChange?.kind).toBe('zone_announced');
    expect(store.getState().pulses.map((p) => [p.bbox[0], p.at])).toEqual([[1, 400], [3, 900]]);
    expect(store.getState().waiting).toEqual([]);
  });

  it('runs the tour only when it is on', () => {
    const on = createWallStore(parseWallParams('?wall=t&interval=5'), 'hd', 1, 0);
    on.getState().setTourSteps(tourSteps([1, 2]), 0, 0);
    on.getState().tick(5000);
    expect(on.getState().tour.index).toBe(1);
    const off = createWallStore(parseWallParams('?wall=t&interval=5&tour=off'), 'hd', 1, 0);
    off.getState().setTourSteps(tourSteps([1, 2]), 2, 0);
    off.getState().tick(50_000);
    expect(off.getState().tour.index).toBe(2);
  });

  it('keeps the tour where it is when the steps come again (after a reconnection)', () => {
    const store = createWallStore(parseWallParams('?wall=t&interval=5'), 'hd', 1, 0);
    store.getState().setTourSteps(tourSteps([1, 2]), 0, 0);
    store.getState().stepTour(1, 10);
    store.getState().stepTour(1, 20);
    store.getState().setTourSteps(tourSteps([1, 2]), 0, 30);
    expect(store.getState().tour.index).toBe(2);
    expect(store.getState().tour.pausedUntil).not.toBeNull();
  });
});
