/**
 * Typed calls of the demolition and relocation page. Every read takes the dashboard's `asOf`
 * (YYYY-MM-DD, or null for today) and passes it on, so the page always shows one day.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { FlowsResponse, LedgerEntryDto, LedgerEventDto, RelocationSummary, WhatIfResponse, ZoneBuildingProps, ZoneProps } from '../../../shared/relocation/api';
import type { RelocationState } from '../../../shared/relocation/states';
import { expectObject, getJson, requestJson, withQuery } from './http';

type Day = string | null;

async function getObject<T>(path: string, field: string, signal?: AbortSignal): Promise<T> {
  return expectObject<T>(await getJson(path, signal), `GET ${path}`, field);
}

/** `GET /api/zones`: the zones announced by the day, in their stage then. */
export function fetchZones(asOf: Day, signal?: AbortSignal): Promise<FeatureCollection<Polygon | MultiPolygon, ZoneProps>> {
  return getObject(withQuery('/api/zones', { asOf: asOf ?? undefined }), 'features', signal);
}

/** `GET /api/zones/buildings`: the buildings zones took, slated or demolished that day. */
export function fetchZoneBuildings(asOf: Day, signal?: AbortSignal): Promise<FeatureCollection<Polygon, ZoneBuildingProps>> {
  return getObject(withQuery('/api/zones/buildings', { asOf: asOf ?? undefined }), 'features', signal);
}

/** `GET /api/relocations/flows`: arcs, per-community counts and outside places (aggregates). */
export function fetchFlows(asOf: Day, signal?: AbortSignal): Promise<FlowsResponse> {
  return getObject(withQuery('/api/relocations/flows', { asOf: asOf ?? undefined }), 'arcs', signal);
}

/** `GET /api/relocations/summary`: the counters. */
export function fetchSummary(asOf: Day, signal?: AbortSignal): Promise<RelocationSummary> {
  return getObject(withQuery('/api/relocations/summary', { asOf: asOf ?? undefined }), 'affected', signal);
}

/** `GET /api/relocations`: the ledger with names (ledger keepers; a secretary sees their own members). */
export async function fetchLedger(asOf: Day, signal?: AbortSignal): Promise<LedgerEntryDto[]> {
  return (await getObject<{ entries: LedgerEntryDto[] }>(withQuery('/api/relocations', { asOf: asOf ?? undefined }), 'entries', signal)).entries;
}

/** `GET /api/relocations/:id/events`: one entry's steps. */
export async function fetchEntryEvents(id: number, signal?: AbortSignal): Promise<LedgerEventDto[]> {
  return (await getObject<{ events: LedgerEventDto[] }>(`/api/relocations/${id}/events`, 'events', signal)).events;
}

/** `GET /api/zones/:id/what-if`: coverage if the zone were cleared. */
export function fetchWhatIf(zoneId: number, asOf: Day, signal?: AbortSignal): Promise<WhatIfResponse> {
  return getObject(withQuery(`/api/zones/${zoneId}/what-if`, { asOf: asOf ?? undefined }), 'newGaps', signal);
}

/** A destination: a building of the sub-district, or an outside address with coordinates and community. */
export type DestinationInput =
  | { buildingId: number }
  | { address: string; communityName: string; lng: number; lat: number };

export interface TransitionInput {
  to: RelocationState;
  on: string;
  note: string;
  /** The entry's version the user saw; a newer one on the server answers 409. */
  expectedVersion: number;
  destination?: DestinationInput;
}

/** `POST /api/relocations/:id/transitions`: records a step; the entry as it now stands. */
export async function postTransition(id: number, input: TransitionInput): Promise<LedgerEntryDto> {
  return expectObject<LedgerEntryDto>(await requestJson('POST', `/api/relocations/${id}/transitions`, { body: input }), `POST /api/relocations/${id}/transitions`, 'state');
}
