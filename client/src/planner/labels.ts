/**
 * How the planner names things on screen (pure): a plan target (branch, new branch or none),
 * a rule finding with its figure, threshold and edge, a plan error or warning, a conflict and what
 * a rebase overrode or dropped in the UI's language (from their codes and params, never the
 * server's English where a wording exists), and coverage as a percentage.
 */
import type { PlanConflicts, RebaseReport } from '../../../shared/planner/conflicts';
import { NO_BRANCH } from '../../../shared/planner/labels';
import type { PreparedBase } from '../../../shared/planner/prepare';
import type { BranchTarget, MessageParams, PlanError, PlanWarning, RuleFinding } from '../../../shared/planner/types';
import type { MemberStatus } from '../../../shared/model';
import type { Limit, RuleConfig } from '../../../shared/rules/config';
import { messagesFor, type MessageKey, type Translate } from '../i18n';

/** "第一网格党支部 (…01)", a new branch's name with "(new)", or "unassigned". */
export function targetName(p: PreparedBase, created: ReadonlyMap<string, { name: string }>, to: BranchTarget, t: Translate): string {
  if (to === null) return t('planner.unassigned');
  if (typeof to === 'string') return t('planner.newBranchName', { name: created.get(to)?.name ?? to });
  const b = p.branches.get(to);
  return b ? branchLabel(b) : String(to);
}

/** "第一网格党支部 (01)": a branch by its name and the last two digits of its code. */
export const branchLabel = (b: { name: string; code: string }): string => `${b.name} (${b.code.slice(-2)})`;

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

const KEYS: ReadonlySet<string> = new Set(Object.keys(messagesFor('zh-CN')));
const isMessageKey = (key: string): key is MessageKey => KEYS.has(key);

/** The message key of an error or warning: by code, and by variant where a code has several wordings. */
export function planMessageKey(kind: 'error' | 'warning', item: { code: string; params: MessageParams }): string {
  const variant = item.params.variant;
  return `planner.${kind}Text.${item.code}${variant === undefined ? '' : `.${variant}`}`;
}

/**
 * A plan error or warning in the UI's language. "No branch" and a member's status are worded
 * too; an item this client has no wording for (a newer server) falls back to its English message.
 */
export function planMessage(kind: 'error' | 'warning', item: PlanError | PlanWarning, t: Translate): string {
  const key = planMessageKey(kind, item);
  if (!isMessageKey(key)) return item.message;
  const vars: MessageParams = {};
  for (const [name, value] of Object.entries(item.params)) vars[name] = value === NO_BRANCH ? t('planner.unassigned') : value;
  const status = item.params.status;
  if (typeof status === 'string') {
    const statusKey = `planner.memberStatus.${status as MemberStatus}`;
    if (isMessageKey(statusKey)) vars.status = t(statusKey);
  }
  return t(key, vars);
}

/** How many conflicting records are named one by one before "and N more". */
export const CONFLICTS_SHOWN = 10;

/**
 * The conflict with each dissolved branch named as `before` (the grid the plan was drawn on)
 * knew it: the server reports what changed against the grid now, which no longer has them.
 */
export function withGoneNames(before: PreparedBase | null, c: PlanConflicts): PlanConflicts {
  return {
    ...c,
    branches: c.branches.map((b) => {
      const was = b.gone && b.code === '' ? before?.branches.get(b.id) : undefined;
      return was ? { ...b, code: was.code, name: was.name } : b;
    }),
  };
}

/**
 * The records that changed under a plan, one line each (at most `CONFLICTS_SHOWN`, then "and N
 * more"). Branches are named from `p` (the grid now: it knows branches founded meanwhile), else
 * from the conflict's own entries (branches dissolved meanwhile, see `withGoneNames`).
 */
