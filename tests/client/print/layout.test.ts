import { describe, expect, it } from 'vitest';
import { LAYOUT_HEIGHT, LAYOUT_WIDTH, PAPER_MM, asPercent, paperScale, printLayout, type Rect } from '../../../client/src/print/layout';

const inside = (r: Rect, margin: number) =>
  r.x >= margin && r.y >= margin && r.x + r.width <= LAYOUT_WIDTH - margin + 1e-9 && r.y + r.height <= LAYOUT_HEIGHT - margin + 1e-9;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('print layout', () => {
  it('keeps every part inside the margins and apart from the others', () => {
    const layout = printLayout();
    const parts = [layout.title, layout.map, layout.legend, layout.footer];
    for (const part of parts) expect(inside(part, layout.margin), JSON.stringify(part)).toBe(true);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
  });

  it('gives the map most of the sheet', () => {
    const { map } = printLayout();
    expect((map.width * map.height) / (LAYOUT_WIDTH * LAYOUT_HEIGHT)).toBeGreaterThan(0.5);
  });

  it('scales A4 to A3 by √2 in both directions, as ISO 216 sheets do', () => {
    expect(paperScale('A4')).toBe(1);
    expect(paperScale('A3')).toBeCloseTo(Math.SQRT2, 2);
    expect(PAPER_MM.A3.height / LAYOUT_HEIGHT).toBeCloseTo(paperScale('A3'), 2);
  });

  it('positions a rectangle by percentages of the sheet', () => {
    expect(asPercent({ x: 29.7, y: 0, width: 148.5, height: 210 })).toEqual({ left: '10.0000%', top: '0.0000%', width: '50.0000%', height: '100.0000%' });
  });
});
