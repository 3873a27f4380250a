import { describe, expect, it } from 'vitest';
import { metresPerMm, metresPerPixel, representativeFraction, scaleBar } from '../../../client/src/print/scale';

describe('print scale', () => {
  it('follows Web Mercator: about 0.0746 m per CSS px at zoom 20 on the equator, halving per zoom level', () => {
    expect(metresPerPixel(20, 0)).toBeCloseTo(40_075_016.686 / 536_870_912, 6);
    expect(metresPerPixel(16, 36)).toBeCloseTo(metresPerPixel(17, 36) * 2, 9);
    expect(metresPerPixel(16, 60)).toBeCloseTo(metresPerPixel(16, 0) / 2, 6);
  });

  it('picks the longest 1-2-5 bar that fits', () => {
    expect(scaleBar(10, 40)).toEqual({ metres: 200, length: 20 });
    expect(scaleBar(3, 40)).toEqual({ metres: 100, length: 100 / 3 });
    expect(scaleBar(1.3, 40)).toEqual({ metres: 50, length: 50 / 1.3 });
    const bar = scaleBar(0.77, 35);
    expect(bar.length).toBeLessThanOrEqual(35);
    expect(bar.length).toBeGreaterThan(35 / 2.5);
  });

  it('writes the scale as 1 : n with two significant figures', () => {
    expect(representativeFraction(4.83)).toBe(4800);
    expect(representativeFraction(12.6)).toBe(13000);
    // A grid at zoom 17 near Qingdao prints at about 1 : 1,800 (0.48 m per CSS px, 3.78 px per mm).
    expect(representativeFraction(metresPerMm(17, 36.07))).toBe(1800);
  });
});
