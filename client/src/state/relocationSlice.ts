/**
 * Demolition and relocation: what the page shows for the dashboard's day (`asOf`) — zones, their
 * buildings, flows, counters and (for ledger keepers) the ledger — and what the user picked:
 * the zone in focus, the ledger's filter, the entry open, the what-if preview on the map.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StateCreator } from 'zustand';
import type { FlowsResponse, LedgerEntryDto, RelocationSummary, WhatIfResponse, ZoneBuildingProps, ZoneProps } from '../../../shared/relocation/api';
import type { RelocationState } from '../../../shared/relocation/states';
import type { AppState } from './store';

/** The four counters, each opening its list. */
export const COUNTER_KINDS = ['affected', 'resettled', 'unaccounted', 'lostContact'] as const;
export type CounterKind = (typeof COUNTER_KINDS)[number];

export interface RelocationData {
  /** The day the data stands on (YYYY-MM-DD, today when asOf is null). */
  asOf: string | null;
  zones: FeatureCollection<Polygon | MultiPolygon, ZoneProps>;
  buildings: FeatureCollection<Polygon, ZoneBuildingProps>;
  flows: FlowsResponse;
  summary: RelocationSummary;
}

export interface LedgerFilter {
  counter: CounterKind | null;
  state: RelocationState | null;
}

export interface RelocationSlice {
  /** The zone in focus, or null for all zones. */
  zoneId: number | null;
  setZoneId: (zoneId: number | null) => void;
  relocation: RelocationData | null;
  relocationError: string | null;
  /** The ledger with names, for roles the server gives it to; null otherwise or while loading. */
  ledger: LedgerEntryDto[] | null;
  ledgerFilter: LedgerFilter;
  setLedgerFilter: (filter: Partial<LedgerFilter>) => void;
  selectedEntryId: number | null;
  selectEntry: (id: number | null) => void;
  whatIf: WhatIfResponse | null;
  setWhatIf: (whatIf: WhatIfResponse | null) => void;
  /** Bumped to fetch everything again (after a write, or when the server says data changed). */
  relocationReload: number;
  reloadRelocation: () => void;
  receiveRelocation: (data: RelocationData, ledger: LedgerEntryDto[] | null) => void;
  failRelocation: (message: string) => void;
}

export const createRelocationSlice: StateCreator<AppState, [], [], RelocationSlice> = (set) => ({
  zoneId: null,
  setZoneId: (zoneId) => set({ zoneId }),
  relocation: null,
  relocationError: null,
  ledger: null,
  ledgerFilter: { counter: null, state: null },
  setLedgerFilter: (filter) => set((s) => ({ ledgerFilter: { ...s.ledgerFilter, ...filter } })),
  selectedEntryId: null,
  selectEntry: (selectedEntryId) => set({ selectedEntryId }),
  whatIf: null,
  setWhatIf: (whatIf) => set({ whatIf }),
  relocationReload: 0,
  reloadRelocation: () => set((s) => ({ relocationReload: s.relocationReload + 1 })),
  receiveRelocation: (relocation, ledger) => set({ relocation, ledger, relocationError: null }),
  failRelocation: (relocationError) => set({ relocationError }),
});
