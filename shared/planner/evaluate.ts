/**
 * Evaluates a plan against a prepared base: errors that block it, warnings, live totals
 * (before → after, with rule findings) for every branch it touches, and its diff. Cost is
 * proportional to what the plan touches, not to the base (see prepare.ts), so the client
 * can run it on every selection change.
 */
import { describeLimit, meetsMax, meetsMin, type RuleConfig } from '../rules/config';
import { foldPlan, type FoldedPlan } from './fold';
import { addBuildingFigures, emptyFigures, settleFigures, type PreparedBase } from './prepare';
import { targetLabel } from './labels';
import { reachAfter, reachDelta, type ReachDelta } from './reach-delta';
import { compareTargets, planStructure, type PlanStructure } from './structure';
import type { BranchFigures, BranchTotals, CoverageTotal, PlanBody, PlanEvaluation, PlanWarning, RuleFinding } from './types';

/** The rule findings of a branch's figures (thresholds and edges from `rules`). */
export function branchFindings(f: BranchFigures, rules: RuleConfig): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (!meetsMin(f.fullMembers, rules.branchMinFullMembers)) out.push({ rule: 'branch_min_full_members', figure: f.fullMembers, limit: describeLimit('min', rules.branchMinFullMembers) });
  if (!meetsMax(f.members, rules.branchMaxMembers)) out.push({ rule: 'branch_max_members', figure: f.members, limit: describeLimit('max', rules.branchMaxMembers) });
  if (!meetsMin(f.households, rules.gridMinHouseholds)) out.push({ rule: 'grid_min_households', figure: f.households, limit: describeLimit('min', rules.gridMinHouseholds) });
  if (!meetsMax(f.households, rules.gridMaxHouseholds)) out.push({ rule: 'grid_max_households', figure: f.households, limit: describeLimit('max', rules.gridMaxHouseholds) });
  return out;
}

/** Everything worked out on the way to an evaluation, for callers that go on to apply it. */
export interface PlanAnalysis {
  evaluation: PlanEvaluation;
  folded: FoldedPlan;
  structure: PlanStructure;
  delta: ReachDelta;
}

/** Evaluates `body` against `p` under `rules`; see the file comment. */
export function evaluatePlan(p: PreparedBase, body: PlanBody, rules: RuleConfig): PlanEvaluation {
  return analysePlan(p, body, rules).evaluation;
}

