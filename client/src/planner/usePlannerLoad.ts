/** Loads the planner's base, footprints and grids when the page opens; hands back what went wrong, to word (see failures.ts). */
import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { loadPlanner } from './actions';

export function usePlannerLoad(): { error: unknown } | null {
  const [error, setError] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    loadPlanner(useAppStore, abort.signal).catch((failure: unknown) => {
      if (!abort.signal.aborted) setError({ error: failure });
    });
    return () => abort.abort();
  }, []);
  return error;
}
