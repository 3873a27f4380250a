/**
 * Loads what the app needs before and beside the tiles into the store: the sub-district summary
 * first (the map cannot be placed without it), then the small polygon layers labelled client-side.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaGeometry } from '../../../shared/model';
import type { AppStore } from '../state/store';
import { fetchLayer, fetchMeta } from './client';

/** Keeps only polygon features: labels and boundaries are drawn for areas alone. */
export function areasOnly<P>(collection: FeatureCollection<Geometry, P>): FeatureCollection<AreaGeometry, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.filter(
      (f): f is Feature<AreaGeometry, P> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    ),
  };
}

/** Fetches meta and overlays into `store`; a failure ends up in `loadError`, not thrown. */
export async function loadInitialData(store: AppStore, signal?: AbortSignal): Promise<void> {
  try {
    store.getState().setMeta(await fetchMeta(signal));
    const [communities, branches, neighbourhoods] = await Promise.all([
      fetchLayer('communities', signal),
      fetchLayer('branches', signal),
      fetchLayer('neighbourhoods', signal),
    ]);
    const { setOverlay } = store.getState();
    setOverlay('communities', areasOnly(communities));
    setOverlay('branches', areasOnly(branches));
    setOverlay('neighbourhoods', areasOnly(neighbourhoods));
  } catch (error) {
    if (signal?.aborted) return;
    store.getState().setLoadError(error instanceof Error ? error.message : String(error));
  }
}
