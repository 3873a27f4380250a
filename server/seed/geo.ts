/**
 * Planar geometry for the seed generator.
 *
 * The generator lays everything out in metres on a local plane (x east, y north) and only
 * converts to `[lng, lat]` degrees at the end, so shapes built from the same metre points
 * get the very same rounded coordinates: that is what makes neighbouring grids share
 * identical vertices.
 */
import type { Polygon, Position } from 'geojson';

/** A point on the local plane in metres: `[x east, y north]`. */
export type XY = [number, number];

/** A convex quadrilateral in counter-clockwise order: south-west, south-east, north-east, north-west. */
export type Quad = [XY, XY, XY, XY];

/**
 * Metres per degree of latitude on the sphere turf uses (radius 6,371,008.8 m), so areas
 * measured with `turf.area` agree with the areas laid out here.
 */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** Decimal places kept in coordinates: 1e-7° is about 1 cm. */
const COORD_DECIMALS = 7;
const COORD_SCALE = 10 ** COORD_DECIMALS;

/** An equirectangular projection about `[lng, lat]` (degrees): exact enough over a few km. */
export interface Projection {
  origin: [number, number];
  metresPerDegreeLng: number;
}

/** The projection centred on `origin` (`[lng, lat]`, degrees). */
export function projection(origin: [number, number]): Projection {
  return { origin, metresPerDegreeLng: METRES_PER_DEGREE * Math.cos((origin[1] * Math.PI) / 180) };
}

/** Converts a local point (metres) to a rounded `[lng, lat]` position (degrees). */
export function toLngLat(p: XY, proj: Projection): Position {
  const lng = proj.origin[0] + p[0] / proj.metresPerDegreeLng;
  const lat = proj.origin[1] + p[1] / METRES_PER_DEGREE;
  return [Math.round(lng * COORD_SCALE) / COORD_SCALE, Math.round(lat * COORD_SCALE) / COORD_SCALE];
}

/** Twice the signed area (m²) of an open ring: positive when counter-clockwise. */
function doubleSignedArea(ring: readonly XY[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as XY;
    const b = ring[(i + 1) % ring.length] as XY;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/** Area (m²) of an open ring, whatever its orientation. */
export function ringArea(ring: readonly XY[]): number {
  return Math.abs(doubleSignedArea(ring)) / 2;
}

/** Mean of a ring's vertices (m). */
export function meanPoint(ring: readonly XY[]): XY {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

/**
 * A GeoJSON Polygon from an open ring of local points: counter-clockwise (RFC 7946) and
 * closed by repeating the first position.
 */
export function toPolygon(ring: readonly XY[], proj: Projection): Polygon {
  const ordered = doubleSignedArea(ring) < 0 ? [...ring].reverse() : [...ring];
  const coords = ordered.map((p) => toLngLat(p, proj));
  coords.push([...(coords[0] as Position)]);
  return { type: 'Polygon', coordinates: [coords] };
}

/** The point at parameters `(s, t)` ∈ [0,1]² of a quad's bilinear patch. */
export function bilinear(q: Quad, s: number, t: number): XY {
  const [a, b, c, d] = q;
  const x = (1 - s) * (1 - t) * a[0] + s * (1 - t) * b[0] + s * t * c[0] + (1 - s) * t * d[0];
  const y = (1 - s) * (1 - t) * a[1] + s * (1 - t) * b[1] + s * t * c[1] + (1 - s) * t * d[1];
  return [x, y];
}

/**
 * The sub-quad of `q` for the parameter rectangle `[s0,s1] × [t0,t1]`. Lines of constant
 * `s` or `t` are straight in a bilinear patch, so this is exactly the image of the rectangle:
 * disjoint parameter rectangles give disjoint quads, nested ones nested quads.
 */
export function subQuad(q: Quad, s0: number, s1: number, t0: number, t1: number): Quad {
  return [bilinear(q, s0, t0), bilinear(q, s1, t0), bilinear(q, s1, t1), bilinear(q, s0, t1)];
}

/** Distance (m) between two points. */
export function distance(a: XY, b: XY): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Whether `p` lies inside the convex counter-clockwise polygon `poly`, at least `margin` m from its edges. */
export function insideConvex(p: XY, poly: readonly XY[], margin = 0): boolean {
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i] as XY;
    const b = poly[(i + 1) % poly.length] as XY;
    const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    if (cross / distance(a, b) < margin) return false;
  }
  return true;
}

/** Whether a ring is convex and counter-clockwise (every turn is a left turn). */
export function isConvexCcw(ring: readonly XY[]): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as XY;
    const b = ring[(i + 1) % ring.length] as XY;
    const c = ring[(i + 2) % ring.length] as XY;
    if ((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) <= 0) return false;
  }
  return true;
}

/**
 * A rectangle centred on `centre`, its long side `length` m along `angle` (radians from east,
 * counter-clockwise) and its short side `depth` m; returned counter-clockwise.
 */
export function rectangle(centre: XY, angle: number, length: number, depth: number): XY[] {
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const hl = length / 2;
  const hd = depth / 2;
  const corner = (a: number, b: number): XY => [centre[0] + a * hl * ux - b * hd * uy, centre[1] + a * hl * uy + b * hd * ux];
  return [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)];
}

/** Rotates a point about the origin by `angle` radians counter-clockwise. */
export function rotate(p: XY, angle: number): XY {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [p[0] * c - p[1] * s, p[0] * s + p[1] * c];
}
