/**
 * The wall's own store (separate from the desk dashboard's): what was loaded and when, the
 * live link's state, the tour, and the pulses the map draws where something changed. Figures
 * are kept as the API answered them; components derive what they show.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { create } from 'zustand';
import type { BranchProps, CommunityProps, CoverageResponse, MetaResponse, NeighbourhoodProps } from '../../../../shared/api';
import type { AreaGeometry, BBox } from '../../../../shared/model';
import type { RelocationHistoryResponse, WallAlertsResponse } from '../../../../shared/wall';
import type { RelocationSummary, ZoneProps } from '../api';
import type { LayoutName, WallParams } from '../params';
import { EMPTY_GAP_WATCH, watchGaps, type GapWatch } from '../newGaps';
import { advance, pause, rebuildTour, startTour, stepBy, type TourState, type TourStep } from '../tour';

export type Connection = 'connecting' | 'live' | 'reconnecting';

/** A change the server announced: its kind, when, and where (a box to pulse). */
export interface ChangeNote {
  version: number;
  kind: string;
  at: string;
  bbox?: BBox;
}

export interface Pulse {
  id: number;
  bbox: BBox;
  /** When it started, ms since the epoch. */
  at: number;
}

/** Everything read from the API in one refresh. */
export interface WallData {
  meta: MetaResponse;
  subdistrict: CoverageResponse;
  relocation: RelocationSummary;
  alerts: WallAlertsResponse;
  history: RelocationHistoryResponse;
  zones: FeatureCollection<Geometry, ZoneProps>;
}

/** The polygon layers the map labels and outlines itself (areas only). */
export interface Overlays {
  communities: FeatureCollection<AreaGeometry, CommunityProps>;
  branches: FeatureCollection<AreaGeometry, BranchProps>;
  neighbourhoods: FeatureCollection<AreaGeometry, NeighbourhoodProps>;
}

/** Pulses kept at once: a burst of changes must not grow the map's work without bound. */
const MAX_PULSES = 8;

export interface WallState {
  params: WallParams;
  layout: LayoutName;
  /** CSS px per design px on this screen (see layoutUnit). */
  unit: number;
  data: WallData | null;
  overlays: Overlays | null;
  /** Community reports for the tour, by id, at `data`'s version. */
  communityReports: Readonly<Record<number, CoverageResponse>>;
  /** The data version the figures on screen were read at. */
  dataVersion: number;
  /** When the figures on screen were read, ms since the epoch. */
  asOf: number | null;
  loadError: string | null;
  connection: Connection;
  lastChange: ChangeNote | null;
  /**
   * Changes announced whose figures are not on screen yet. They are shown (the latest-change
   * chip, a pulse) with the refresh that brings their version, so the wall never marks a place
   * before its numbers have changed, and the pulse's animation does not compete with that refresh.
   */
  waiting: readonly ChangeNote[];
  pulses: readonly Pulse[];
  gapWatch: GapWatch;
  tour: TourState;

  setLayout(layout: LayoutName, unit: number): void;
  receiveData(data: WallData, readAt: number): void;
  receiveOverlays(overlays: Overlays): void;
  receiveCommunity(report: CoverageResponse): void;
  failLoad(message: string): void;
  setConnection(connection: Connection): void;
  /** A change the server announced: shown now if its version is on screen, else with the refresh that brings it. */
  noteChange(change: ChangeNote, now: number): void;
  dropPulses(before: number): void;
  setTourSteps(steps: TourStep[], startIndex: number, now: number): void;
  tick(now: number): void;
  pauseTour(now: number): void;
  stepTour(delta: number, now: number): void;
}

let nextPulseId = 1;

/** The latest of `changes` as the latest change, and a pulse starting at `now` for each placed one. */
function show(s: Pick<WallState, 'lastChange' | 'pulses'>, changes: readonly ChangeNote[], now: number): Pick<WallState, 'lastChange' | 'pulses'> {
  if (changes.length === 0) return s;
  const placed = changes.flatMap((c) => (c.bbox ? [{ id: nextPulseId++, bbox: c.bbox, at: now }] : []));
  return { lastChange: changes[changes.length - 1] ?? null, pulses: placed.length ? [...s.pulses, ...placed].slice(-MAX_PULSES) : s.pulses };
}

/** Creates a wall store for `params`; the page makes one, tests make their own. */
export function createWallStore(params: WallParams, layout: LayoutName, unit: number, now = Date.now()) {
  return create<WallState>()((set, get) => ({
    params,
    layout,
    unit,
    data: null,
    overlays: null,
    communityReports: {},
    dataVersion: 0,
    asOf: null,
    loadError: null,
    connection: 'connecting',
    lastChange: null,
    waiting: [],
    pulses: [],
    gapWatch: EMPTY_GAP_WATCH,
    tour: startTour([], 0, now),

    setLayout: (next, nextUnit) => set({ layout: next, unit: nextUnit }),
    receiveData: (data, readAt) =>
      set((s) => {
        const version = data.subdistrict.dataVersion;
        const gapIds = data.alerts.alerts.filter((a) => a.kind === 'gap_neighbourhood').map((a) => a.id);
        return {
          ...show(s, s.waiting.filter((c) => c.version <= version), readAt),
          waiting: s.waiting.filter((c) => c.version > version),
          data,
          dataVersion: version,
          asOf: readAt,
          loadError: null,
          // Reports of another version may disagree with the new figures: fetch them again.
          communityReports: Object.fromEntries(Object.entries(s.communityReports).filter(([, r]) => r.dataVersion === version)),
          gapWatch: watchGaps(s.gapWatch, gapIds, readAt),
        };
      }),
    receiveOverlays: (overlays) => set({ overlays }),
    receiveCommunity: (report) =>
      set((s) => (report.dataVersion < s.dataVersion ? s : { communityReports: { ...s.communityReports, [report.unit.id]: report } })),
    failLoad: (message) => set({ loadError: message }),
    setConnection: (connection) => set((s) => (s.connection === connection ? s : { connection })),
    noteChange: (change, now) =>
      set((s) => (s.data !== null && change.version <= s.dataVersion ? show(s, [change], now) : { waiting: [...s.waiting, change].slice(-MAX_PULSES) })),
    dropPulses: (before) => set((s) => (s.pulses.some((p) => p.at < before) ? { pulses: s.pulses.filter((p) => p.at >= before) } : s)),
    setTourSteps: (steps, startIndex, now) =>
      set((s) => ({ tour: s.tour.steps.length === 0 ? startTour(steps, startIndex, now) : rebuildTour(s.tour, steps) })),
    tick: (now) => {
      const { tour, params: p } = get();
      if (!p.tour) return;
      const next = advance(tour, now, p.intervalS * 1000);
      if (next !== tour) set({ tour: next });
    },
    pauseTour: (now) => set((s) => ({ tour: pause(s.tour, now) })),
    stepTour: (delta, now) => set((s) => ({ tour: pause(stepBy(s.tour, delta, now), now) })),
  }));
}

export type WallStore = ReturnType<typeof createWallStore>;
