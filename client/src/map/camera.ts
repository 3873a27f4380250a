/**
 * Where the map goes when the dashboard asks it to show a box: pure geometry, tested without
 * a browser. Boxes are `[minLng, minLat, maxLng, maxLat]` in degrees; rectangles are CSS px.
 */
import type { BBox } from '../../../shared/model';

/** Marks an element floating over the map (the legend): fits keep boxes clear of it. */
export const MAP_OVERLAY_ATTRIBUTE = 'data-map-overlay';

/** A rectangle on the page, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** No floating panel may take more than this share of the map's width from one side. */
const MAX_SIDE_SHARE = 0.4;

/**
 * Padding for `fitBounds` so that the box lands in the part of the map that floating panels
 * (the legend) leave free, with `margin` px round it. A panel counts against the side of the
 * map it is nearer to.
 */
export function fitPadding(map: Rect, overlays: readonly Rect[], margin = 40): Padding {
  const width = map.right - map.left;
  const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const o of overlays) {
    const overlaps = o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom;
    if (!overlaps) continue;
    if (o.left - map.left <= map.right - o.right) padding.left = Math.max(padding.left, o.right - map.left + margin);
    else padding.right = Math.max(padding.right, map.right - o.left + margin);
  }
  const cap = Math.max(margin, width * MAX_SIDE_SHARE);
  return { ...padding, left: Math.min(padding.left, cap), right: Math.min(padding.right, cap) };
}

/** Whether `inner` lies wholly inside `outer`. */
export function bboxWithin(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
