import { describe, expect, it } from 'vitest';
import { bboxWithin, fitPadding } from '../../../client/src/map/camera';

const map = { left: 0, top: 56, right: 1480, bottom: 1080 };

describe('fitPadding', () => {
  it('is the margin all round when nothing floats over the map', () => {
    expect(fitPadding(map, [], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 40 });
  });

  it('keeps clear of a legend on the left', () => {
    const legend = { left: 14, top: 70, right: 250, bottom: 600 };
    expect(fitPadding(map, [legend], 40)).toEqual({ top: 40, right: 40, bottom: 40, left: 290 });
  });

  it('counts a panel against the side it is nearer to', () => {
    const panel = { left: 1300, top: 70, right: 1470, bottom: 300 };
    expect(fitPadding(map, [panel], 40).right).toBe(1480 - 1300 + 40);
  });

  it('ignores panels outside the map and never gives a side more than 40 % of the width', () => {
    expect(fitPadding(map, [{ left: 1500, top: 0, right: 1900, bottom: 1080 }], 40).right).toBe(40);
    expect(fitPadding(map, [{ left: 0, top: 60, right: 1000, bottom: 900 }], 40).left).toBe(1480 * 0.4);
  });
});

describe('bboxWithin', () => {
  it('is true for a box inside (edges included) and false for one sticking out', () => {
    expect(bboxWithin([1, 1, 2, 2], [0, 0, 3, 3])).toBe(true);
    expect(bboxWithin([0, 0, 3, 3], [0, 0, 3, 3])).toBe(true);
    expect(bboxWithin([1, 1, 4, 2], [0, 0, 3, 3])).toBe(false);
  });
});
