/**
 * The wall's calls to the gridmap API, every one signed with the wall token as a bearer
 * header (the event stream, which cannot send headers, carries it in its URL instead; see
 * `live.ts`). Same-origin, root-relative paths: the wall talks to no other host.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { CommunityProps, CoverageResponse, LayerName, LayerPropsMap, MetaResponse } from '../../../shared/api';
import type { RelocationSummary, ZoneProps } from '../../../shared/relocation/api';
import type { RelocationHistoryResponse, WallAlertsResponse } from '../../../shared/wall';

/** The relocation counters and zones: the desk views' own types, so the wall reads the same figures. */
export type { RelocationSummary, ZoneProps } from '../../../shared/relocation/api';

/** Days of relocation history the wall charts. */
export const HISTORY_DAYS = 90;

export class WallApi {
  constructor(private readonly token: string) {}

  /** Headers for every request: the bearer token, when there is one. */
  headers(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await fetch(path, { signal, headers: { accept: 'application/json', ...this.headers() }, cache: 'no-store' });
    if (!response.ok) throw new Error(`GET ${path.split('?')[0]} → HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  meta = (signal?: AbortSignal) => this.get<MetaResponse>('/api/meta', signal);
  subdistrict = (signal?: AbortSignal) => this.get<CoverageResponse>('/api/coverage?level=subdistrict', signal);
  community = (id: number, signal?: AbortSignal) => this.get<CoverageResponse>(`/api/coverage?level=community&id=${id}`, signal);
  relocation = (signal?: AbortSignal) => this.get<RelocationSummary>('/api/relocations/summary', signal);
  alerts = (signal?: AbortSignal) => this.get<WallAlertsResponse>('/api/wall/alerts', signal);
  history = (signal?: AbortSignal) => this.get<RelocationHistoryResponse>(`/api/wall/relocation-history?days=${HISTORY_DAYS}`, signal);
  zones = (signal?: AbortSignal) => this.get<FeatureCollection<Geometry, ZoneProps>>('/api/zones', signal);
  layer = <L extends LayerName>(layer: L, signal?: AbortSignal) => this.get<FeatureCollection<Geometry, LayerPropsMap[L]>>(`/api/layers/${layer}`, signal);

  /** The event stream's URL: the token goes in the query, as EventSource cannot set headers. */
  eventsUrl(): string {
    return `/api/events?wall=${encodeURIComponent(this.token)}`;
  }
}

export type CommunityCollection = FeatureCollection<Geometry, CommunityProps>;