export function conflictLines(p: PreparedBase | null, c: PlanConflicts, t: Translate): string[] {
  const branch = (id: number | null): string => {
    if (id === null) return t('planner.unassigned');
    const b = p?.branches.get(id) ?? c.branches.find((x) => x.id === id && x.code !== '');
    return b ? `${b.name} (${b.code.slice(-2)})` : t('planner.conflict.unknownBranch', { id });
  };
  const lines = [
    ...c.buildings.map((b) => (b.gone ? t('planner.conflict.buildingGone', { id: b.id }) : t('planner.conflict.building', { building: b.address || `#${b.id}`, seen: branch(b.seen), now: branch(b.now) }))),
    ...c.branches.map((b) => {
      if (b.gone) return t('planner.conflict.branchGone', { branch: branch(b.id) });
      const name = `${b.name} (${b.code.slice(-2)})`;
      return b.lockedNow ? t('planner.conflict.branchLocked', { branch: name }) : t('planner.conflict.branch', { branch: name, seen: b.seenRevision, now: b.nowRevision ?? '—' });
    }),
    ...c.members.map((m) => t('planner.conflict.member', { id: m.id, seen: branch(m.seen), now: branch(m.now) })),
  ];
  return lines.length > CONFLICTS_SHOWN ? [...lines.slice(0, CONFLICTS_SHOWN), t('planner.conflict.more', { count: lines.length - CONFLICTS_SHOWN })] : lines;
}

/** The message for each reason a rebase drops an op (`DropCode`); a code a newer server sends and this client lacks keeps the server's words. */
const DROP_REASONS = new Map<string, MessageKey>([
  ['branch_dissolved', 'planner.rebase.reason.branchGone'],
  ['building_gone', 'planner.rebase.reason.buildingGone'],
  ['branch_locked', 'planner.rebase.reason.branchLocked'],
]);

/**
 * What a rebase did, one line each: every building the plan now takes from another planner's
 * change (by address, the branch it is in now → the one planned), then every op it could not
 * keep (its step, the record, the reason in the UI's language, or the server's words for a reason
 * this client does not know); at most `CONFLICTS_SHOWN`, then "and N more". Records are named
 * from `p` (the grid now), branches dissolved meanwhile from the conflict that preceded the
 * rebase (see `withGoneNames`); new branches from `created` (the rebased plan's, by key).
 */
export function rebaseLines(
  p: PreparedBase | null,
  earlier: PlanConflicts | null,
  created: ReadonlyMap<string, { name: string }>,
  report: RebaseReport,
  t: Translate,
): string[] {
  const branch = (id: number | null): string => {
    if (id === null) return t('planner.unassigned');
    const b = p?.branches.get(id) ?? earlier?.branches.find((x) => x.id === id && x.code !== '');
    return b ? branchLabel(b) : t('planner.conflict.unknownBranch', { id });
  };
  const building = (id: number): string => p?.buildings.get(id)?.address || `#${id}`;
  const planned = (to: number | string | null): string => (typeof to === 'string' ? t('planner.newBranchName', { name: created.get(to)?.name ?? to }) : branch(to));
  const record = (r: string): string => {
    const [, kind, id] = /^(building|branch) (\d+)$/.exec(r) ?? [];
    if (kind === 'building') return t('planner.rebase.record.building', { building: building(Number(id)) });
    if (kind === 'branch') return branch(Number(id));
    return r;
  };
  const reason = (d: RebaseReport['dropped'][number]): string => {
    const key = DROP_REASONS.get(d.code);
    return key ? t(key, { branch: d.branchId === null ? '' : branch(d.branchId) }) : d.reason;
  };
  const lines = [
    ...report.overridden.map((o) => t('planner.rebase.overridden', { building: building(o.buildingId), now: branch(o.now), planned: planned(o.planned) })),
    ...report.dropped.map((d) => t('planner.rebase.dropped', { step: d.step + 1, record: record(d.record), reason: reason(d) })),
  ];
  return lines.length > CONFLICTS_SHOWN ? [...lines.slice(0, CONFLICTS_SHOWN), t('planner.conflict.more', { count: lines.length - CONFLICTS_SHOWN })] : lines;
}
