/**
 * The report the panel draws: the shown unit's, or while the next one loads the previous one,
 * marked stale so it can be dimmed rather than blanked (no flicker on every click).
 */
import { selectCurrentReport } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { CoverageResponse } from '../../../shared/api';

export function useShownReport(): { report: CoverageResponse | null; stale: boolean } {
  const current = useAppStore(selectCurrentReport);
  const previous = useAppStore((s) => s.report);
  return current ? { report: current, stale: false } : { report: previous, stale: previous !== null };
}
