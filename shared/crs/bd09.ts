/**
 * BD-09, Baidu Maps' datum: a further public perturbation applied on top of GCJ-02. Like
 * GCJ-02 its inverse has no closed form; the published one-step inverse is off by up to a
 * few decimetres, so the inverse here iterates the forward transform. Positions are
 * `[lng, lat]` in degrees.
 */
import { gcj02ToWgs84, invertIteratively, wgs84ToGcj02 } from './gcj02';

const X_PI = (Math.PI * 3000) / 180;

/** GCJ-02 `[lng, lat]` → BD-09 `[lng, lat]` (degrees). */
export function gcj02ToBd09(lng: number, lat: number): [number, number] {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** BD-09 `[lng, lat]` → GCJ-02 `[lng, lat]` (degrees), precise to ~1e-10°. */
export function bd09ToGcj02(lng: number, lat: number): [number, number] {
  return invertIteratively(gcj02ToBd09, lng, lat);
}

/** WGS-84 `[lng, lat]` → BD-09 `[lng, lat]` (degrees). */
export function wgs84ToBd09(lng: number, lat: number): [number, number] {
  const [x, y] = wgs84ToGcj02(lng, lat);
  return gcj02ToBd09(x, y);
}

/** BD-09 `[lng, lat]` → WGS-84 `[lng, lat]` (degrees), precise to ~1e-10°. */
export function bd09ToWgs84(lng: number, lat: number): [number, number] {
  const [x, y] = bd09ToGcj02(lng, lat);
  return gcj02ToWgs84(x, y);
}
