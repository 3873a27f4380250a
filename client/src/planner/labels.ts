/**
 * How the planner names things on screen (pure): a plan target (branch, new branch or none),
 * a rule finding with its figure, threshold and edge, and coverage as a percentage.
 */
import type { PreparedBase } from '../../../shared/planner/prepare';
import type { BranchTarget, RuleFinding } from '../../../shared/planner/types';
import type { Limit, RuleConfig } from '../../../shared/rules/config';
import type { Translate } from '../i18n';

/** "第一网格党支部 (…01)", a new branch's name with "(new)", or "unassigned". */
export function targetName(p: PreparedBase, created: ReadonlyMap<string, { name: string }>, to: BranchTarget, t: Translate): string {
  if (to === null) return t('planner.unassigned');
  if (typeof to === 'string') return t('planner.newBranchName', { name: created.get(to)?.name ?? to });
  const b = p.branches.get(to);
  return b ? `${b.name} (${b.code.slice(-2)})` : String(to);
}

const RULE_LIMIT: Record<RuleFinding['rule'], keyof RuleConfig> = {
  branch_min_full_members: 'branchMinFullMembers',
  branch_max_members: 'branchMaxMembers',
  grid_min_households: 'gridMinHouseholds',
  grid_max_households: 'gridMaxHouseholds',
};

/** A finding as a sentence: what is counted, the branch's figure, the threshold and whether its edge is allowed. */
export function findingText(f: RuleFinding, rules: RuleConfig, t: Translate): string {
  const limit = rules[RULE_LIMIT[f.rule]] as Limit;
  const edge = t(limit.inclusive ? 'planner.rule.inclusive' : 'planner.rule.exclusive', { value: limit.value });
  return t(`planner.rule.${f.rule}`, { figure: f.figure, limit: f.limit, edge });
}

/** Coverage 0..1 as "83%", or "—" when there are no households. */
export function percent(coverage: number | null): string {
  return coverage === null ? '—' : `${Math.round(coverage * 100)}%`;
}
