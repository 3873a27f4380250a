import { describe, expect, it } from 'vitest';
import { sortChildren } from '../../../client/src/coverage/sortChildren';
import { figures, unit } from '../fixtures/coverage';

const children = [
  unit('building', 1, 'A', figures(40, 10)), // 25 %
  unit('building', 2, 'shop', figures(0, 0)), // no households: no coverage
  unit('building', 3, 'B', figures(80, 40)), // 50 %
  unit('building', 4, 'C', figures(20, 5)), // 25 %, ties with A
  unit('building', 5, 'D', figures(60, 0)), // 0 %
];
const names = (list: typeof children) => list.map((c) => c.name);

describe('sortChildren', () => {
  it('by coverage ascending puts the weakest first, ties in API order, no-coverage last', () => {
    expect(names(sortChildren(children, { key: 'coverage', descending: false }))).toEqual(['D', 'A', 'C', 'B', 'shop']);
  });

  it('by coverage descending still puts no-coverage last', () => {
    expect(names(sortChildren(children, { key: 'coverage', descending: true }))).toEqual(['B', 'A', 'C', 'D', 'shop']);
  });

  it('by households, and in API order either way', () => {
    expect(names(sortChildren(children, { key: 'households', descending: true }))).toEqual(['B', 'D', 'A', 'C', 'shop']);
    expect(names(sortChildren(children, { key: 'order', descending: false }))).toEqual(['A', 'shop', 'B', 'C', 'D']);
    expect(names(sortChildren(children, { key: 'order', descending: true }))).toEqual(['D', 'C', 'B', 'shop', 'A']);
  });

  it('returns a copy and leaves the input alone', () => {
    const before = names(children);
    const sorted = sortChildren(children, { key: 'coverage', descending: false });
    expect(sorted).not.toBe(children);
    expect(names(children)).toEqual(before);
  });
});
