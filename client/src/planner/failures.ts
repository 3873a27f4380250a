/**
 * The planner's failed requests in the UI's language (pure). The server answers in English for
 * API clients; the cases a planner meets in the workspace are worded here from the status and
 * the field the server named, and anything else keeps the server's words behind a worded lead-in.
 */
import type { Translate } from '../i18n';
import { ApiRequestError } from '../api/http';

/** What to show for `failure`, thrown by a planner action. */
export function failureText(failure: unknown, t: Translate): string {
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