/** `evaluatePlan` with its working: the folded plan, the structure and the reach deltas. */
export function analysePlan(p: PreparedBase, body: PlanBody, rules: RuleConfig): PlanAnalysis {
  const folded = foldPlan(p, body);
  const structure = planStructure(p, folded);
  const delta = reachDelta(p, folded);
  const warnings: PlanWarning[] = [];

  const after = new Map<number | string, BranchFigures>();
  const fig = (t: number | string): BranchFigures => {
    let f = after.get(t);
    if (!f) {
      const base = typeof t === 'number' ? p.figures.get(t) : undefined;
      f = base ? { ...base } : emptyFigures();
      after.set(t, f);
    }
    return f;
  };
  const total: CoverageTotal = { ...p.total };

  const affected = new Set(delta.affected);
  for (const m of structure.moves) affected.add(m.buildingId);
  for (const id of affected) {
    const b = p.buildings.get(id);
    const r = reachAfter(p, delta, id);
    if (!b || !r) continue;
    const { before: f0, after: f1, reached0: r0, reached1: r1 } = r;
    const to = structure.finalOf(id);
    if (b.branchId === to && r0 === r1 && f0.leads === f1.leads) continue;
    if (b.branchId !== null) {
      addBuildingFigures(fig(b.branchId), b, r0, f0.leads, f0.residentMembers, -1);
      total.households -= b.households;
      total.reached -= r0;
    } else total.unassignedBuildings -= 1;
    if (to !== null) {
      addBuildingFigures(fig(to), b, r1, f1.leads, f1.residentMembers, 1);
      total.households += b.households;
      total.reached += r1;
    } else total.unassignedBuildings += 1;
  }
  for (const move of structure.memberMoves) {
    const m = p.members.get(move.memberId);
    if (!m || m.status !== 'active') continue;
    if (move.from !== null) {
      fig(move.from).members -= 1;
      if (m.full) fig(move.from).fullMembers -= 1;
    }
    if (move.to !== null) {
      fig(move.to).members += 1;
      if (m.full) fig(move.to).fullMembers += 1;
    }
  }
  for (const f of after.values()) settleFigures(f);
  total.coverage = total.households > 0 ? total.reached / total.households : null;

  for (const id of structure.dissolved.keys()) fig(id);
  for (const key of folded.renames.keys()) fig(key);
  for (const key of folded.created.keys()) fig(key);
  const branches: BranchTotals[] = [...after.keys()].sort(compareTargets).map((t) => {
    const f = after.get(t) as BranchFigures;
    if (typeof t === 'string') {
      const c = folded.created.get(t);
      return { branch: t, name: c?.name ?? t, code: null, communityId: c?.communityId ?? 0, status: 'created', before: null, after: f, findings: branchFindings(f, rules) };
    }
    const b = p.branches.get(t);
    const gone = structure.dissolved.has(t);
    return {
      branch: t, name: folded.renames.get(t)?.name ?? b?.name ?? String(t), code: b?.code ?? null, communityId: b?.communityId ?? 0,
      status: gone ? 'dissolved' : 'changed', before: { ...(p.figures.get(t) ?? emptyFigures()) }, after: gone ? null : f, findings: gone ? [] : branchFindings(f, rules),
    };
  });

  const label = (to: number | string | null): string => targetLabel(p, folded.created, to);
  for (const m of structure.moves) {
    const address = p.buildings.get(m.buildingId)?.address ?? String(m.buildingId);
    if (m.to === null) warnings.push({ code: 'left_unassigned', message: `Building ${address} is left with no grid.`, params: { building: address }, record: `building ${m.buildingId}` });
  }
  const neighbourhoods = new Set<number>();
  for (const m of structure.moves) {
    const n = p.buildings.get(m.buildingId)?.neighbourhoodId;
    if (n != null) neighbourhoods.add(n);
  }
  for (const n of [...neighbourhoods].sort((a, b) => a - b)) {
    const grids = new Set((p.buildingsByNeighbourhood.get(n) ?? []).map((id) => structure.finalOf(id)).filter((t) => t !== null));
    const name = p.neighbourhoods.get(n)?.name ?? `Neighbourhood ${n}`;
    if (grids.size > 1) warnings.push({ code: 'split_neighbourhood', message: `${name} is split across ${grids.size} grids.`, params: { neighbourhood: name, count: grids.size }, record: `neighbourhood ${n}` });
  }
  for (const [id, successor] of structure.dissolved) {
    const b = p.branches.get(id);
    warnings.push({
      code: 'branch_dissolved', message: `Branch ${b?.name ?? id} (${b?.code ?? ''}) is left with no building and is dissolved${successor === null ? '' : `; its remaining members go to ${String(successor)}`}.`,
      params: successor === null ? { variant: 'alone', branch: label(id) } : { variant: 'successor', branch: label(id), successor: label(successor) }, record: `branch ${id}`,
    });
  }
  const moved = new Map(structure.memberMoves.map((m) => [m.memberId, m]));
  for (const b of p.base.branches) {
    const move = b.secretaryMemberId === null ? undefined : moved.get(b.secretaryMemberId);
    if (move && move.from === b.id) {
      warnings.push({ code: 'secretary_moves', message: `The secretary of ${b.name} moves to branch ${String(move.to)}; the post will need filling.`, params: { branch: label(b.id), to: label(move.to) }, record: `branch ${b.id}` });
    }
  }
  for (const [memberId, households] of delta.leadTotals) {
    if (!meetsMax(households, rules.leadMaxHouseholds)) {
      const limit = describeLimit('max', rules.leadMaxHouseholds);
      warnings.push({ code: 'lead_over_limit', message: `Household-lead (member ${memberId}) would be linked to ${households} households (${limit}).`, params: { member: memberId, households, limit }, record: `member ${memberId}` });
    }
  }

  const errors = [...folded.errors, ...structure.errors];
  const evaluation: PlanEvaluation = {
    version: p.base.version,
    ok: errors.length === 0,
    errors,
    warnings,
    branches,
    diff: {
      moves: structure.moves.map(({ field: _f, ...m }) => m),
      created: [...folded.created.values()].map((c) => ({ key: c.key, name: c.name, communityId: c.communityId, buildings: structure.buildingCounts.get(c.key) ?? 0 })),
      dissolved: [...structure.dissolved].map(([id, successor]) => ({ branchId: id, code: p.branches.get(id)?.code ?? '', name: p.branches.get(id)?.name ?? '', successor })),
      renamed: [...folded.renames].map(([branch, r]) => ({ branch, from: typeof branch === 'number' ? (p.branches.get(branch)?.name ?? '') : branch, to: r.name })),
      members: structure.memberMoves,
      liaisons: { added: delta.added, removed: delta.removed },
      leads: delta.links,
      removedLeads: delta.removedLeads,
      coverage: { before: { ...p.total }, after: total },
    },
  };
  return { evaluation, folded, structure, delta };
}
