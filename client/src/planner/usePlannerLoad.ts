/** Loads the planner's base, footprints and grids when the page opens; says so if it fails. */
import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { loadPlanner } from './actions';

export function usePlannerLoad(): string | null {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    loadPlanner(useAppStore, abort.signal).catch((failure: unknown) => {
      if (!abort.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
    });
    return () => abort.abort();
  }, []);
  return error;
}
