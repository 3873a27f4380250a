/**
 * Keeps a worked branch's lists (members, buildings) loaded while its panel shows: fetched
 * when the user may work on the shown branch and its report has brought the box, again on
 * every new data version, the previous request cancelled.
 */
import { useEffect } from 'react';
import { loadBranchWork } from '../api/loadBranch';
import { canWorkOn } from '../auth/abilities';
import { selectCurrentReport } from '../state/selectors';
import { useAppStore } from '../state/store';

export function useBranchWork(): void {
  const session = useAppStore((s) => s.session);
  const unit = useAppStore((s) => s.unit);
  const bbox = useAppStore((s) => selectCurrentReport(s)?.unit.bbox);
  const dataVersion = useAppStore((s) => s.meta?.dataVersion);
  const work = canWorkOn(session, unit);
  const branchId = work ? unit?.id : undefined;
  const box = bbox?.join(',');
  useEffect(() => {
    if (branchId === undefined || !bbox || dataVersion === undefined) return undefined;
    const held = useAppStore.getState().branchWork;
    if (held && held.branchId === branchId && held.dataVersion === dataVersion) return undefined;
    const abort = new AbortController();
    void loadBranchWork(useAppStore, branchId, bbox, dataVersion, abort.signal);
    return () => abort.abort();
    // The box is compared by value: a new report object with the same box needs no reload.
  }, [branchId, box, dataVersion]);
}
