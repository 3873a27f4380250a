/**
 * Folds a plan's steps into its net effect (the last word on each building, branch, member,
 * liaison and lead), checking each operation against the base as it goes. Errors name the
 * record and the field of the plan at fault, e.g. `building 12` at
 * `steps[2].ops[0].buildingIds[3]`.
 */
import type { PreparedBase } from './prepare';
import { liaisonKey } from './prepare';
import { NO_BRANCH, targetLabel } from './labels';
import type { BranchTarget, MessageParams, PlanBody, PlanError, PlannedLiaison, PlanOp, PlanStep } from './types';

export interface LeadChange {
  /** The member's base links are dropped (removeLead, possibly followed by new links). */
  reset: boolean;
  /** The member stops being a lead. */
  removed: boolean;
  /** Households per building set by the plan; 0 removes the link. */
  links: Map<number, number>;
  field: string;
}

export interface FoldedPlan {
  /** The final target of every building the plan assigns, with the field that set it. */
  targets: Map<number, { to: BranchTarget; field: string }>;
  created: Map<string, { key: string; communityId: number; name: string; field: string }>;
  renames: Map<number | string, { name: string; field: string }>;
  pins: Map<number, { to: number | string; field: string }>;
  /** Net liaison changes by `memberId:kind:targetId`. */
  liaisons: Map<string, { add: boolean; liaison: PlannedLiaison; field: string }>;
  leads: Map<number, LeadChange>;
  errors: PlanError[];
}

/** The steps in effect: those before the cursor. */
export function activeSteps(body: PlanBody): PlanStep[] {
  return body.steps.slice(0, Math.max(0, Math.min(body.steps.length, body.cursor ?? body.steps.length)));
}

