import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, describeLimit, largestAllowed, meetsMax, meetsMin, mergeRules } from '../../../shared/rules/config';

describe('limits and their edges', () => {
  it('treats an inclusive edge as allowed and an exclusive one as not', () => {
    expect(meetsMin(3, { value: 3, inclusive: true })).toBe(true);
    expect(meetsMin(3, { value: 3, inclusive: false })).toBe(false);
    expect(meetsMax(50, { value: 50, inclusive: true })).toBe(true);
    expect(meetsMax(50, { value: 50, inclusive: false })).toBe(false);
    expect(meetsMax(51, DEFAULT_RULES.branchMaxMembers)).toBe(false);
    expect(meetsMin(2, DEFAULT_RULES.branchMinFullMembers)).toBe(false);
  });

  it('gives the largest whole count an upper limit allows, edge included or not', () => {
    expect(largestAllowed({ value: 10, inclusive: true })).toBe(10);
    expect(largestAllowed({ value: 10, inclusive: false })).toBe(9);
    expect(largestAllowed({ value: 10.5, inclusive: false })).toBe(10);
    expect(largestAllowed({ value: 10.5, inclusive: true })).toBe(10);
    for (const limit of [{ value: 7, inclusive: true }, { value: 7, inclusive: false }]) {
      expect(meetsMax(largestAllowed(limit), limit)).toBe(true);
      expect(meetsMax(largestAllowed(limit) + 1, limit)).toBe(false);
    }
  });

  it('reads as a person writes it', () => {
    expect(describeLimit('min', DEFAULT_RULES.branchMinFullMembers)).toBe('≥ 3');
    expect(describeLimit('max', { value: 50, inclusive: false })).toBe('< 50');
  });
});

describe('mergeRules', () => {
  it('overrides only what is given', () => {
    const r = mergeRules({ branchMaxMembers: { value: 40, inclusive: false } });
    expect(r.branchMaxMembers).toEqual({ value: 40, inclusive: false });
    expect(r.branchMinFullMembers).toEqual(DEFAULT_RULES.branchMinFullMembers);
  });

  it.each([
    [{ branchMax: { value: 1, inclusive: true } }, /Unknown rule "branchMax"/],
    [{ branchMaxMembers: 50 }, /must look like \{"value": 3, "inclusive": true\}/],
    [{ topologyToleranceM2: -1 }, /≥ 0/],
    [[1, 2], /JSON object/],
  ])('refuses %j and says how to fix it', (override, message) => {
    expect(() => mergeRules(override)).toThrow(message);
  });
});
