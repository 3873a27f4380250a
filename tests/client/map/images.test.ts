import { describe, expect, it } from 'vitest';
import { GAP_HATCH, GAP_HATCH_IMAGE, HATCH_IMAGE, STAR_IMAGE, hatchImage, hexToRgb, imageFor, signedDistance, starImage, starPolygon } from '../../../client/src/map/images';
import { PALETTE } from '../../../client/src/map/palette';

function pixel(image: { width: number; data: Uint8Array }, x: number, y: number): number[] {
  const o = (y * image.width + x) * 4;
  return [...image.data.slice(o, o + 4)];
}

describe('signedDistance', () => {
  const square: Array<[number, number]> = [[0, 0], [10, 0], [10, 10], [0, 10]];
  it('is negative inside, positive outside, measured to the nearest edge', () => {
    expect(signedDistance([5, 5], square)).toBeCloseTo(-5);
    expect(signedDistance([13, 5], square)).toBeCloseTo(3);
    expect(signedDistance([2, 5], square)).toBeCloseTo(-2);
  });
});

describe('starImage', () => {
  const image = starImage(22, 2);
  const [r, g, b] = hexToRgb(PALETTE.lead);

  it('is a square RGBA image at the asked pixel ratio', () => {
    expect(image.width).toBe(44);
    expect(image.height).toBe(44);
    expect(image.data.length).toBe(44 * 44 * 4);
    expect(image.pixelRatio).toBe(2);
  });

  it('is solid lead red in the middle, white on the halo and clear in the corners', () => {
    expect(pixel(image, 22, 22)).toEqual([r, g, b, 255]);
    expect(pixel(image, 0, 0)[3]).toBe(0);
    // Just outside the top point lies the halo: opaque white.
    const tip = starPolygon(22, 22 - 3.2 - 1)[0] as [number, number];
    expect(pixel(image, Math.floor(tip[0]), Math.floor(tip[1]) - 2)).toEqual([255, 255, 255, 255]);
  });
});

describe('hatchImage', () => {
  it('tiles seamlessly: the left column continues the right, the top row the bottom', () => {
    const image = hatchImage(8, 2, 8);
    const alpha = (x: number, y: number) => pixel(image, (x + 16) % 16, (y + 16) % 16)[3];
    for (let i = 0; i < 16; i++) {
      // Lines run along x + y = const, so stepping +1 in x and -1 in y stays on the same line.
      expect(alpha(0, i)).toBe(alpha(15, i + 1));
      expect(alpha(i, 0)).toBe(alpha(i + 1, 15));
    }
  });

  it('has both line and gap pixels', () => {
    const alphas = new Set<number>();
    const image = hatchImage();
    for (let i = 3; i < image.data.length; i += 4) alphas.add(image.data[i] ?? -1);
    expect(alphas.has(0)).toBe(true);
    expect(Math.max(...alphas)).toBeGreaterThan(150);
  });
});

describe('gap hatch', () => {
  it('is red, and heavier than the demolition hatch (more line pixels, more opaque)', () => {
    const gap = hatchImage(8, 2, 8, GAP_HATCH);
    const thin = hatchImage();
    const linePixels = (image: { data: Uint8Array }) => image.data.filter((_, i) => i % 4 === 3 && (image.data[i] ?? 0) > 0).length;
    expect(linePixels(gap)).toBeGreaterThan(linePixels(thin));
    expect(Math.max(...gap.data.filter((_, i) => i % 4 === 3))).toBeGreaterThan(Math.max(...thin.data.filter((_, i) => i % 4 === 3)));
    expect(pixel(gap, 0, 0).slice(0, 3)).toEqual(hexToRgb(PALETTE.gapHatch));
  });
});

describe('imageFor', () => {
  it('draws the app images and nothing else', () => {
    expect(imageFor(STAR_IMAGE)?.width).toBe(44);
    expect(imageFor(HATCH_IMAGE)?.width).toBe(16);
    expect(imageFor(GAP_HATCH_IMAGE)?.width).toBe(16);
    expect(imageFor('something-else')).toBeNull();
  });
});
