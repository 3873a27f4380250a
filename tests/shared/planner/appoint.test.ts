import { describe, expect, it } from 'vitest';
import { appointCandidates, communityMembers, isLiaisonAfter, leadRoom, leadStep, liaisonStep } from '../../../shared/planner/appoint';
import { evaluatePlan } from '../../../shared/planner/evaluate';
import { prepareBase } from '../../../shared/planner/prepare';
import type { PlanBody, PlanStep } from '../../../shared/planner/types';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { toyBase } from './toy-base';

const p = prepareBase(toyBase());
const empty: PlanBody = { steps: [] };
const push = (body: PlanBody, step: PlanStep | null): PlanBody => ({ steps: [...body.steps, step as PlanStep] });

describe('members to appoint', () => {
  it('are the active members living in or organised in the community', () => {
    // Community 1: m1, m2, m3 (branch 1), m5, m6, m7 (branch 2), m9 (branch 1, lives in b3); m4 is deceased.
    expect(communityMembers(p, 1).map((m) => m.id)).toEqual([1, 2, 3, 5, 6, 7, 9]);
    expect(communityMembers(p, 2).map((m) => m.id)).toEqual([8]);
  });

  it('carry their load after the plan and why a probationary member cannot be appointed', () => {
    const body: PlanBody = { steps: [{ ops: [{ op: 'addLiaison', memberId: 6, targetKind: 'building', targetId: 4 }] }] };
    const out = appointCandidates(p, body, [1, 3, 5, 6].map((id) => p.members.get(id)!));
    expect(out.map((c) => [c.memberId, c.load, c.refusal])).toEqual([
      [1, { liaisonTargets: 0, linkedHouseholds: 15 }, null],
      [3, { liaisonTargets: 0, linkedHouseholds: 0 }, 'probationary'],
      [5, { liaisonTargets: 1, linkedHouseholds: 0 }, null],
      [6, { liaisonTargets: 1, linkedHouseholds: 0 }, null],
    ]);
  });
});

describe('the appointing step', () => {
  it('makes a liaison in one step the evaluator counts, and nothing when they already are', () => {
    const step = liaisonStep(p, empty, 2, { kind: 'building', id: 2 }, 'liaison');
    expect(step).toEqual({ label: 'liaison', ops: [{ op: 'addLiaison', memberId: 2, targetKind: 'building', targetId: 2 }] });
    const body = push(empty, step);
    expect(evaluatePlan(p, body, DEFAULT_RULES).diff.coverage.after.reached).toBe(215 + 145);
    expect(isLiaisonAfter(p, body, 2, { kind: 'building', id: 2 })).toBe(true);
    expect(liaisonStep(p, body, 2, { kind: 'building', id: 2 }, 'again')).toBeNull();
    // Member 5 is liaison for building 3 in the base already.
    expect(liaisonStep(p, empty, 5, { kind: 'building', id: 3 }, 'x')).toBeNull();
  });

  it('offers a lead the unreached households the lead limit leaves them, on top of their links', () => {
    // Building 4: 120 households, none reached; member 7 links nothing: room for 10.
    expect(leadRoom(p, empty, DEFAULT_RULES, 7, 4)).toBe(10);
    // Member 1 links 15 already (over the limit of 10): no room.
    expect(leadRoom(p, empty, DEFAULT_RULES, 1, 4)).toBe(0);
    // Building 3 is reached in full by member 5's liaison: nothing to take.
    expect(leadRoom(p, empty, DEFAULT_RULES, 7, 3)).toBe(0);
    const first = push(empty, leadStep(p, empty, 7, 4, 6, 'lead'));
    expect(first.steps[0]?.ops).toEqual([{ op: 'linkLead', memberId: 7, buildingId: 4, households: 6 }]);
    expect(leadRoom(p, first, DEFAULT_RULES, 7, 4)).toBe(4);
    // A second appointment in the same building adds to the link.
    expect(leadStep(p, first, 7, 4, 4, 'more')?.ops).toEqual([{ op: 'linkLead', memberId: 7, buildingId: 4, households: 10 }]);
    expect(leadStep(p, first, 7, 4, 0, 'none')).toBeNull();
    const e = evaluatePlan(p, first, DEFAULT_RULES);
    expect(e.ok).toBe(true);
    expect(e.diff.leads).toEqual([{ memberId: 7, buildingId: 4, from: 0, to: 6 }]);
  });

  it('keeps a lead inside an exclusive limit: "< 10" leaves room for 9, and the plan stays clean', () => {
    const rules = { ...DEFAULT_RULES, leadMaxHouseholds: { value: 10, inclusive: false } };
    const room = leadRoom(p, empty, rules, 7, 4);
    expect(room).toBe(9);
    const body = push(empty, leadStep(p, empty, 7, 4, room, 'lead'));
    expect(evaluatePlan(p, body, rules).warnings.filter((w) => w.code === 'lead_over_limit')).toEqual([]);
  });
});
