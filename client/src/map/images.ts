/**
 * The map icons, rasterised in code so the style needs no sprite URL: the household-lead star,
 * the hatch laid over buildings slated for demolition and the bolder red hatch over gap
 * neighbourhoods. Pure functions returning RGBA pixels (not premultiplied), as `map.addImage`
 * takes them.
 */
import { PALETTE } from './palette';

export const STAR_IMAGE = 'lead-star';
export const HATCH_IMAGE = 'demolition-hatch';
export const GAP_HATCH_IMAGE = 'gap-hatch';

/** RGBA pixels, row by row from the top left, 4 bytes per pixel. */
export interface RasterImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Device pixels per CSS pixel the image was drawn for. */
  pixelRatio: number;
}

type Rgb = [number, number, number];
type Point = [number, number];

/** `#rrggbb` to bytes. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The corners of a five-pointed star, point up, centred on `c`, outer radius `r` (px). */
export function starPolygon(c: number, r: number, innerRatio = 0.45): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * innerRatio;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([c + radius * Math.cos(angle), c + radius * Math.sin(angle)]);
  }
  return points;
}

/** Signed distance (px) from `p` to a closed polygon's edge: negative inside (even-odd rule). */
export function signedDistance(p: Point, polygon: Point[]): number {
  let min = Infinity;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j] as Point;
    const [bx, by] = polygon[i] as Point;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
    min = Math.min(min, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
    if (ay > p[1] !== by > p[1] && p[0] < ((bx - ax) * (p[1] - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? -min : min;
}

const clamp01 = (v: number): number => Math.max(0, Math.min(1, v));

/**
 * The household-lead star: red, with a white halo so it stands out on any fill.
 * @param size - width and height in CSS px
 * @param pixelRatio - device pixels per CSS px (2 keeps it sharp on high-DPI wall displays)
 */
export function starImage(size = 22, pixelRatio = 2): RasterImage {
  const w = Math.round(size * pixelRatio);
  const halo = 1.6 * pixelRatio;
  const star = starPolygon(w / 2, w / 2 - halo - 1);
  const fill = hexToRgb(PALETTE.lead);
  const ring = hexToRgb(PALETTE.leadHalo);
  const data = new Uint8Array(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const d = signedDistance([x + 0.5, y + 0.5], star);
      const inner = clamp01(0.5 - d);
      const outer = clamp01(0.5 - (d - halo));
      // Star over halo, "over" compositing, then un-premultiplied.
      const alpha = inner + outer * (1 - inner);
      const o = (y * w + x) * 4;
      for (let k = 0; k < 3; k++) {
        data[o + k] = alpha === 0 ? 0 : Math.round(((fill[k] ?? 0) * inner + (ring[k] ?? 0) * outer * (1 - inner)) / alpha);
      }
      data[o + 3] = Math.round(alpha * 255);
    }
  }
  return { width: w, height: w, data, pixelRatio };
}

/** How a hatch looks: line colour, half the line width (device px) and the lines' opacity (0..255). */
export interface HatchStyle {
  color: string;
  halfWidth: number;
  alpha: number;
}

/** The thin hatch over buildings slated for demolition. */
export const DEMOLITION_HATCH: HatchStyle = { color: PALETTE.buildingSlatedHatch, halfWidth: 1.1, alpha: 170 };
/** The gap hatch: heavier and more opaque, so a gap neighbourhood reads over any coverage colour. */
export const GAP_HATCH: HatchStyle = { color: PALETTE.gapHatch, halfWidth: 1.7, alpha: 215 };

/**
 * A tileable diagonal hatch (lines rising to the right) on a transparent ground.
 * @param period - distance between lines along x, in device px; must divide `size * pixelRatio`
 */
export function hatchImage(size = 8, pixelRatio = 2, period = 8, style: HatchStyle = DEMOLITION_HATCH): RasterImage {
  const w = Math.round(size * pixelRatio);
  const [r, g, b] = hexToRgb(style.color);
  const data = new Uint8Array(w * w * 4);
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < w; x++) {
      const u = (x + y + 1) % period;
      const distance = Math.min(u, period - u) / Math.SQRT2;
      const o = (y * w + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = Math.round(clamp01(style.halfWidth - distance) * style.alpha);
    }
  }
  return { width: w, height: w, data, pixelRatio };
}

/** The image for a style image id, or null for ids this app does not draw. */
export function imageFor(id: string): RasterImage | null {
  if (id === STAR_IMAGE) return starImage();
  if (id === HATCH_IMAGE) return hatchImage();
  if (id === GAP_HATCH_IMAGE) return hatchImage(8, 2, 8, GAP_HATCH);
  return null;
}
