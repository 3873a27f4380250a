/**
 * The three wall layouts and how one is chosen for a screen. Each is its own arrangement (see
 * `wall.css`), drawn at the screen's native resolution; `unit` is the CSS px one design px
 * takes, so type stays readable from across the room on every screen.
 */
import type { LayoutName } from './params';

export interface LayoutSpec {
  name: LayoutName;
  /** CSS px per design px: type and map labels are multiplied by it. */
  unit: number;
  /** The screen it is designed for, CSS px. */
  width: number;
  height: number;
}

export const LAYOUT_SPECS: Record<LayoutName, LayoutSpec> = {
  hd: { name: 'hd', unit: 1, width: 1920, height: 1080 },
  ultrawide: { name: 'ultrawide', unit: 1, width: 3840, height: 1080 },
  // A 4K panel has four times the pixels of a 1080p one of the same size: type 1.5× as many
  // px keeps it readable there and leaves room for every panel at once.
  uhd: { name: 'uhd', unit: 1.5, width: 3840, height: 2160 },
};

/**
 * The layout for a viewport of `width` × `height` CSS px: ultra-wide from an aspect of about
 * 2.5:1, 4K from 3000 px wide, else 1080p.
 */
export function chooseLayout(width: number, height: number): LayoutName {
  if (height > 0 && width / height >= 2.5) return 'ultrawide';
  if (width >= 3000) return 'uhd';
  return 'hd';
}

/** The smallest share of the design unit a screen below the layout's size gets. */
const MIN_FIT = 0.6;

/**
 * CSS px per design px for `layout` on a `width` × `height` viewport: the layout's unit on
 * its own screen size or larger, and proportionally less on a smaller screen (a laptop
 * previewing the wall), so every panel still fits; never below 60 % of the unit.
 */
export function layoutUnit(layout: LayoutName, width: number, height: number): number {
  const spec = LAYOUT_SPECS[layout];
  const fit = Math.min(1, width / spec.width, height / spec.height);
  return spec.unit * Math.max(MIN_FIT, Number.isFinite(fit) ? fit : 1);
}
