import { describe, expect, it } from 'vitest';
import { LAYOUT_SPECS, chooseLayout, layoutUnit } from '../../../client/src/wall/layout';

describe('chooseLayout', () => {
  it('picks the layout each designed screen size is for', () => {
    for (const spec of Object.values(LAYOUT_SPECS)) expect(chooseLayout(spec.width, spec.height), spec.name).toBe(spec.name);
  });

  it('reads a half-size 4K window as 1080p and a very wide window as ultra-wide', () => {
    expect(chooseLayout(1920, 1080)).toBe('hd');
    expect(chooseLayout(1366, 768)).toBe('hd');
    expect(chooseLayout(2560, 1024)).toBe('ultrawide');
    expect(chooseLayout(3200, 1800)).toBe('uhd');
  });

  it('gives 4K bigger type than 1080p', () => {
    expect(LAYOUT_SPECS.uhd.unit).toBeGreaterThan(LAYOUT_SPECS.hd.unit);
  });
});

describe('layoutUnit', () => {
  it('is the layout\'s own unit on the screen it is designed for, and on a larger one', () => {
    for (const spec of Object.values(LAYOUT_SPECS)) expect(layoutUnit(spec.name, spec.width, spec.height), spec.name).toBe(spec.unit);
    expect(layoutUnit('hd', 2560, 1440)).toBe(1);
  });

  it('shrinks with the tighter side on a smaller screen, down to 60 % of the unit', () => {
    expect(layoutUnit('hd', 1366, 768)).toBeCloseTo(768 / 1080, 6);
    expect(layoutUnit('hd', 960, 1080)).toBeCloseTo(0.6, 6);
    expect(layoutUnit('uhd', 3200, 1800)).toBeCloseTo(1.5 * (1800 / 2160), 6);
    expect(layoutUnit('hd', 0, 0)).toBeCloseTo(0.6, 6);
  });
});
