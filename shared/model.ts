/**
 * Domain model of a sub-district's Party-building grid, shared by server and client.
 *
 * These are the API-facing shapes. Database rows have their own types in
 * `server/db/rows.ts`; repositories translate between the two.
 *
 * Geometry is GeoJSON in WGS-84 with positions in `[lng, lat]` order (degrees).
 * Dates are ISO `YYYY-MM-DD` strings; `validTo: null` means "still valid".
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** A bounding box in degrees: `[minLng, minLat, maxLng, maxLat]`. */
export type BBox = [number, number, number, number];

export type AreaGeometry = Polygon | MultiPolygon;
export type LineGeometry = LineString | MultiLineString;

/** 街道: the sub-district whose Party working committee runs the grid. */
export interface Subdistrict {
  id: number;
  /** 9-digit administrative code: county (6) + street (3), e.g. `370203020`. */
  code: string;
  name: string;
  nameEn: string;
  boundary: AreaGeometry;
}

export const PARTY_ORG_LEVELS = ['branch', 'general_branch', 'committee'] as const;
/** A community Party organisation: 党支部 (branch), 党总支 (general branch) or 党委 (committee). */
export type PartyOrgLevel = (typeof PARTY_ORG_LEVELS)[number];

/** 社区: a residential community; its grids tile its boundary. */
export interface Community {
  id: number;
  subdistrictId: number;
  /** 12-digit code: sub-district code (9) + community sequence (3). */
  code: string;
  name: string;
  nameEn: string;
  boundary: AreaGeometry;
  /** The level its Party organisation is recorded at; absent or null when not recorded. */
  partyOrgLevel?: PartyOrgLevel | null;
}

/** 网格党支部: the grid and its Party branch, one per grid. */
export interface GridBranch {
  id: number;
  communityId: number;
  /** 14-digit code: community code (12) + 2-digit sequence, numbered west→east, north→south. */
  code: string;
  name: string;
  /** The member who is branch secretary, or null when the post is vacant. */
  secretaryMemberId: number | null;
  polygon: AreaGeometry;
  validFrom: string;
  validTo: string | null;
}

export const NEIGHBOURHOOD_KINDS = ['xiaoqu', 'louyuan'] as const;
/** `xiaoqu` 小区 (a managed residential estate) or `louyuan` 楼院 (an old courtyard compound). */
export type NeighbourhoodKind = (typeof NEIGHBOURHOOD_KINDS)[number];

/** 小区/楼院: a residential compound inside one community. */
export interface Neighbourhood {
  id: number;
  communityId: number;
  name: string;
  kind: NeighbourhoodKind;
  polygon: AreaGeometry;
}

export const BUILDING_USES = ['residential', 'shop', 'public'] as const;
export type BuildingUse = (typeof BUILDING_USES)[number];

export const BUILDING_STATUSES = ['normal', 'slated_demolition', 'demolished', 'new'] as const;
/** normal; slated_demolition 待拆迁; demolished 已拆除; new 新建. */
export type BuildingStatus = (typeof BUILDING_STATUSES)[number];

/** 楼栋: a building with its households. Shops and public buildings have 0 households. */
export interface Building {
  id: number;
  /** Null for buildings outside any compound (street-front shops, public buildings). */
  neighbourhoodId: number | null;
  /** Null when no grid branch has been assigned (the planner's "unassigned"). */
  branchId: number | null;
  address: string;
  floors: number;
  households: number;
  residents: number;
  use: BuildingUse;
  status: BuildingStatus;
  footprint: Polygon;
  validFrom: string;
  validTo: string | null;
}

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const MEMBERSHIPS = ['full', 'probationary'] as const;
/** full 正式党员; probationary 预备党员. */
export type Membership = (typeof MEMBERSHIPS)[number];

export const MEMBER_CATEGORIES = [
  'in_service',
  'retired',
  'unemployed',
  'floating',
  'self_employed',
  'resident',
] as const;
/** in_service 在职; retired 离退休; unemployed 失业; floating 流动; self_employed 个体; resident 居民. */
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const EDUCATIONS = ['primary', 'junior_high', 'senior_high', 'college', 'bachelor', 'postgraduate'] as const;
export type Education = (typeof EDUCATIONS)[number];

export const MEMBER_STATUSES = ['active', 'moving', 'lost_contact', 'transferred_out', 'deceased'] as const;
/** Only `active` members count toward coverage. */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** 党员: personal fields (name, phone, birth year) are released only to roles that need them. */
export interface Member {
  id: number;
  name: string;
  gender: Gender;
  birthYear: number;
  membership: Membership;
  category: MemberCategory;
  education: Education;
  /** The grid branch that holds the member's organisational relationship. */
  branchId: number | null;
  /** Where the member lives; null when the residence is outside the sub-district or unknown. */
  buildingId: number | null;
  status: MemberStatus;
  lastContact: string | null;
  /** Demo phones start with 100 so they can never be real numbers. */
  phone: string;
}

/** How many households of one building a household-lead is linked to. */
export interface LeadLink {
  buildingId: number;
  households: number;
}

/** 党员中心户: a member household linked to about ten neighbouring households. */
export interface HouseholdLead {
  id: number;
  memberId: number;
  buildingId: number;
  point: Point;
  links: LeadLink[];
}

export const LIAISON_TARGETS = ['building', 'neighbourhood'] as const;
export type LiaisonTarget = (typeof LIAISON_TARGETS)[number];

/** 联系人: a member answering for a whole building or neighbourhood. */
export interface Liaison {
  id: number;
  memberId: number;
  targetKind: LiaisonTarget;
  targetId: number;
}

export const ROAD_KINDS = ['primary', 'secondary', 'tertiary', 'residential', 'path'] as const;
export type RoadKind = (typeof ROAD_KINDS)[number];

export interface Road {
  id: number;
  name: string;
  kind: RoadKind;
  geometry: LineGeometry;
}

export interface Water {
  id: number;
  name: string;
  geometry: AreaGeometry;
}

/** A whole sub-district (or, at district scale, many) ready to load into an empty database. */
export interface Dataset {
  subdistricts: Subdistrict[];
  communities: Community[];
  branches: GridBranch[];
  neighbourhoods: Neighbourhood[];
  buildings: Building[];
  members: Member[];
  leads: HouseholdLead[];
  liaisons: Liaison[];
  roads: Road[];
  water: Water[];
}
