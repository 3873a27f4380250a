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
  /** Households reached by an active member, and reached ÷ households (null: no households). */
  reached: number;
  coverage: number | null;
  gapNeighbourhoods: number;
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
  reached: number;
  /** reached ÷ households, 0..1; null when the grid has no households. */
  coverage: number | null;
  /** Gap neighbourhoods counted under this branch. */
  gapNeighbourhoods: number;
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
  reached: number;
  coverage: number | null;
  /** No active member lives here and no household is reached: a gap (空白小区). */
  gap: boolean;
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
  reached: number;
  /** covered / partly_covered / resident_only / gap / no_households (see shared/coverage/types.ts). */
  coverageState: string;
  /** Day a secretary last marked the building's facts verified (YYYY-MM-DD), or null. */
  verifiedOn: string | null;
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

/* ------------------------------------------------------------------ coverage */

export const COVERAGE_LEVELS = ['subdistrict', 'community', 'branch', 'neighbourhood', 'building'] as const;
/** Units `GET /api/coverage` answers for; children: sub-district → communities → branches → buildings, neighbourhood → buildings. */
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** A unit's identity, for breadcrumbs, lists and zooming. */
export interface UnitRef {
  level: CoverageLevel;
  id: number;
  /** Administrative code (sub-district, community, branch); null for neighbourhoods and buildings. */
  code: string | null;
  /** Name, or the address of a building. */
  name: string;
  /** `[minLng, minLat, maxLng, maxLat]` to zoom to. */
  bbox: [number, number, number, number];
}

export interface CoverageFiguresDto {
  households: number;
  reached: number;
  /** reached ÷ households, 0..1; null when there are no households. */
  coverage: number | null;
  residents: number;
  buildings: number;
  coveredBuildings: number;
  partlyCoveredBuildings: number;
  gapBuildings: number;
  /** Active members living in the unit. */
  residentMembers: number;
  /** Active household-leads living in the unit. */
  leads: number;
  /** Organisational figures (sub-district, community, branch): active members, full members, by category and age band. */
  members?: number;
  fullMembers?: number;
  byCategory?: Record<string, number>;
  byAgeBand?: Record<string, number>;
  /** Gap neighbourhoods counted under the unit. */
  gapNeighbourhoods?: number;
  /** Neighbourhoods: whether it is a gap. Buildings: their coverage state. */
  gap?: boolean;
  state?: string;
}

export interface CoverageUnitDto extends UnitRef {
  figures: CoverageFiguresDto;
}

/** An active member near a gap, without personal data: where they live and how far. */
export interface NearbyMember {
  buildingId: number;
  address: string;
  /** Straight-line distance from the gap's centre, metres. */
  distanceM: number;
  isLead: boolean;
}

export interface GapNeighbourhoodDto extends UnitRef {
  households: number;
  buildings: number;
  /** The branch the gap is counted under. */
  branchId: number | null;
  nearestMembers: NearbyMember[];
}

export interface GapBuildingDto extends UnitRef {
  households: number;
  neighbourhoodId: number | null;
  branchId: number | null;
}

export interface ViolationDto {
  rule: string;
  level: 'branch' | 'community' | 'lead';
  id: number;
  /** Name of the unit (branch or community name; a lead's address). */
  name: string;
  figure: number | string;
  limit: string;
  otherId?: number;
  areaM2?: number;
  where?: [number, number];
  bbox: [number, number, number, number];
}

export interface CoverageResponse {
  unit: CoverageUnitDto;
  /** From the sub-district down to the unit's parent. */
  path: UnitRef[];
  children: CoverageUnitDto[];
  /** Gaps inside the unit, in reading order (north→south, west→east). */
  gaps: { neighbourhoods: GapNeighbourhoodDto[]; buildings: GapBuildingDto[] };
  violations: ViolationDto[];
  /** Current buildings with no grid branch, inside the unit (sub-district: all of them). */
  unassignedBuildings: number;
  /** The thresholds the violations were judged by. */
  rules: Record<string, unknown>;
  dataVersion: number;
}

/* ------------------------------------------------------------------ as of */

/** `GET /api/as-of/range`: the days the dashboard's as-of slider runs over. */
export interface AsOfRangeResponse {
  /** The first day the data holds history for (YYYY-MM-DD); null for an empty database. */
  from: string | null;
  /** Today in the users' time zone, by the server's calendar (YYYY-MM-DD). */
  today: string;
}
