/**
 * Pure helpers for selecting buildings on screen: combining a new pick with the selection
 * (replace, or shift to add/remove), the screen box of a drag, and a lasso path thinned to
 * the points worth keeping. Screen positions are CSS pixels `[x, y]`.
 */

/** How a pick meets the selection: plain click or stroke replaces; shift toggles (click) or adds (box, lasso). */
export type Combine = 'replace' | 'toggle' | 'add';

/**
 * The selection after picking `picked` (sorted ids). `toggle` removes the pick when all of it is
 * selected already (shift-click on a selected neighbourhood takes it out) and adds it otherwise.
 */
export function combineSelection(current: readonly number[], picked: readonly number[], how: Combine): number[] {
  if (how === 'replace') return [...new Set(picked)].sort((a, b) => a - b);
  const out = new Set(current);
  const allIn = picked.length > 0 && picked.every((id) => out.has(id));
  for (const id of picked) {
    if (how === 'toggle' && allIn) out.delete(id);
    else out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

export type ScreenPoint = readonly [number, number];

/** The box spanned by two corners of a drag: `[minX, minY, maxX, maxY]`. */
export function screenBox(a: ScreenPoint, b: ScreenPoint): [number, number, number, number] {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
}

/** A drag shorter than this many px either way is a click, not a box or lasso. */
export const DRAG_THRESHOLD_PX = 4;

/** Whether the pointer moved far enough from `start` to count as a drag. */
export function isDrag(start: ScreenPoint, end: ScreenPoint): boolean {
  return Math.abs(end[0] - start[0]) > DRAG_THRESHOLD_PX || Math.abs(end[1] - start[1]) > DRAG_THRESHOLD_PX;
}

/**
 * Appends `next` to a lasso path unless it lies within `minStepPx` of the last kept point:
 * pointer events come many per pixel, and a short path keeps the hit test and the drawn line cheap.
 */
export function extendPath(path: readonly ScreenPoint[], next: ScreenPoint, minStepPx = 3): ScreenPoint[] {
  const last = path[path.length - 1];
  if (last && Math.hypot(next[0] - last[0], next[1] - last[1]) < minStepPx) return [...path];
  return [...path, next];
}
