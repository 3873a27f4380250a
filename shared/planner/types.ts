/**
 * The planner's workspace: what a plan is, what it is evaluated against, and what an
 * evaluation answers. Shared by the server (which stores and applies plans) and the client
 * (which paints them and evaluates them live with the same functions).
 *
 * A plan is an ordered list of **steps** (one per painting stroke, the unit of undo and
 * redo); each step holds operations. Later steps override earlier ones (painting over);
 * within one step a building may go to one place only. Positions are `[lng, lat]` degrees.
 */
import type { BuildingUse, LeadLink, LiaisonTarget, MemberStatus } from '../model';
import type { RuleConfig } from '../rules/config';

/**
 * Where an assignment sends buildings: an existing grid branch (its id), a branch the plan
 * creates (the `key` of its `createBranch` operation), or null to leave them unassigned.
 */
export type BranchTarget = number | string | null;

export type PlanOp =
  /** Put buildings into a branch (or none). The client expands neighbourhoods before sending. */
  | { op: 'assign'; buildingIds: number[]; to: BranchTarget }
  /** Found a new grid branch; its code is allocated on apply (community code + lowest free 2 digits). */
  | { op: 'createBranch'; key: string; communityId: number; name: string }
  /** Rename an existing or new branch. */
  | { op: 'renameBranch'; branch: number | string; name: string }
  /** Set a member's organisational branch, overriding "members follow their building". */
  | { op: 'setMemberBranch'; memberId: number; to: number | string }
  /** Make an active member liaison (联系人) for a whole building or neighbourhood. */
  | { op: 'addLiaison'; memberId: number; targetKind: LiaisonTarget; targetId: number }
  | { op: 'removeLiaison'; memberId: number; targetKind: LiaisonTarget; targetId: number }
  /**
   * Link a household-lead (党员中心户) to `households` households of a building (0 removes the
   * link). A member who is not yet a lead becomes one, at their home building.
   */
  | { op: 'linkLead'; memberId: number; buildingId: number; households: number }
  /** The member stops being a household-lead; their links go with it. */
  | { op: 'removeLead'; memberId: number };

export type PlanOpKind = PlanOp['op'];

export interface PlanStep {
  /** What the step did, for the undo list ("paint 甲小区 → 第3网格"). */
  label?: string;
  ops: PlanOp[];
}

/** The painted plan: steps, and how many of them are in effect (the rest are the redo stack). */
export interface PlanBody {
  steps: PlanStep[];
  /** Steps `0 … cursor-1` are in effect; defaults to all of them. */
  cursor?: number;
}

/**
 * What the plan's author saw of everything it touches, to tell on apply whether someone
 * else changed it meanwhile. Keys are ids as strings (JSON object keys).
 */
export interface PlanSeen {
  /** Each touched building's branch. */
  buildings: Record<string, number | null>;
  /** Each touched branch's revision and whether it was locked. */
  branches: Record<string, { revision: number; locked: boolean }>;
  /** Each member the plan gives a branch explicitly: their branch. */
  members: Record<string, number | null>;
}

/* ------------------------------------------------------------------ base */

/** A building as the planner sees it. */
export interface BaseBuilding {
  id: number;
  /** The community it lies in (from its neighbourhood, branch or place); null if unknown. */
  communityId: number | null;
  neighbourhoodId: number | null;
  branchId: number | null;
  address: string;
  households: number;
  residents: number;
  use: BuildingUse;
  /** Representative point: the footprint's box centre, `[lng, lat]`. */
  at: [number, number];
}

export interface BaseBranch {
  id: number;
  communityId: number;
  code: string;
  name: string;
  /** Increases with every applied plan that changes the branch. */
  revision: number;
  lock: { by: string; at: string; note: string } | null;
  /** Member id of the secretary, or null. */
  secretaryMemberId: number | null;
}

/** A member without personal data: what the totals and "follow the building" need. */
export interface BaseMember {
  id: number;
  branchId: number | null;
  buildingId: number | null;
  status: MemberStatus;
  full: boolean;
}

/** Everything a plan is evaluated against: the current grid at one data version. */
export interface PlannerBase {
  version: number;
  communities: { id: number; code: string; name: string; northLat: number }[];
  branches: BaseBranch[];
  neighbourhoods: { id: number; communityId: number; name: string }[];
  /** Current, not demolished buildings. */
  buildings: BaseBuilding[];
  members: BaseMember[];
  leads: { id: number; memberId: number; buildingId: number; links: LeadLink[] }[];
  liaisons: { memberId: number; targetKind: LiaisonTarget; targetId: number }[];
}

