import { describe, expect, it } from 'vitest';
import { combineSelection, extendPath, isDrag, screenBox } from '../../../client/src/planner/selecting';
import { buildingsInBox, buildingsInLasso, expandSelection } from '../../../shared/planner/selection';
import { prepareBase } from '../../../shared/planner/prepare';
import { toyBase } from '../../shared/planner/toy-base';

describe('combining a pick with the selection', () => {
  it('replaces on a plain click, toggles a neighbourhood in and out on shift-click, adds on shift-drag', () => {
    expect(combineSelection([1, 2], [4, 3, 3], 'replace')).toEqual([3, 4]);
    expect(combineSelection([3], [1, 2], 'toggle')).toEqual([1, 2, 3]);
    expect(combineSelection([1, 2, 3], [1, 2], 'toggle')).toEqual([3]);
    // Only part of the pick selected: shift-click completes it rather than removing.
    expect(combineSelection([1, 3], [1, 2], 'toggle')).toEqual([1, 2, 3]);
    expect(combineSelection([1, 2, 3], [1, 2], 'add')).toEqual([1, 2, 3]);
  });
});

describe('box and lasso strokes on screen', () => {
  it('spans a box from any two corners and tells a drag from a click', () => {
    expect(screenBox([40, 10], [5, 30])).toEqual([5, 10, 40, 30]);
    expect(isDrag([10, 10], [13, 12])).toBe(false);
    expect(isDrag([10, 10], [16, 10])).toBe(true);
  });

  it('keeps lasso points at least a few pixels apart', () => {
    let path = extendPath([], [0, 0]);
    path = extendPath(path, [1, 1]);
    path = extendPath(path, [4, 0]);
    path = extendPath(path, [4, 2]);
    expect(path).toEqual([[0, 0], [4, 0]]);
  });

  it('hits buildings by their point, widened to whole neighbourhoods unless painting single buildings', () => {
    const p = prepareBase(toyBase());
    // The box holds building 1 only; building 2 is in the same 小区 (甲小区).
    const inBox = buildingsInBox(p, [120.3005, 36.0875, 120.3015, 36.0885]);
    expect(inBox).toEqual([1]);
    expect(expandSelection(p, inBox)).toEqual([1, 2]);
    expect(expandSelection(p, inBox, 'single')).toEqual([1]);
    // A concave (L-shaped) lasso round buildings 3 and 6 that leaves out 4, inside its box.
    const ring: [number, number][] = [[120.3005, 36.0815], [120.3015, 36.0815], [120.3015, 36.0828], [120.3045, 36.0828], [120.3045, 36.0835], [120.3005, 36.0835]];
    expect(buildingsInBox(p, [120.3005, 36.0815, 120.3045, 36.0835])).toEqual([3, 4, 6]);
    expect(buildingsInLasso(p, ring)).toEqual([3, 6]);
  });
});
