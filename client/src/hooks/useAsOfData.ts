/**
 * Keeps everything the map dashboard fetches whole in step with its day (`asOf`): the labelled
 * overlays, and the demolition zones with their buildings. Tiles and the coverage report follow
 * `asOf` on their own (the map adapter and `useCoverageReport`).
 */
import { useEffect } from 'react';
import { loadOverlays, loadZoneMap } from '../api/load';
import { useAppStore } from '../state/store';

/** Runs `load` with an abort signal, cancelled on cleanup; a failure is reported to `onError`, an abort is not. */
function cancellable(load: (signal: AbortSignal) => Promise<void>, onError: (message: string) => void): () => void {
  const abort = new AbortController();
  load(abort.signal).catch((error: unknown) => {
    if (!abort.signal.aborted) onError(error instanceof Error ? error.message : String(error));
  });
  return () => abort.abort();
}

export function useAsOfData(): void {
  const asOf = useAppStore((s) => s.asOf);
  const overlaysAsOf = useAppStore((s) => s.overlaysAsOf);
  const dataVersion = useAppStore((s) => s.meta?.dataVersion);
  const setLoadError = useAppStore((s) => s.setLoadError);

  // The first overlays come with the initial load; after that, a new day loads them again.
  useEffect(() => {
    if (overlaysAsOf === undefined || overlaysAsOf === asOf) return undefined;
    return cancellable((signal) => loadOverlays(useAppStore, asOf, signal), setLoadError);
  }, [asOf, overlaysAsOf, setLoadError]);

  // Zones are an extra: without them the map still works, so a failure only costs them.
  useEffect(() => cancellable((signal) => loadZoneMap(useAppStore, asOf, signal), () => undefined), [asOf, dataVersion]);
}
