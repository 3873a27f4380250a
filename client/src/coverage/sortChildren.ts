/**
 * Sorting the panel's list of a unit's children. Pure, so the order is unit-tested.
 */
import type { CoverageUnitDto } from '../../../shared/api';

export const CHILD_SORT_KEYS = ['order', 'coverage', 'households'] as const;
/** `order`: as the API lists them (by code, so west→east, north→south for grids); or by a figure. */
export type ChildSortKey = (typeof CHILD_SORT_KEYS)[number];

export interface ChildSort {
  key: ChildSortKey;
  descending: boolean;
}

function figure(child: CoverageUnitDto, key: Exclude<ChildSortKey, 'order'>): number | null {
  return key === 'coverage' ? child.figures.coverage : child.figures.households;
}

/**
 * A sorted copy of `children`. Children without the figure (coverage of a shop: no households)
 * go last whichever the direction, and ties keep the API's order.
 */
export function sortChildren(children: readonly CoverageUnitDto[], sort: ChildSort): CoverageUnitDto[] {
  const indexed = children.map((child, index) => ({ child, index }));
  const sign = sort.descending ? -1 : 1;
  indexed.sort((a, b) => {
    if (sort.key === 'order') return sign * (a.index - b.index);
    const fa = figure(a.child, sort.key);
    const fb = figure(b.child, sort.key);
    if (fa === null || fb === null) return (fa === null ? 1 : 0) - (fb === null ? 1 : 0) || a.index - b.index;
    return sign * (fa - fb) || a.index - b.index;
  });
  return indexed.map((x) => x.child);
}
