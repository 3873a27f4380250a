/**
 * The arrowhead drawn at each flow arc's destination: a triangle pointing up (north), as a
 * signed-distance-field image so the style can colour it per state (`icon-color`) and turn it
 * with `icon-rotate`. Pure: RGBA pixels as `map.addImage` takes them.
 */
import { signedDistance, type RasterImage } from '../map/images';

export const ARROW_IMAGE = 'relocation-arrow';

/**
 * @param size - width and height in CSS px
 * @param pixelRatio - device pixels per CSS px
 */
export function arrowImage(size = 18, pixelRatio = 2): RasterImage {
  const w = Math.round(size * pixelRatio);
  const pad = 2 * pixelRatio;
  const triangle: [number, number][] = [[w / 2, pad], [w - pad, w - pad], [w / 2, w * 0.72], [pad, w - pad]];
  const data = new Uint8Array(w * w * 4);
  // MapLibre reads an SDF's alpha: 192 on the edge, falling 8 per device pixel outward.
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const d = signedDistance([x + 0.5, y + 0.5], triangle);
      const o = (y * w + x) * 4;
      data[o] = 255;
      data[o + 1] = 255;
      data[o + 2] = 255;
      data[o + 3] = Math.max(0, Math.min(255, Math.round(192 - d * 8)));
    }
  }
  return { width: w, height: w, data, pixelRatio };
}
