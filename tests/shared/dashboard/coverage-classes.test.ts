import { describe, expect, it } from 'vitest';
import {
  COVERAGE_CLASS_COUNT,
  COVERAGE_CLASS_EDGES,
  coverageClassOf,
  coverageClasses,
} from '../../../shared/dashboard/coverage-classes';

describe('coverage classes', () => {
  it('are five classes of 20 percentage points each, 0–100 %', () => {
    expect(COVERAGE_CLASS_EDGES).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(COVERAGE_CLASS_COUNT).toBe(5);
    expect(coverageClasses().map((c) => [c.from, c.to])).toEqual([
      [0, 0.2],
      [0.2, 0.4],
      [0.4, 0.6],
      [0.6, 0.8],
      [0.8, 1],
    ]);
  });

  it('put an edge value in the class above it (lower edge inclusive)', () => {
    expect(coverageClassOf(0)).toBe(0);
    expect(coverageClassOf(0.1999)).toBe(0);
    expect(coverageClassOf(0.2)).toBe(1);
    expect(coverageClassOf(0.4)).toBe(2);
    expect(coverageClassOf(0.6)).toBe(3);
    expect(coverageClassOf(0.7999)).toBe(3);
    expect(coverageClassOf(0.8)).toBe(4);
  });

  it('agree with a ratio of whole households that lands exactly on an edge', () => {
    // 60 of 300 households is 20 %: the division must land on the same double as the edge.
    expect(coverageClassOf(60 / 300)).toBe(1);
    expect(coverageClassOf(240 / 300)).toBe(4);
    expect(coverageClassOf(59 / 300)).toBe(0);
  });

  it('keep 100 % in the top class, whose upper edge alone is inclusive', () => {
    expect(coverageClassOf(1)).toBe(4);
    const classes = coverageClasses();
    expect(classes.map((c) => c.includesTo)).toEqual([false, false, false, false, true]);
    expect(classes.every((c) => c.includesFrom)).toBe(true);
  });

  it('have no class for "no households" (null) or a figure that is not a number', () => {
    expect(coverageClassOf(null)).toBeNull();
    expect(coverageClassOf(undefined)).toBeNull();
    expect(coverageClassOf(Number.NaN)).toBeNull();
  });

  it('clamp figures outside 0..1 into the end classes', () => {
    expect(coverageClassOf(-0.1)).toBe(0);
    expect(coverageClassOf(1.2)).toBe(4);
  });
});
