/**
 * The unit the dashboard shows (sub-district, community, grid branch, neighbourhood or
 * building) and its report from `GET /api/coverage`, the one source of every figure the panel
 * shows. Drilling to a unit clears the gap being stepped and the violation in focus, and asks
 * the map to fit the unit.
 */
import type { StateCreator } from 'zustand';
import type { CoverageResponse } from '../../../shared/api';
import type { BBox } from '../../../shared/model';
import { MAX_FIT_ZOOM, sameUnit, type UnitKey } from '../coverage/levels';
import type { AppState } from './store';
import type { FitMode } from './viewSlice';

/** How drilling moves the map: to a known box now, once the report brings the box, or not at all. */
export interface DrillFit {
  mode: FitMode;
  /** The unit's box when the caller knows it (list rows and breadcrumbs do; map clicks do not). */
  bbox?: BBox;
}

export interface CoverageSlice {
  /** The unit shown; null until the sub-district is known. */
  unit: UnitKey | null;
  /** The latest report received; it may still be the previous unit's while the next loads. */
  report: CoverageResponse | null;
  /** Why the current unit's report could not be loaded; null while all is well. */
  reportError: string | null;
  /** The past day (YYYY-MM-DD) on which the current unit did not exist (built later, say); null otherwise. */
  reportAbsentOn: string | null;
  /** A fit waiting for the report to bring the unit's box. */
  pendingFit: FitMode | null;
  drillTo: (unit: UnitKey, fit?: DrillFit | null) => void;
  /** Goes to the parent unit; false when already at the top (or the report is not in yet). */
  goUp: () => boolean;
  /** Stores a report; one for a unit no longer shown (a slow answer) is dropped. */
  receiveReport: (report: CoverageResponse) => void;
  /** Records why `unit`'s report failed; `absentOn` when the unit did not exist on that past day. */
  failReport: (unit: UnitKey, message: string, absentOn?: string | null) => void;
}

export const createCoverageSlice: StateCreator<AppState, [], [], CoverageSlice> = (set, get) => ({
  unit: null,
  report: null,
  reportError: null,
  reportAbsentOn: null,
  pendingFit: null,
  drillTo: (unit, fit = null) => {
    const state = get();
    // Re-drilling into the shown unit keeps its object, so its report is not fetched again.
    const next = sameUnit(state.unit, unit) ? state.unit : { level: unit.level, id: unit.id };
    set({ unit: next, reportError: null, reportAbsentOn: null, gapIndex: null, focusedViolation: null, pendingFit: fit && !fit.bbox ? fit.mode : null });
    if (fit?.bbox) state.requestFit(fit.bbox, MAX_FIT_ZOOM[unit.level], fit.mode);
  },
  goUp: () => {
    const { report, unit, drillTo } = get();
    const parent = report && sameUnit(report.unit, unit) ? report.path.at(-1) : undefined;
    if (!parent) return false;
    drillTo(parent, { mode: 'always', bbox: parent.bbox });
    return true;
  },
  receiveReport: (report) => {
    const { unit, pendingFit, requestFit } = get();
    if (!sameUnit(unit, report.unit)) return;
    set({ report, reportError: null, reportAbsentOn: null, pendingFit: null });
    if (pendingFit) requestFit(report.unit.bbox, MAX_FIT_ZOOM[report.unit.level], pendingFit);
  },
  failReport: (unit, message, absentOn = null) => {
    if (sameUnit(get().unit, unit)) set({ reportError: message, reportAbsentOn: absentOn, pendingFit: null });
  },
});
