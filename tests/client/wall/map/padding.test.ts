import { describe, expect, it } from 'vitest';
import { overlayPadding } from '../../../../client/src/wall/map/padding';

const map = { left: 0, top: 0, right: 1000, bottom: 600 };

describe('overlayPadding', () => {
  it('is the margin all round with nothing over the map', () => {
    expect(overlayPadding(map, [], 30)).toEqual({ top: 30, right: 30, bottom: 30, left: 30 });
  });

  it('charges a wide, short legend at the bottom to the bottom', () => {
    expect(overlayPadding(map, [{ left: 10, top: 520, right: 800, bottom: 590 }], 30)).toEqual({ top: 30, right: 30, bottom: 110, left: 30 });
  });

  it('charges a tall panel on the left to the left, capped at 40 % of the width', () => {
    expect(overlayPadding(map, [{ left: 0, top: 0, right: 200, bottom: 600 }], 30).left).toBe(230);
    expect(overlayPadding(map, [{ left: 0, top: 0, right: 700, bottom: 600 }], 30).left).toBe(400);
  });

  it('ignores panels beside the map', () => {
    expect(overlayPadding(map, [{ left: 1010, top: 0, right: 1400, bottom: 600 }], 30).right).toBe(30);
  });
});
