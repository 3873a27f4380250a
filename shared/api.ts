/**
 * The HTTP contract between server and client: layer names and the properties each
 * layer's features carry. Members' names, phones and birth years never appear here:
 * layers and tiles are aggregate data that every role, the wall display included, may see.
 */
import type {
  BuildingStatus,
  BuildingUse,
  NeighbourhoodKind,
  RoadKind,
} from './model';

/** Layers served as GeoJSON by `GET /api/layers/:layer`. */
export const LAYER_NAMES = [
  'communities',
  'branches',
  'neighbourhoods',
  'buildings',
  'leads',
  'roads',
  'water',
] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Layers inside each vector tile of `GET /api/tiles/:z/:x/:y.mvt` (source-layer names). */
export const TILE_LAYER_NAMES = ['water', 'roads', 'neighbourhoods', 'branches', 'buildings', 'leads'] as const;
export type TileLayerName = (typeof TILE_LAYER_NAMES)[number];

/** Lowest zoom at which each tile layer is included; tiles below it leave the layer out. */
export const TILE_MIN_ZOOM: Record<TileLayerName, number> = {
  water: 10,
  roads: 12,
  branches: 11,
  neighbourhoods: 13,
  buildings: 14,
  leads: 15,
};

/** Highest zoom the server cuts tiles at; the map overzooms beyond it. */
export const TILE_MAX_ZOOM = 18;

export interface CommunityProps {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  branches: number;
  households: number;
  residents: number;
  members: number;
}

export interface BranchProps {
  id: number;
  code: string;
  name: string;
  communityId: number;
  communityName: string;
  /** Whether the secretary post is filled; the secretary's name is personal data. */
  hasSecretary: boolean;
  buildings: number;
  households: number;
  residents: number;
  /** Members whose organisational relationship is with this branch, in any status. */
  members: number;
  /** Active full members (正式党员), the figure the ≥3 rule counts. */
  fullMembers: number;
  leads: number;
  validFrom: string;
}

export interface NeighbourhoodProps {
  id: number;
  name: string;
  kind: NeighbourhoodKind;
  communityId: number;
  communityName: string;
  buildings: number;
  households: number;
  /** Active members living in the neighbourhood. */
  members: number;
}

export interface BuildingProps {
  id: number;
  address: string;
  floors: number;
  households: number;
  residents: number;
  use: BuildingUse;
  status: BuildingStatus;
  neighbourhoodId: number | null;
  neighbourhoodName: string | null;
  branchId: number | null;
  branchCode: string | null;
  /** Active members living in the building. */
  members: number;
  leads: number;
}

export interface LeadProps {
  id: number;
  buildingId: number;
  address: string;
  branchId: number | null;
  branchCode: string | null;
  /** Households the lead is linked to, summed over all linked buildings. */
  linkedHouseholds: number;
  linkedBuildings: number;
}

export interface RoadProps {
  id: number;
  name: string;
  kind: RoadKind;
}

export interface WaterProps {
  id: number;
  name: string;
}

export interface LayerPropsMap {
  communities: CommunityProps;
  branches: BranchProps;
  neighbourhoods: NeighbourhoodProps;
  buildings: BuildingProps;
  leads: LeadProps;
  roads: RoadProps;
  water: WaterProps;
}

export interface HealthResponse {
  ok: true;
  version: string;
  /** Counts of the main tables, so a monitor can tell an empty database from a loaded one. */
  counts: { communities: number; branches: number; buildings: number; members: number };
}

/** Summary the client needs before it draws: where to centre and what the place is called. */
export interface MetaResponse {
  subdistrict: { id: number; code: string; name: string; nameEn: string } | null;
  bbox: [number, number, number, number] | null;
  /** Increases on every write; tile URLs carry it so caches never serve stale tiles. */
  dataVersion: number;
}

/** The one error shape every failing route answers with. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Which record, when the error is about one. */
  record?: string;
  /** Which field or parameter, when the error is about one. */
  field?: string;
}
