/**
 * Typed calls to the gridmap HTTP API (see `shared/api.ts`). Same-origin, root-relative paths:
 * the client never talks to any other host.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { CoverageLevel, CoverageResponse, LayerName, LayerPropsMap, MetaResponse } from '../../../shared/api';

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} → HTTP ${response.status}`);
  return response.json();
}

/** `GET /api/meta`: the sub-district, its extent and the data version. */
export async function fetchMeta(signal?: AbortSignal): Promise<MetaResponse> {
  const body = await getJson('/api/meta', signal);
  if (typeof body !== 'object' || body === null || !('dataVersion' in body)) {
    throw new Error('GET /api/meta: unexpected response');
  }
  return body as MetaResponse;
}

/** `GET /api/layers/:layer`: one whole layer as GeoJSON. */
export async function fetchLayer<L extends LayerName>(
  layer: L,
  signal?: AbortSignal,
): Promise<FeatureCollection<Geometry, LayerPropsMap[L]>> {
  const body = await getJson(`/api/layers/${layer}`, signal);
  if (typeof body !== 'object' || body === null || !('features' in body) || !Array.isArray(body.features)) {
    throw new Error(`GET /api/layers/${layer}: not a FeatureCollection`);
  }
  return body as FeatureCollection<Geometry, LayerPropsMap[L]>;
}

/** `GET /api/coverage?level=…&id=…`: one unit's figures, children, gaps and violations. */
export async function fetchCoverage(level: CoverageLevel, id: number, signal?: AbortSignal): Promise<CoverageResponse> {
  const path = `/api/coverage?level=${encodeURIComponent(level)}&id=${id}`;
  const body = await getJson(path, signal);
  if (typeof body !== 'object' || body === null || !('unit' in body) || !('gaps' in body)) {
    throw new Error(`GET ${path}: unexpected response`);
  }
  return body as CoverageResponse;
}
