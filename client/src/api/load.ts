/**
 * Loads what the app needs before and beside the tiles into the store: the sub-district summary
 * first (the map cannot be placed without it, and the dashboard opens on that sub-district),
 * then the small polygon layers labelled client-side; and a unit's coverage report on demand.
 * Everything but the summary is of the dashboard's day (`asOf`: null for today).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaGeometry } from '../../../shared/model';
import type { UnitKey } from '../coverage/levels';
import type { AppStore } from '../state/store';
import { fetchZoneBuildings, fetchZones } from './relocation';
import { fetchAsOfRange, fetchCoverage, fetchLayer, fetchMeta } from './client';
import { ApiRequestError } from './http';

/** Keeps only polygon features: labels and boundaries are drawn for areas alone. */
export function areasOnly<P>(collection: FeatureCollection<Geometry, P>): FeatureCollection<AreaGeometry, P> {
  return {
    type: 'FeatureCollection',
    features: collection.features.filter(
      (f): f is Feature<AreaGeometry, P> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    ),
  };
}

/**
 * Fetches meta and overlays into `store`; a failure ends up in `loadError`, not thrown. The
 * dashboard opens on `landing` (a secretary's branch, the map fitted to it once its report
 * brings its box) or else on the whole sub-district.
 */
export async function loadInitialData(store: AppStore, signal?: AbortSignal, landing: UnitKey | null = null): Promise<void> {
  try {
    const meta = await fetchMeta(signal);
    store.getState().setMeta(meta);
    // The map opens on the whole sub-district already, so opening its report moves nothing.
    if (landing) store.getState().drillTo(landing, { mode: 'always' });
    else if (meta.subdistrict) store.getState().drillTo({ level: 'subdistrict', id: meta.subdistrict.id });
    await loadOverlays(store, store.getState().asOf, signal);
  } catch (error) {
    if (signal?.aborted) return;
    store.getState().setLoadError(error instanceof Error ? error.message : String(error));
  }
}

/** Fetches the labelled polygon layers as they stood on `asOf` (null: today) into `store`. Throws on failure. */
export async function loadOverlays(store: AppStore, asOf: string | null, signal?: AbortSignal): Promise<void> {
  const [communities, branches, neighbourhoods] = await Promise.all([
    fetchLayer('communities', signal, undefined, asOf),
    fetchLayer('branches', signal, undefined, asOf),
    fetchLayer('neighbourhoods', signal, undefined, asOf),
  ]);
  const { setOverlay, setOverlaysAsOf } = store.getState();
  setOverlay('communities', areasOnly(communities));
  setOverlay('branches', areasOnly(branches));
  setOverlay('neighbourhoods', areasOnly(neighbourhoods));
  setOverlaysAsOf(asOf);
}

/** Fetches the as-of slider's range (first day with history, the server's today) into `store`. Throws on failure. */
export async function loadAsOfRange(store: AppStore, signal?: AbortSignal): Promise<void> {
  store.getState().setAsOfRange(await fetchAsOfRange(signal));
}

/** Fetches the demolition zones and the buildings they took, as on `asOf` (null: today), into `store`. Throws on failure. */
export async function loadZoneMap(store: AppStore, asOf: string | null, signal?: AbortSignal): Promise<void> {
  const [zones, buildings] = await Promise.all([fetchZones(asOf, signal), fetchZoneBuildings(asOf, signal)]);
  store.getState().setZoneMap({ zones, buildings });
}

/** Fetches `unit`'s coverage report on `asOf` (null: today) into `store`; a failure ends up in `reportError`, not thrown. */
export async function loadCoverage(store: AppStore, unit: UnitKey, asOf: string | null, signal?: AbortSignal): Promise<void> {
  try {
    store.getState().receiveReport(await fetchCoverage(unit.level, unit.id, signal, asOf));
  } catch (error) {
    if (signal?.aborted) return;
    // On a past day a unit built later (or a grid drawn later) has no report: say so, not "error".
    const absentOn = asOf !== null && error instanceof ApiRequestError && error.status === 404 ? asOf : null;
    store.getState().failReport(unit, error instanceof Error ? error.message : String(error), absentOn);
  }
}
