/**
 * Values derived from the wall's state, shared by its components.
 */
import type { CoverageResponse } from '../../../../shared/api';
import type { TourStep } from '../tour';
import type { WallState } from './store';

/** The tour step on screen (undefined before the first load). */
export function currentStep(s: WallState): TourStep | undefined {
  return s.tour.steps[s.tour.index];
}

/** The community the tour is on, or null. */
export function focusCommunityId(s: WallState): number | null {
  const step = currentStep(s);
  return step?.kind === 'community' ? step.id : null;
}

/**
 * The report of the unit on screen: the community the tour is on once its report has loaded,
 * else the whole sub-district.
 */
export function shownReport(s: WallState): CoverageResponse | null {
  const id = focusCommunityId(s);
  return (id === null ? undefined : s.communityReports[id]) ?? s.data?.subdistrict ?? null;
}

/** Whether the tour is standing still because someone touched the wall, at `now`. */
export function isPaused(s: WallState, now: number): boolean {
  return s.tour.pausedUntil !== null && now < s.tour.pausedUntil;
}
