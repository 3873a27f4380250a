/**
 * The date the whole dashboard shows: null for today (live data), or a past calendar day
 * `YYYY-MM-DD` in the sub-district's time zone, sent as `asOf` to the layers, tiles, coverage
 * and relocation APIs. It starts from the page address (`?asOf=`), so a shared link opens on
 * its day; with it, the slider's range and the day the map's whole-layer data stand on.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StateCreator } from 'zustand';
import type { AsOfRangeResponse } from '../../../shared/api';
import { DEFAULT_TIME_ZONE, dayIn } from '../../../shared/dates';
import type { ZoneBuildingProps, ZoneProps } from '../../../shared/relocation/api';
import { asOfFromSearch } from '../asOf/url';
import type { AppState } from './store';

/** Demolition zones and the buildings they took, as they stood on the day shown. */
export interface ZoneMapData {
  zones: FeatureCollection<Polygon | MultiPolygon, ZoneProps>;
  buildings: FeatureCollection<Polygon, ZoneBuildingProps>;
}

export interface AsOfSlice {
  /** `YYYY-MM-DD`, or null for today. */
  asOf: string | null;
  setAsOf: (asOf: string | null) => void;
  /** The days the slider runs over (first day with history … server's today); null until loaded. */
  asOfRange: AsOfRangeResponse | null;
  setAsOfRange: (range: AsOfRangeResponse) => void;
  /** The day the whole-layer overlays were loaded for (null: today; undefined: not loaded yet). */
  overlaysAsOf: string | null | undefined;
  setOverlaysAsOf: (asOf: string | null) => void;
  /** Zones and their buildings on the day shown; null until loaded. */
  zoneMap: ZoneMapData | null;
  setZoneMap: (data: ZoneMapData) => void;
}

/** The day the page address asks for (outside a browser, as in unit tests: today). */
function initialAsOf(): string | null {
  if (typeof window === 'undefined') return null;
  return asOfFromSearch(window.location.search, dayIn(DEFAULT_TIME_ZONE));
}

export const createAsOfSlice: StateCreator<AppState, [], [], AsOfSlice> = (set, get) => ({
  asOf: initialAsOf(),
  setAsOf: (asOf) => {
    if (asOf !== get().asOf) set({ asOf });
  },
  asOfRange: null,
  setAsOfRange: (asOfRange) => set({ asOfRange }),
  overlaysAsOf: undefined,
  setOverlaysAsOf: (overlaysAsOf) => set({ overlaysAsOf }),
  zoneMap: null,
  setZoneMap: (zoneMap) => set({ zoneMap }),
});
