/**
 * The planner's failed requests in the UI's language (pure). The server answers in English for
 * API clients; the cases a planner meets in the workspace are worded here from the status and
 * the field the server named, and anything else keeps the server's words behind a worded lead-in.
 */
import type { Translate } from '../i18n';
import { ApiRequestError } from '../api/http';

/**
 * An apply refused for its effective date. `sameDayEnd`: the plan dissolves `branches`, founded
 * on `on`, and a branch cannot end the day it was founded (a later day is needed: tomorrow at
 * the earliest when `on` is `today`, since the server takes no day after today). `outOfRange`:
 * `on` is after today or before the latest change to a record the plan touches.
 */
export class EffectiveDayRefused extends Error {
  constructor(
    readonly reason: 'sameDayEnd' | 'outOfRange',
    readonly on: string,
    readonly today: string,
    /** The branches that cannot end on `on`, as the page names them (empty for `outOfRange`). */
    readonly branches: readonly string[] = [],
  ) {
    super(`The plan cannot take effect on ${on} (${reason}).`);
    this.name = 'EffectiveDayRefused';
  }
}

/** What to show for `failure`, thrown by a planner action. */
export function failureText(failure: unknown, t: Translate): string {
  if (failure instanceof EffectiveDayRefused) {
    if (failure.reason === 'outOfRange') return t('planner.effectiveOn.outOfRange', { date: failure.on, today: failure.today });
    const vars = { branches: failure.branches.join(t('planner.listSeparator')), count: failure.branches.length, date: failure.on };
    return t(failure.on >= failure.today ? 'planner.effectiveOn.foundedToday' : 'planner.effectiveOn.foundedThatDay', vars);
  }
  if (failure instanceof ApiRequestError) {
    if (failure.status === 409 && failure.field === 'expectedRevision') return t('planner.plan.stale');
    if (failure.status === 409 && failure.field === 'branchId') return t('planner.lock.already');
    if (failure.status === 404 && failure.field === 'branchId') return t('planner.lock.notLocked');
    if (failure.status === 400 && failure.field?.startsWith('steps')) return t('planner.plan.refused');
    if (failure.status === 403) return t('planner.forbidden');
  }
  const detail = failure instanceof Error ? failure.message : String(failure);
  return t('planner.failed', { detail });
}
