/**
 * GCJ-02 ("Mars coordinates"), the obfuscated datum Chinese web maps (AMap/高德, Tencent,
 * Google China) publish in. The forward transform WGS-84 → GCJ-02 is the well-known public
 * formula (Krasovsky ellipsoid constants); it is not invertible in closed form, so the
 * inverse iterates the forward transform until it reproduces the input to ~1e-10° (≈ 0.01 mm),
 * where the usual one-step inverse (subtract the offset at the GCJ point) drifts 1–2 m.
 *
 * Positions are `[lng, lat]` in degrees. Outside mainland China's rough box the datums are
 * the same and the transforms return the position unchanged, as every published
 * implementation does.
 */

/** Semi-major axis (m) and first eccentricity² of the Krasovsky 1940 ellipsoid the formula uses. */
const A = 6378245.0;
const EE = 0.00669342162296594323;

/** Whether `[lng, lat]` lies outside the box in which GCJ-02 differs from WGS-84. */
export function outOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function shiftLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** The GCJ-02 offset `[dLng, dLat]` in degrees at a WGS-84 position. */
function offset(lng: number, lat: number): [number, number] {
  const radLat = (lat / 180) * Math.PI;
  const s = Math.sin(radLat);
  const magic = 1 - EE * s * s;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (shiftLat(lng - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (shiftLng(lng - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLng, dLat];
}

/** WGS-84 `[lng, lat]` → GCJ-02 `[lng, lat]` (degrees). */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat];
  const [dLng, dLat] = offset(lng, lat);
  return [lng + dLng, lat + dLat];
}

/** Convergence threshold of the inverses, degrees (≈ 0.01 mm). */
const EPSILON = 1e-10;
const MAX_STEPS = 30;

/**
 * Inverts `forward` at `[x, y]` by fixed-point iteration: start at the target and move by
 * the residual until `forward(p)` is within EPSILON of the target. The offsets vary slowly
 * (a few metres per kilometre), so each step gains about three orders of magnitude.
 */
export function invertIteratively(forward: (lng: number, lat: number) => [number, number], x: number, y: number): [number, number] {
  let lng = x;
  let lat = y;
  for (let i = 0; i < MAX_STEPS; i++) {
    const [fx, fy] = forward(lng, lat);
    const dx = fx - x;
    const dy = fy - y;
    if (Math.abs(dx) < EPSILON && Math.abs(dy) < EPSILON) break;
    lng -= dx;
    lat -= dy;
  }
  return [lng, lat];
}

/** GCJ-02 `[lng, lat]` → WGS-84 `[lng, lat]` (degrees), precise to ~1e-10°. */
export function gcj02ToWgs84(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat];
  return invertIteratively(wgs84ToGcj02, lng, lat);
}

/**
 * The common one-step inverse (subtract the offset measured at the GCJ-02 point). Kept only
 * so tests and the report can show how far it drifts from the precise inverse.
 */
export function gcj02ToWgs84OneStep(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat];
  const [dLng, dLat] = offset(lng, lat);
  return [lng - dLng, lat - dLat];
}
