/**
 * Pure helpers for how the map is placed and where it fetches from, kept out of the adapter so
 * they can be tested without a browser.
 */
import type { BBox } from '../../../shared/model';

/** Map zoom limits: the whole sub-district at the low end, single doorways at the high end. */
export const MIN_ZOOM = 10;
export const MAX_ZOOM = 19;

/**
 * Makes a root-relative URL (`/api/...`) absolute against `base` (the page's address);
 * MapLibre's workers cannot resolve relative tile URLs. Other URLs pass through untouched.
 */
export function absoluteUrl(url: string, base: string): string {
  return url.startsWith('/') ? new URL(url, base).href : url;
}

/** The bbox (`[minLng, minLat, maxLng, maxLat]`, degrees) grown by half its size on every side. */
export function padBounds([minLng, minLat, maxLng, maxLat]: BBox): BBox {
  const dx = (maxLng - minLng) / 2;
  const dy = (maxLat - minLat) / 2;
  return [minLng - dx, minLat - dy, maxLng + dx, maxLat + dy];
}