/** `GET /api/planner/base`: the base and the thresholds it is judged by, so a client can evaluate plans itself. */
export interface PlannerBaseResponse extends PlannerBase {
  rules: RuleConfig;
}

/* ------------------------------------------------------------------ evaluation */

/**
 * What a message says, as values, so a client can word it in its own language: names, codes,
 * ids and figures, plus `variant` where one code has more than one wording (e.g. `no_name`).
 */
export type MessageParams = Record<string, string | number>;

/** A plan problem: the plan cannot be applied while any is left. */
export interface PlanError {
  code:
    | 'unknown_building' | 'unknown_branch' | 'unknown_new_branch' | 'duplicate_new_branch' | 'bad_new_branch'
    | 'locked_branch' | 'two_branches' | 'other_community' | 'empty_new_branch' | 'unknown_member'
    | 'inactive_member' | 'unknown_target' | 'no_such_liaison' | 'bad_households' | 'not_a_lead'
    | 'nowhere_to_go' | 'community_without_grid' | 'not_full_member';
  /** English, for API clients; the UI words it from `code` and `params`. */
  message: string;
  params: MessageParams;
  /** The record at fault, e.g. `building 12`, `branch 3`, `new branch n1`. */
  record: string;
  /** Where in the plan, e.g. `steps[2].ops[0].buildingIds[3]`. */
  field: string;
}

/** Something to look at before applying; does not block it. */
export interface PlanWarning {
  code: 'split_neighbourhood' | 'left_unassigned' | 'secretary_moves' | 'branch_dissolved' | 'lead_over_limit' | 'grid_in_parts' | 'secretary_account';
  /** English, for API clients; the UI words it from `code` and `params`. */
  message: string;
  params: MessageParams;
  record: string;
}

/** Figures of one branch, before or after the plan. */
export interface BranchFigures {
  buildings: number;
  households: number;
  residents: number;
  /** Households reached by an active member, and reached ÷ households (null: none). */
  reached: number;
  coverage: number | null;
  /** Active members organised in the branch, and how many of them are full members. */
  members: number;
  fullMembers: number;
  /** Active household-leads living in the branch's buildings. */
  leads: number;
  gapBuildings: number;
}

export interface RuleFinding {
  rule: 'branch_min_full_members' | 'branch_max_members' | 'grid_min_households' | 'grid_max_households';
  figure: number;
  /** The limit as it reads: "≥ 3", "≤ 500". */
  limit: string;
}

/** A branch the plan touches: figures before → after and the rules it breaks after. */
export interface BranchTotals {
  /** Existing branch id, or the new branch's key. */
  branch: number | string;
  name: string;
  code: string | null;
  communityId: number;
  status: 'changed' | 'created' | 'dissolved';
  before: BranchFigures | null;
  after: BranchFigures | null;
  findings: RuleFinding[];
}

export interface BuildingMove {
  buildingId: number;
  from: number | null;
  to: BranchTarget;
  households: number;
}

export interface MemberMove {
  memberId: number;
  from: number | null;
  to: number | string | null;
  reason: 'follows_building' | 'set_by_plan' | 'branch_dissolved';
}

/** The plan against the current grid. */
export interface PlanDiff {
  moves: BuildingMove[];
  created: { key: string; name: string; communityId: number; buildings: number }[];
  dissolved: { branchId: number; code: string; name: string; successor: number | string | null }[];
  renamed: { branch: number | string; from: string; to: string }[];
  members: MemberMove[];
  liaisons: { added: PlannedLiaison[]; removed: PlannedLiaison[] };
  leads: { memberId: number; buildingId: number; from: number; to: number }[];
  removedLeads: number[];
  /** Coverage of all assigned buildings (the sub-district, or the district) before → after. */
  coverage: { before: CoverageTotal; after: CoverageTotal };
}

export interface PlannedLiaison {
  memberId: number;
  targetKind: LiaisonTarget;
  targetId: number;
}

export interface CoverageTotal {
  households: number;
  reached: number;
  coverage: number | null;
  unassignedBuildings: number;
}

export interface PlanEvaluation {
  /** The data version of the base it was evaluated against. */
  version: number;
  ok: boolean;
  errors: PlanError[];
  warnings: PlanWarning[];
  /** Every branch the plan touches, existing ones by id then new ones by key. */
  branches: BranchTotals[];
  diff: PlanDiff;
}
