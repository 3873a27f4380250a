/**
 * Keeps the shown unit's coverage report loaded: fetched whenever the unit changes or the data
 * does (a new `dataVersion`), the previous request cancelled.
 */
import { useEffect } from 'react';
import { loadCoverage } from '../api/load';
import { useAppStore } from '../state/store';

export function useCoverageReport(): void {
  const unit = useAppStore((s) => s.unit);
  const dataVersion = useAppStore((s) => s.meta?.dataVersion);
  useEffect(() => {
    if (!unit) return undefined;
    const abort = new AbortController();
    void loadCoverage(useAppStore, unit, abort.signal);
    return () => abort.abort();
  }, [unit, dataVersion]);
}
