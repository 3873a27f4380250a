/**
 * Keeps the shown unit's coverage report loaded: fetched whenever the unit changes, the data
 * does (a new `dataVersion`) or the dashboard's day (`asOf`), the previous request cancelled.
 */
import { useEffect } from 'react';
import { loadCoverage } from '../api/load';
import { useAppStore } from '../state/store';

export function useCoverageReport(): void {
  const unit = useAppStore((s) => s.unit);
  const dataVersion = useAppStore((s) => s.meta?.dataVersion);
  const asOf = useAppStore((s) => s.asOf);
  useEffect(() => {
    if (!unit) return undefined;
    const abort = new AbortController();
    void loadCoverage(useAppStore, unit, asOf, abort.signal);
    return () => abort.abort();
  }, [unit, dataVersion, asOf]);
}
