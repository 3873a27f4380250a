import { describe, expect, it } from 'vitest';
import { canAdminister, canExport, canWorkOn, landingUnit, ownBranch } from '../../../client/src/auth/abilities';

const secretary = { role: 'secretary' as const, branchId: 7 };
const admin = { role: 'admin' as const, branchId: null };
const planner = { role: 'planner' as const, branchId: null };
const viewer = { role: 'viewer' as const, branchId: null };
const branch = (id: number) => ({ level: 'branch' as const, id });

describe('what the page offers each role', () => {
  it('lands a secretary on their branch and everyone else on the sub-district', () => {
    expect(landingUnit(secretary)).toEqual(branch(7));
    expect(ownBranch(secretary)).toBe(7);
    for (const who of [admin, planner, viewer, null]) expect(landingUnit(who)).toBeNull();
    expect(landingUnit({ role: 'secretary', branchId: null })).toBeNull();
  });

  it('offers the branch work lists to a secretary on their own branch and an admin on any, never on other units', () => {
    expect(canWorkOn(secretary, branch(7))).toBe(true);
    expect(canWorkOn(secretary, branch(8))).toBe(false);
    expect(canWorkOn(admin, branch(8))).toBe(true);
    expect(canWorkOn(planner, branch(7))).toBe(false);
    expect(canWorkOn(viewer, branch(7))).toBe(false);
    expect(canWorkOn(admin, { level: 'community', id: 7 })).toBe(false);
    expect(canWorkOn(null, branch(7))).toBe(false);
  });

  it('offers exports to admins and planners on any branch and to a secretary on their own', () => {
    expect(canExport(planner, branch(3))).toBe(true);
    expect(canExport(admin, branch(3))).toBe(true);
    expect(canExport(secretary, branch(7))).toBe(true);
    expect(canExport(secretary, branch(3))).toBe(false);
    expect(canExport(viewer, branch(3))).toBe(false);
    expect(canExport(planner, { level: 'subdistrict', id: 1 })).toBe(false);
  });

  it('offers the administration page to administrators only', () => {
    expect(canAdminister(admin)).toBe(true);
    for (const who of [planner, secretary, viewer, null]) expect(canAdminister(who)).toBe(false);
  });
});
