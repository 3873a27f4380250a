/**
 * Rule checks on the figures of the coverage engine: each finding names the rule, the unit,
 * its figure and the limit it breaks, so the UI can say "第3网格: 2 full members (≥ 3)".
 * Geometry rules (overlaps, gaps, grids outside their community) live in geo/topology.ts.
 */
import type { CoverageResult } from '../coverage/engine';
import type { BBox, PartyOrgLevel } from '../model';
import { describeLimit, meetsMax, meetsMin, type RuleConfig } from './config';

export const RULE_IDS = [
  'branch_min_full_members',
  'branch_max_members',
  'grid_min_households',
  'grid_max_households',
  'lead_max_households',
  'community_org_level',
  'branch_no_secretary',
  'grid_overlap',
  'grid_gap',
  'grid_outside_community',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Violation {
  rule: RuleId;
  /** What kind of unit breaks the rule. */
  level: 'branch' | 'community' | 'lead';
  id: number;
  /** The unit's figure: a count, an area in m², or the recorded organisation level. */
  figure: number | string;
  /** The limit as it reads, e.g. "≥ 3", or the expected level. */
  limit: string;
  /** For geometry rules: the other grid involved, the area in m² and a point inside it [lng, lat]. */
  otherId?: number;
  areaM2?: number;
  where?: [number, number];
  bbox?: BBox;
}

export interface RuleCheckInput {
  coverage: CoverageResult;
  /** Current branches and whether their secretary post is filled. */
  branches: { id: number; hasSecretary: boolean }[];
  /** Active leads with the total households they are linked to. */
  leads: { id: number; linkedHouseholds: number }[];
  /** Recorded organisation level of each community, where one is recorded. */
  communityLevels: { id: number; level: PartyOrgLevel | null }[];
}

/** The organisation level a community of `members` members should have. */
export function expectedOrgLevel(members: number, rules: RuleConfig): PartyOrgLevel {
  if (meetsMin(members, rules.committeeFrom)) return 'committee';
  if (meetsMin(members, rules.generalBranchFrom)) return 'general_branch';
  return 'branch';
}

/** Every non-geometric violation, branches first, in id order within a rule. */
export function checkRules(input: RuleCheckInput, rules: RuleConfig): Violation[] {
  const out: Violation[] = [];
  const branchIds = [...input.coverage.branches.keys()].sort((a, b) => a - b);
  for (const id of branchIds) {
    const b = input.coverage.branches.get(id);
    if (!b) continue;
    if (!meetsMin(b.fullMembers, rules.branchMinFullMembers)) {
      out.push({ rule: 'branch_min_full_members', level: 'branch', id, figure: b.fullMembers, limit: describeLimit('min', rules.branchMinFullMembers) });
    }
    if (!meetsMax(b.members, rules.branchMaxMembers)) {
      out.push({ rule: 'branch_max_members', level: 'branch', id, figure: b.members, limit: describeLimit('max', rules.branchMaxMembers) });
    }
    if (!meetsMin(b.households, rules.gridMinHouseholds)) {
      out.push({ rule: 'grid_min_households', level: 'branch', id, figure: b.households, limit: describeLimit('min', rules.gridMinHouseholds) });
    }
    if (!meetsMax(b.households, rules.gridMaxHouseholds)) {
      out.push({ rule: 'grid_max_households', level: 'branch', id, figure: b.households, limit: describeLimit('max', rules.gridMaxHouseholds) });
    }
  }
  for (const b of [...input.branches].sort((a, c) => a.id - c.id)) {
    if (!b.hasSecretary) out.push({ rule: 'branch_no_secretary', level: 'branch', id: b.id, figure: 0, limit: '1' });
  }
  for (const l of [...input.leads].sort((a, b) => a.id - b.id)) {
    if (!meetsMax(l.linkedHouseholds, rules.leadMaxHouseholds)) {
      out.push({ rule: 'lead_max_households', level: 'lead', id: l.id, figure: l.linkedHouseholds, limit: describeLimit('max', rules.leadMaxHouseholds) });
    }
  }
  for (const c of [...input.communityLevels].sort((a, b) => a.id - b.id)) {
    const figures = input.coverage.communities.get(c.id);
    if (!figures || c.level === null) continue;
    const expected = expectedOrgLevel(figures.members, rules);
    if (expected !== c.level) {
      out.push({ rule: 'community_org_level', level: 'community', id: c.id, figure: c.level, limit: expected });
    }
  }
  return out;
}
