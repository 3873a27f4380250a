/**
 * Inputs and outputs of the coverage engine: who reaches which households.
 *
 * Definitions (the README repeats them for users):
 * - A household is **reached** when an active member is assigned to it: as a household-lead
 *   (党员中心户) through the lead's links, or as a liaison (联系人) for its whole building or
 *   neighbourhood. Reached households of a building never exceed its households.
 * - A building is **covered** when all its households are reached, **partly covered** when
 *   some are, a **gap** when none are and no active member lives there; `resident_only` when
 *   none are reached but an active member lives there; `no_households` for shops and
 *   public buildings.
 * - A neighbourhood (小区/楼院) is a **gap** when no active member lives in it and none of its
 *   households is reached.
 * - Coverage of a unit = reached ÷ households of its buildings; null when it has none.
 * Only `active` members count. A household-lead reaches its linked households only while its
 * member lives in the lead's building (see `leadServes`).
 */
import type { LeadLink, LiaisonTarget, MemberCategory, MemberStatus, Membership } from '../model';

export interface CoverageInput {
  communities: { id: number; subdistrictId: number }[];
  branches: { id: number; communityId: number }[];
  neighbourhoods: { id: number; communityId: number }[];
  buildings: { id: number; branchId: number | null; neighbourhoodId: number | null; households: number; residents: number }[];
  members: {
    id: number;
    status: MemberStatus;
    membership: Membership;
    category: MemberCategory;
    birthYear: number;
    branchId: number | null;
    buildingId: number | null;
  }[];
  leads: { id: number; memberId: number; buildingId: number; links: LeadLink[] }[];
  liaisons: { memberId: number; targetKind: LiaisonTarget; targetId: number }[];
}

/**
 * Whether a household-lead (党员中心户) serves: the lead is a member household among the
 * households it links, so it reaches them only while its member is active and lives in the
 * lead's building. One who moved away (a relocation's destination, or outside the sub-district:
 * `memberBuildingId` null) reaches nobody until re-appointed where they now live. Used by the
 * coverage engine and the planner alike, so both count the same leads.
 */
export function leadServes(leadBuildingId: number, memberStatus: MemberStatus, memberBuildingId: number | null): boolean {
  return memberStatus === 'active' && memberBuildingId === leadBuildingId;
}

export const BUILDING_COVERAGE_STATES = ['covered', 'partly_covered', 'resident_only', 'gap', 'no_households'] as const;
export type BuildingCoverageState = (typeof BUILDING_COVERAGE_STATES)[number];

export const AGE_BANDS = ['upTo35', 'from36to45', 'from46to59', 'from60to69', 'from70to79', 'from80'] as const;
/** Age bands, in whole years at the reference year: ≤35, 36–45, 46–59, 60–69, 70–79, ≥80. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** Figures of one unit (sub-district, community, branch, neighbourhood or building). */
export interface CoverageFigures {
  households: number;
  reached: number;
  /** reached ÷ households, 0..1; null when the unit has no households. */
  coverage: number | null;
  residents: number;
  buildings: number;
  coveredBuildings: number;
  partlyCoveredBuildings: number;
  gapBuildings: number;
  /** Active members living in the unit's buildings. */
  residentMembers: number;
  /** Active household-leads whose building lies in the unit. */
  leads: number;
}

/** Organisational figures: members whose Party relationship is with the unit's branches. */
export interface MemberFigures {
  /** Active members. */
  members: number;
  /** Active full members (正式党员). */
  fullMembers: number;
  byCategory: Record<MemberCategory, number>;
  byAgeBand: Record<AgeBand, number>;
}
