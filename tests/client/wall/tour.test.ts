import { describe, expect, it } from 'vitest';
import { PAUSE_MS, advance, indexOfStep, pause, rebuildTour, startTour, stepBy, stepKey, tourSteps } from '../../../client/src/wall/tour';

const steps = tourSteps([7, 3, 9]);
const INTERVAL = 10_000;

describe('tour', () => {
  it('goes sub-district, each community, gaps, alerts', () => {
    expect(steps.map(stepKey)).toEqual(['overview', 'community:7', 'community:3', 'community:9', 'gaps', 'alerts']);
    expect(indexOfStep(steps, 'community:9')).toBe(3);
    expect(indexOfStep(steps, 'community:1')).toBe(-1);
    expect(indexOfStep(steps, null)).toBe(-1);
  });

  it('moves on once the interval is up, and wraps round', () => {
    let tour = startTour(steps, 5, 0);
    expect(advance(tour, INTERVAL - 1, INTERVAL)).toBe(tour);
    tour = advance(tour, INTERVAL, INTERVAL);
    expect(tour.index).toBe(0);
    expect(tour.stepStartedAt).toBe(INTERVAL);
  });

  it('stands still while paused, then gives the step a full interval again', () => {
    let tour = pause(startTour(steps, 1, 0), 5_000);
    expect(tour.pausedUntil).toBe(5_000 + PAUSE_MS);
    expect(advance(tour, 5_000 + PAUSE_MS - 1, INTERVAL)).toBe(tour);
    tour = advance(tour, 5_000 + PAUSE_MS, INTERVAL);
    expect(tour).toMatchObject({ index: 1, pausedUntil: null, stepStartedAt: 5_000 + PAUSE_MS });
    expect(advance(tour, 5_000 + PAUSE_MS + INTERVAL - 1, INTERVAL).index).toBe(1);
    expect(advance(tour, 5_000 + PAUSE_MS + INTERVAL, INTERVAL).index).toBe(2);
  });

  it('steps by hand both ways', () => {
    const tour = startTour(steps, 0, 0);
    expect(stepBy(tour, -1, 1).index).toBe(5);
    expect(stepBy(tour, 1, 1).index).toBe(1);
  });

  it('starts at 0 when asked for a step that does not exist', () => {
    expect(startTour(steps, -1, 0).index).toBe(0);
    expect(startTour(steps, 99, 0).index).toBe(0);
  });

  it('keeps its place when the steps are rebuilt after a reload of the figures', () => {
    const tour = startTour(steps, 3, 42);
    const rebuilt = rebuildTour(tour, tourSteps([9, 7, 3]));
    expect(stepKey(rebuilt.steps[rebuilt.index])).toBe('community:9');
    expect(rebuilt.stepStartedAt).toBe(42);
    // A community that is gone: the same position.
    const gone = rebuildTour(startTour(steps, 2, 0), tourSteps([7, 9]));
    expect(gone.index).toBe(2);
  });
});
