/**
 * Values derived from the store. Each returns a reference already held by the state (or a
 * shared constant), never a fresh array, so React components can select them directly.
 */
import type { CoverageResponse, GapNeighbourhoodDto, UnitRef, ViolationDto } from '../../../shared/api';
import { LAYER_OF_LEVEL, sameUnit } from '../coverage/levels';
import type { Locale } from '../i18n';
import type { ThematicLayer } from '../layers';
import type { AppState } from './store';

const NO_GAPS: GapNeighbourhoodDto[] = [];
const NO_VIOLATIONS: ViolationDto[] = [];

type CoverageView = Pick<AppState, 'unit' | 'report'>;

/** The report of the unit shown, or null while it loads (the previous unit's does not count). */
export function selectCurrentReport(state: CoverageView): CoverageResponse | null {
  return state.report && sameUnit(state.report.unit, state.unit) ? state.report : null;
}

/** Whether the shown unit's report is still on its way. */
export function selectReportLoading(state: CoverageView & Pick<AppState, 'reportError'>): boolean {
  return state.unit !== null && state.reportError === null && selectCurrentReport(state) === null;
}

/** Gap neighbourhoods of the shown unit, in reading order. */
export function selectGaps(state: CoverageView): GapNeighbourhoodDto[] {
  return selectCurrentReport(state)?.gaps.neighbourhoods ?? NO_GAPS;
}

/** The gap being stepped to, or null. */
export function selectCurrentGap(state: CoverageView & Pick<AppState, 'gapIndex'>): GapNeighbourhoodDto | null {
  return state.gapIndex === null ? null : (selectGaps(state)[state.gapIndex] ?? null);
}

/** Rule violations inside the shown unit. */
export function selectViolations(state: CoverageView): ViolationDto[] {
  return selectCurrentReport(state)?.violations ?? NO_VIOLATIONS;
}

/** A feature to outline on the map. */
export interface Highlight {
  layer: ThematicLayer;
  id: number;
}

const LAYER_OF_VIOLATION: Record<ViolationDto['level'], ThematicLayer> = {
  branch: 'branches',
  community: 'communities',
  lead: 'leads',
};

/**
 * What the map outlines: the violation in focus if any, else the shown unit (the sub-district
 * is the whole map: nothing). The gap being stepped to has a line of its own, on top.
 */
export function selectHighlight(state: CoverageView & Pick<AppState, 'focusedViolation'>): Highlight | null {
  const violation = state.focusedViolation === null ? undefined : selectViolations(state)[state.focusedViolation];
  if (violation) return { layer: LAYER_OF_VIOLATION[violation.level], id: violation.id };
  const layer = state.unit ? LAYER_OF_LEVEL[state.unit.level] : null;
  return layer && state.unit ? { layer, id: state.unit.id } : null;
}

/**
 * A unit's name in the UI language: the sub-district and communities have English names (from
 * meta and the communities layer); grids, compounds and addresses are proper names in Chinese.
 */
export function unitName(ref: Pick<UnitRef, 'level' | 'id' | 'name'>, locale: Locale, state: Pick<AppState, 'meta' | 'overlays'>): string {
  if (locale !== 'en') return ref.name;
  if (ref.level === 'subdistrict' && state.meta?.subdistrict?.id === ref.id) return state.meta.subdistrict.nameEn || ref.name;
  if (ref.level === 'community') {
    const feature = state.overlays.communities?.features.find((f) => f.properties.id === ref.id);
    return feature?.properties.nameEn || ref.name;
  }
  return ref.name;
}
