/**
 * The auto tour: the whole sub-district, then each community in turn, then the gaps, then the
 * alerts, round and round. Pure: the store keeps a `TourState` and a one-second tick calls
 * `advance`; a touch or key calls `pause`. Times are ms since the epoch.
 */

export type TourStep =
  | { kind: 'overview' }
  | { kind: 'community'; id: number }
  | { kind: 'gaps' }
  | { kind: 'alerts' };

export interface TourState {
  steps: TourStep[];
  index: number;
  /** When the current step started showing; it ends `interval` later. */
  stepStartedAt: number;
  /** The tour stands still until then (a touch or key), or null. */
  pausedUntil: number | null;
}

/** How long a touch or key holds the tour, ms. */
export const PAUSE_MS = 120_000;

/** The steps for communities in the order given (the wall passes them by code). */
export function tourSteps(communityIds: readonly number[]): TourStep[] {
  return [{ kind: 'overview' }, ...communityIds.map((id): TourStep => ({ kind: 'community', id })), { kind: 'gaps' }, { kind: 'alerts' }];
}

/** A stable name for a step: `overview`, `community:3`, `gaps`, `alerts`. */
export function stepKey(step: TourStep | undefined): string {
  if (!step) return '';
  return step.kind === 'community' ? `community:${step.id}` : step.kind;
}

/** The index of the step named `key` (see `stepKey`), or -1. */
export function indexOfStep(steps: readonly TourStep[], key: string | null): number {
  return key === null ? -1 : steps.findIndex((s) => stepKey(s) === key);
}

/** A new tour at step `index` (0 when out of range), starting `now`. */
export function startTour(steps: TourStep[], index: number, now: number): TourState {
  return { steps, index: index >= 0 && index < steps.length ? index : 0, stepStartedAt: now, pausedUntil: null };
}

/**
 * The tour after `now`: unchanged while paused or before the step's time is up; otherwise the
 * next step (wrapping round). A pause that has run out restarts the step's full interval, so
 * whatever was on screen when someone touched the wall gets its time again.
 */
export function advance(tour: TourState, now: number, intervalMs: number): TourState {
  if (tour.pausedUntil !== null) {
    if (now < tour.pausedUntil) return tour;
    return { ...tour, pausedUntil: null, stepStartedAt: now };
  }
  if (tour.steps.length === 0 || now - tour.stepStartedAt < intervalMs) return tour;
  return { ...tour, index: (tour.index + 1) % tour.steps.length, stepStartedAt: now };
}

/** Holds the tour for `PAUSE_MS` from `now` (a later touch extends it). */
export function pause(tour: TourState, now: number, ms = PAUSE_MS): TourState {
  return { ...tour, pausedUntil: now + ms };
}

/** Steps by `delta` (±1) by hand, wrapping round. */
export function stepBy(tour: TourState, delta: number, now: number): TourState {
  const n = tour.steps.length;
  if (n === 0) return tour;
  return { ...tour, index: (((tour.index + delta) % n) + n) % n, stepStartedAt: now };
}

/**
 * Keeps the tour where it is when its steps are rebuilt (communities reloaded after a change
 * or a reconnection): the same step if it still exists, else the same position.
 */
export function rebuildTour(tour: TourState, steps: TourStep[]): TourState {
  const same = indexOfStep(steps, stepKey(tour.steps[tour.index]));
  const index = same >= 0 ? same : Math.min(tour.index, Math.max(0, steps.length - 1));
  return { ...tour, steps, index };
}