/** Folds the steps in effect; see the file comment. */
export function foldPlan(p: PreparedBase, body: PlanBody): FoldedPlan {
  const out: FoldedPlan = { targets: new Map(), created: new Map(), renames: new Map(), pins: new Map(), liaisons: new Map(), leads: new Map(), errors: [] };
  const fail = (code: PlanError['code'], message: string, record: string, field: string, params: MessageParams): void => {
    out.errors.push({ code, message, params, record, field });
  };
  const label = (to: BranchTarget): string => targetLabel(p, out.created, to);
  /** Whether a target names something that exists at this point of the plan. */
  const knownTarget = (to: BranchTarget | number | string, field: string): boolean => {
    if (to === null) return true;
    if (typeof to === 'number') {
      if (p.branches.has(to)) return true;
      fail('unknown_branch', `Grid branch ${to} does not exist (or is no longer current).`, `branch ${to}`, field, { variant: 'missing', branch: to });
      return false;
    }
    if (out.created.has(to)) return true;
    fail('unknown_new_branch', `New branch "${to}" is used before a createBranch step founds it.`, `new branch ${to}`, field, { key: to });
    return false;
  };
  /**
   * Whether the member exists and may take the part: reaching households (liaison, lead) needs
   * an active member, and a new appointment a full one (probationary members are not appointed).
   */
  const member = (memberId: number, field: string, need: 'exists' | 'active' | 'appointable'): boolean => {
    const m = p.members.get(memberId);
    if (!m) {
      fail('unknown_member', `Member ${memberId} does not exist.`, `member ${memberId}`, field, { member: memberId });
      return false;
    }
    if (need !== 'exists' && m.status !== 'active') {
      fail('inactive_member', `Member ${memberId} is ${m.status}; only active members can reach households.`, `member ${memberId}`, field, { member: memberId, status: m.status });
      return false;
    }
    if (need === 'appointable' && !m.full) {
      fail('not_full_member', `Member ${memberId} is a probationary member; only full members are appointed liaison or household-lead.`, `member ${memberId}`, field, { member: memberId });
      return false;
    }
    return true;
  };
  const leadOf = (memberId: number, field: string): LeadChange => {
    let change = out.leads.get(memberId);
    if (!change) {
      change = { reset: false, removed: false, links: new Map(), field };
      out.leads.set(memberId, change);
    }
    change.field = field;
    return change;
  };
  /** A building by its address, a neighbourhood by its name. */
  const targetName = (kind: PlannedLiaison['targetKind'], id: number): string =>
    (kind === 'building' ? p.buildings.get(id)?.address : p.neighbourhoods.get(id)?.name) ?? String(id);
  const isLead = (memberId: number): boolean => {
    const change = out.leads.get(memberId);
    return change ? !change.removed && (p.leads.has(memberId) || change.links.size > 0) : p.leads.has(memberId);
  };

  const apply = (op: PlanOp, at: string, stepTargets: Map<number, BranchTarget>): void => {
    switch (op.op) {
      case 'assign': {
        if (!knownTarget(op.to, `${at}.to`)) return;
        op.buildingIds.forEach((id, k) => {
          const field = `${at}.buildingIds[${k}]`;
          if (!p.buildings.has(id)) return fail('unknown_building', `Building ${id} does not exist or is demolished.`, `building ${id}`, field, { building: id });
          const earlier = stepTargets.get(id);
          if (earlier !== undefined && earlier !== op.to) {
            return fail('two_branches', `Building ${id} is sent to two branches (${String(earlier)} and ${String(op.to)}) in one step; keep one.`, `building ${id}`, field, {
              building: p.buildings.get(id)?.address ?? id, first: label(earlier), second: label(op.to),
            });
          }
          stepTargets.set(id, op.to);
          out.targets.set(id, { to: op.to, field });
        });
        return;
      }
      case 'createBranch': {
        if (out.created.has(op.key) || op.key.trim() === '') return fail('duplicate_new_branch', `New branch key "${op.key}" is empty or used twice; give each new branch its own key.`, `new branch ${op.key}`, `${at}.key`, { key: op.key });
        if (!p.communities.has(op.communityId)) return fail('bad_new_branch', `New branch "${op.key}" names community ${op.communityId}, which does not exist.`, `new branch ${op.key}`, `${at}.communityId`, { variant: 'community', name: op.name || op.key, community: op.communityId });
        if (op.name.trim() === '') return fail('bad_new_branch', `New branch "${op.key}" needs a name.`, `new branch ${op.key}`, `${at}.name`, { variant: 'name', name: op.key });
        out.created.set(op.key, { key: op.key, communityId: op.communityId, name: op.name.trim(), field: at });
        return;
      }
      case 'renameBranch': {
        if (op.branch === null || !knownTarget(op.branch, `${at}.branch`)) return;
        if (op.name.trim() === '') return fail('bad_new_branch', `Branch ${op.branch} needs a non-empty name.`, `branch ${op.branch}`, `${at}.name`, { variant: 'name', name: label(op.branch) });
        const created = typeof op.branch === 'string' ? out.created.get(op.branch) : undefined;
        if (created) created.name = op.name.trim();
        else out.renames.set(op.branch, { name: op.name.trim(), field: at });
        return;
      }
      case 'setMemberBranch': {
        if (op.to === null) return fail('unknown_branch', `Member ${op.memberId} needs a branch; give a branch id or a new branch's key.`, `member ${op.memberId}`, `${at}.to`, { variant: 'none', member: op.memberId, branch: NO_BRANCH });
        if (!member(op.memberId, `${at}.memberId`, 'exists') || !knownTarget(op.to, `${at}.to`)) return;
        out.pins.set(op.memberId, { to: op.to, field: at });
        return;
      }
      case 'addLiaison':
      case 'removeLiaison': {
        if (!member(op.memberId, `${at}.memberId`, op.op === 'addLiaison' ? 'appointable' : 'exists')) return;
        const exists = op.targetKind === 'building' ? p.buildings.has(op.targetId) : p.neighbourhoods.has(op.targetId);
        if (!exists) return fail('unknown_target', `There is no current ${op.targetKind} ${op.targetId} to be liaison for.`, `${op.targetKind} ${op.targetId}`, `${at}.targetId`, { variant: op.targetKind, target: op.targetId });
        const key = liaisonKey(op.memberId, op.targetKind, op.targetId);
        const inBase = p.liaisonKeys.has(key);
        const pending = out.liaisons.get(key);
        const present = pending ? pending.add : inBase;
        const liaison = { memberId: op.memberId, targetKind: op.targetKind, targetId: op.targetId };
        if (op.op === 'removeLiaison' && !present) {
          return fail('no_such_liaison', `Member ${op.memberId} is not liaison for ${op.targetKind} ${op.targetId}.`, `member ${op.memberId}`, at, { variant: op.targetKind, member: op.memberId, target: targetName(op.targetKind, op.targetId) });
        }
        const add = op.op === 'addLiaison';
        if (add === inBase) out.liaisons.delete(key);
        else out.liaisons.set(key, { add, liaison, field: at });
        return;
      }
      case 'linkLead': {
        if (!member(op.memberId, `${at}.memberId`, isLead(op.memberId) ? 'active' : 'appointable')) return;
        const b = p.buildings.get(op.buildingId);
        if (!b) return fail('unknown_building', `Building ${op.buildingId} does not exist or is demolished.`, `building ${op.buildingId}`, `${at}.buildingId`, { building: op.buildingId });
        if (!Number.isInteger(op.households) || op.households < 0 || op.households > b.households) {
          return fail('bad_households', `Building ${op.buildingId} has ${b.households} households; link 0…${b.households}, not ${op.households}.`, `building ${op.buildingId}`, `${at}.households`, {
            variant: 'range', building: b.address, households: b.households, asked: op.households,
          });
        }
        if (!isLead(op.memberId) && p.members.get(op.memberId)?.buildingId == null) {
          return fail('bad_households', `Member ${op.memberId} has no home building in the sub-district, so cannot become a household-lead.`, `member ${op.memberId}`, `${at}.memberId`, { variant: 'no_home', member: op.memberId });
        }
        const change = leadOf(op.memberId, at);
        change.removed = false;
        change.links.set(op.buildingId, op.households);
        return;
      }
      case 'removeLead': {
        if (!member(op.memberId, `${at}.memberId`, 'exists')) return;
        if (!isLead(op.memberId)) return fail('not_a_lead', `Member ${op.memberId} is not a household-lead.`, `member ${op.memberId}`, `${at}.memberId`, { member: op.memberId });
        const change = leadOf(op.memberId, at);
        change.reset = true;
        change.removed = true;
        change.links.clear();
        return;
      }
    }
  };

  activeSteps(body).forEach((step, s) => {
    const stepTargets = new Map<number, BranchTarget>();
    step.ops.forEach((op, o) => apply(op, `steps[${s}].ops[${o}]`, stepTargets));
  });
  return out;
}
