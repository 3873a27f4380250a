import { describe, expect, it } from 'vitest';
import { barLength, groupRelocationSeries, niceMax, stackedAreaPaths, textWidthEm } from '../../../client/src/wall/chartGeometry';
import { RELOCATION_STATES, type RelocationState } from '../../../shared/relocation/states';

describe('niceMax', () => {
  it('rounds up to a round axis top', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(7)).toBe(8);
    expect(niceMax(2103)).toBe(2500);
    expect(niceMax(3000)).toBe(3000);
    expect(niceMax(0.35)).toBe(1);
    expect(niceMax(81)).toBe(100);
  });
});

describe('barLength', () => {
  it('is proportional, clamped to the axis, and zero for nothing', () => {
    expect(barLength(50, 200, 400)).toBe(100);
    expect(barLength(300, 200, 400)).toBe(400);
    expect(barLength(-1, 200, 400)).toBe(0);
    expect(barLength(5, 0, 400)).toBe(0);
  });
});

describe('textWidthEm', () => {
  it('counts CJK as a full em and Latin as about half', () => {
    expect(textWidthEm('社区')).toBe(2);
    expect(textWidthEm('ab')).toBeCloseTo(1.16);
    expect(textWidthEm('≤35岁')).toBeCloseTo(0.58 * 3 + 1);
  });
});

describe('stackedAreaPaths', () => {
  it('stacks each series on the ones below, from the bottom of the plot', () => {
    const [bottom, top] = stackedAreaPaths([[1, 2], [1, 0]], 100, 40, 4);
    // Bottom series: up to 1 and 2 of 4 (y 30, 20), back along the base (y 40).
    expect(bottom).toBe('M0,30L100,20L100,40L0,40Z');
    // Top series: from the bottom one's line up to 2 and 2.
    expect(top).toBe('M0,20L100,20L100,20L0,30Z');
  });

  it('draws nothing without days or without a scale', () => {
    expect(stackedAreaPaths([[], []], 100, 40, 4)).toEqual(['', '']);
    expect(stackedAreaPaths([[1]], 100, 40, 0)).toEqual(['']);
  });
});

describe('groupRelocationSeries', () => {
  it('folds the eight ledger states into the four groups the tiles count', () => {
    const series = Object.fromEntries(RELOCATION_STATES.map((s, i) => [s, [i, 1]])) as Record<RelocationState, number[]>;
    const g = groupRelocationSeries(series);
    // in_zone 0; moving_out 1 + transitional 2 + floating 6; resettled 3 + reported 4 + transferred 5; lost_contact 7.
    expect(g).toEqual({ in_zone: [0, 1], moving: [9, 3], settled: [12, 3], lost_contact: [7, 1] });
  });
});
