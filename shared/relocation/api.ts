/**
 * The HTTP contract of the relocation page's reads beyond the ledger (`server/relocation/routes.ts`):
 * the flow map, the zones' buildings and the what-if preview. Aggregates only: no member ids or
 * names. Positions `[lng, lat]`; days YYYY-MM-DD.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { BuildingStatus } from '../model';
import type { ClockFlags } from './clocks';
import type { CommunityFlow, FlowArc, FlowLevel, OutsidePlace } from './flows';
import type { RelocationState } from './states';
import type { ZoneStage } from './zones';

/** `GET /api/relocations/flows?asOf=&zoneId=`. */
export interface FlowsResponse {
  /** The day the flows stand on (today when no asOf was asked). */
  asOf: string;
  /** Arcs aggregated at each level; the map picks one by zoom. */
  arcs: Record<FlowLevel, FlowArc[]>;
  communities: CommunityFlow[];
  outside: OutsidePlace[];
  /** Entries open that day per state, and how many have no destination yet. */
  byState: Record<RelocationState, number>;
  withoutDestination: number;
}

/** Properties of a feature of `GET /api/zones/buildings?asOf=` (GeoJSON, footprints). */
export interface ZoneBuildingProps {
  id: number;
  address: string;
  zoneId: number;
  status: BuildingStatus;
}

/** `GET /api/zones/:id/what-if?asOf=`: coverage if everyone in the zone left and it were cleared. */
export interface WhatIfResponse {
  zoneId: number;
  zoneName: string;
  asOf: string;
  /** Active members living in the zone's buildings that day. */
  membersLeaving: number;
  buildings: number;
  /** Sub-district coverage (reached ÷ households, 0..1) and households, before and after. */
  coverageBefore: number | null;
  coverageAfter: number | null;
  householdsBefore: number;
  householdsAfter: number;
  /** Neighbourhoods that would become gaps (空白小区). */
  newGaps: { id: number; name: string; communityName: string; polygon: Polygon | MultiPolygon }[];
  /** Branches that would fall under the minimum of full members (≥ 3), with before and after counts. */
  branchesUnder: { id: number; code: string; name: string; before: number; after: number; polygon: Polygon | MultiPolygon }[];
  /** The minimum the branches were judged by. */
  minFullMembers: number;
}

/** `GET /api/relocations/:id/events`: one ledger entry's steps (ledger keepers only). */
export interface LedgerEventDto {
  id: number;
  from: RelocationState | null;
  to: RelocationState;
  on: string;
  by: string;
  note: string;
  recordedAt: string;
  /** The destination recorded with this step, as text (building address or outside address and community), or null. */
  destination: string | null;
}

/** `GET /api/relocations/summary?asOf=&zoneId=`: the counters (aggregates, any role). */
export interface RelocationSummary {
  affected: number;
  /** Resettled, reported or transferred. */
  resettled: number;
  /** Neither reported nor transferred. */
  unaccountedFor: number;
  lostContact: number;
  byState: Record<RelocationState, number>;
}

/** Properties of a feature of `GET /api/zones?asOf=` (GeoJSON, the zone's polygon). */
export interface ZoneProps {
  id: number;
  name: string;
  /** The stage on the day asked for. */
  stage: ZoneStage;
  announced_on: string | null;
  moving_on: string | null;
  cleared_on: string | null;
  finished_on: string | null;
  /** Ledger entries per state on that day. */
  ledger: Partial<Record<RelocationState, number>>;
}

/** One entry of `GET /api/relocations?asOf=&zoneId=&state=` (ledger keepers only: it names the member). */
export interface LedgerEntryDto {
  id: number;
  memberId: number;
  memberName: string;
  branchId: number | null;
  zoneId: number;
  zoneName: string;
  originBuildingId: number | null;
  originAddress: string | null;
  /** The state on the day asked for. */
  state: RelocationState;
  destination: { buildingId: number | null; address: string | null; lng: number | null; lat: number | null; communityName: string | null };
  movedOutOn: string | null;
  lastContact: string | null;
  updatedOn: string;
  /** Send back as `expectedVersion` when recording the next step. */
  version: number;
  unaccountedFor: boolean;
  clocks: ClockFlags;
}
