import { describe, expect, it } from 'vitest';
import { LAYOUT_SPECS, chooseLayout } from '../../../client/src/wall/layout';

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
