/**
 * Where everything sits on the printed map of a grid, in millimetres of a landscape A4 sheet
 * (297 × 210). A3 is the same drawing scaled by √2 (ISO 216 sheets share their proportions),
 * so one layout serves both: the frame's SVG uses these numbers as its viewBox and the sheet's
 * real size stretches it. Pure.
 */
import type { PaperSize } from '../route';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Landscape sheets, millimetres. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};

/** The layout's own units: millimetres of landscape A4. */
export const LAYOUT_WIDTH = PAPER_MM.A4.width;
export const LAYOUT_HEIGHT = PAPER_MM.A4.height;

export interface PrintLayout {
  /** Printers cannot print to the edge: everything stays this far inside. */
  margin: number;
  title: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
}

const MARGIN = 10;
const TITLE_HEIGHT = 17;
const FOOTER_HEIGHT = 6;
const LEGEND_WIDTH = 62;
const GAP = 3;

/** The layout, in layout units (A4 millimetres). */
export function printLayout(): PrintLayout {
  const inner = { x: MARGIN, y: MARGIN, width: LAYOUT_WIDTH - 2 * MARGIN, height: LAYOUT_HEIGHT - 2 * MARGIN };
  const bodyY = inner.y + TITLE_HEIGHT + GAP;
  const bodyHeight = inner.height - TITLE_HEIGHT - FOOTER_HEIGHT - 2 * GAP;
  const mapWidth = inner.width - LEGEND_WIDTH - GAP;
  return {
    margin: MARGIN,
    title: { x: inner.x, y: inner.y, width: inner.width, height: TITLE_HEIGHT },
    map: { x: inner.x, y: bodyY, width: mapWidth, height: bodyHeight },
    legend: { x: inner.x + mapWidth + GAP, y: bodyY, width: LEGEND_WIDTH, height: bodyHeight },
    footer: { x: inner.x, y: inner.y + inner.height - FOOTER_HEIGHT, width: inner.width, height: FOOTER_HEIGHT },
  };
}

/** How many real millimetres one layout unit is on `size` paper (1 for A4, √2 for A3). */
export function paperScale(size: PaperSize): number {
  return PAPER_MM[size].width / LAYOUT_WIDTH;
}

/** `rect` as percentages of the sheet, for CSS that positions the map inside it. */
export function asPercent(rect: Rect): { left: string; top: string; width: string; height: string } {
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(4)}%`;
  return { left: pct(rect.x, LAYOUT_WIDTH), top: pct(rect.y, LAYOUT_HEIGHT), width: pct(rect.width, LAYOUT_WIDTH), height: pct(rect.height, LAYOUT_HEIGHT) };
}
