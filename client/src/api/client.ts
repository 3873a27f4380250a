/**
 * Typed calls for the aggregate data every signed-in user may read (see `shared/api.ts`):
 * the sub-district summary, whole layers and coverage reports.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { AsOfRangeResponse, CoverageLevel, CoverageResponse, LayerName, LayerPropsMap, MetaResponse } from '../../../shared/api';
import type { BBox } from '../../../shared/model';
import { expectObject, getJson, withQuery } from './http';

/** `GET /api/meta`: the sub-district, its extent and the data version. */
export async function fetchMeta(signal?: AbortSignal): Promise<MetaResponse> {
  return expectObject<MetaResponse>(await getJson('/api/meta', signal), 'GET /api/meta', 'dataVersion');
}

/**
 * `GET /api/layers/:layer`: one whole layer as GeoJSON, or the part inside `bbox` (`[minLng, minLat, maxLng, maxLat]`);
 * with `asOf` (YYYY-MM-DD), as it stood that day.
 */
export async function fetchLayer<L extends LayerName>(
  layer: L,
  signal?: AbortSignal,
  bbox?: BBox,
  asOf?: string | null,
): Promise<FeatureCollection<Geometry, LayerPropsMap[L]>> {
  const path = withQuery(`/api/layers/${layer}`, { bbox: bbox?.join(','), asOf: asOf ?? undefined });
  const body = await getJson(path, signal);
  if (typeof body !== 'object' || body === null || !('features' in body) || !Array.isArray(body.features)) {
    throw new Error(`GET ${path}: not a FeatureCollection`);
  }
  return body as FeatureCollection<Geometry, LayerPropsMap[L]>;
}

/** `GET /api/coverage?level=…&id=…`: one unit's figures, children, gaps and violations; with `asOf`, that day's. */
export async function fetchCoverage(level: CoverageLevel, id: number, signal?: AbortSignal, asOf?: string | null): Promise<CoverageResponse> {
  const path = withQuery('/api/coverage', { level, id, asOf: asOf ?? undefined });
  const body = expectObject<CoverageResponse>(await getJson(path, signal), `GET ${path}`, 'unit');
  if (!('gaps' in body)) throw new Error(`GET ${path}: unexpected response`);
  return body;
}

/** `GET /api/as-of/range`: the first day with history and the server's today, for the as-of slider. */
export async function fetchAsOfRange(signal?: AbortSignal): Promise<AsOfRangeResponse> {
  return expectObject<AsOfRangeResponse>(await getJson('/api/as-of/range', signal), 'GET /api/as-of/range', 'today');
}
