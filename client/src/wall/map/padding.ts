/**
 * Padding for fitting a box into the part of the map that floating panels (legend, alerts)
 * leave free. Each panel over the map is charged to whichever side loses the least map area to it,
 * so a wide, short legend pads the top or bottom rather than a third of the width. Pure:
 * rectangles in CSS px as `getBoundingClientRect` gives them.
 */
import type { Padding, Rect } from '../../map/camera';

/** No side may take more than this share of the map's width or height. */
const MAX_SHARE = 0.4;

export function overlayPadding(map: Rect, overlays: readonly Rect[], margin: number): Padding {
  const padding: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  for (const o of overlays) {
    const overlaps = o.right > map.left && o.left < map.right && o.bottom > map.top && o.top < map.bottom;
    if (!overlaps) continue;
    const width = map.right - map.left;
    const height = map.bottom - map.top;
    // [side, depth the panel reaches in from that side (px), map area that depth costs (px²)]
    const options: Array<[keyof Padding, number, number]> = [
      ['left', o.right - map.left, (o.right - map.left) * height],
      ['right', map.right - o.left, (map.right - o.left) * height],
      ['top', o.bottom - map.top, (o.bottom - map.top) * width],
      ['bottom', map.bottom - o.top, (map.bottom - o.top) * width],
    ];
    const [side, depth] = options.reduce((best, c) => (c[2] < best[2] ? c : best));
    padding[side] = Math.max(padding[side], depth + margin);
  }
  const w = (map.right - map.left) * MAX_SHARE;
  const h = (map.bottom - map.top) * MAX_SHARE;
  return {
    top: Math.min(padding.top, Math.max(margin, h)),
    bottom: Math.min(padding.bottom, Math.max(margin, h)),
    left: Math.min(padding.left, Math.max(margin, w)),
    right: Math.min(padding.right, Math.max(margin, w)),
  };
}
