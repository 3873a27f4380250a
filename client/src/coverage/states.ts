/** Buildings' coverage states as the UI names them. */
import { BUILDING_COVERAGE_STATES, type BuildingCoverageState } from '../../../shared/coverage/types';
import type { Translate } from '../i18n';

/** Type guard for a state read from the API or a tile (both carry it as a plain string). */
export function isCoverageState(value: unknown): value is BuildingCoverageState {
  return (BUILDING_COVERAGE_STATES as readonly unknown[]).includes(value);
}

/** The state's name in the UI language; an unknown state (added on the server later) as it came. */
export function coverageStateLabel(value: string, t: Translate): string {
  return isCoverageState(value) ? t(`coverage.state.${value}`) : value;
}
