import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../server/seed/lattice';
import { cellOutline, cellsConnected } from '../../../server/seed/outline';

/** Unit cells of a plain 4 × 4 lattice; vertex (i, j) is j * 5 + i. */
function cell(i: number, j: number): Cell {
  const v = (a: number, b: number): number => b * 5 + a;
  return {
    index: j * 4 + i,
    i,
    j,
    corners: [v(i, j), v(i + 1, j), v(i + 1, j + 1), v(i, j + 1)],
    quad: [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]],
    area: 1,
    centre: [i + 0.5, j + 0.5],
  };
}
const neighbours = (all: Cell[]) => (c: Cell): Cell[] => all.filter((o) => Math.abs(o.i - c.i) + Math.abs(o.j - c.j) === 1);

describe('cellOutline', () => {
  it('traces a single cell and a 2 × 2 block counter-clockwise through every boundary vertex', () => {
    expect(cellOutline([cell(1, 1)])).toEqual([6, 7, 12, 11]);
    expect(cellOutline([cell(0, 0), cell(1, 0), cell(0, 1), cell(1, 1)])).toEqual([0, 1, 2, 7, 12, 11, 10, 5]);
  });

  it('refuses a ring with a hole, cells touching at a corner only, and two pieces', () => {
    const ring: Cell[] = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) if (i !== 1 || j !== 1) ring.push(cell(i, j));
    expect(cellOutline(ring)).toBeNull();
    expect(cellOutline([cell(0, 0), cell(1, 1)])).toBeNull();
    expect(cellOutline([cell(0, 0), cell(2, 0)])).toBeNull();
  });
});

describe('cellsConnected', () => {
  it('tells one piece from two', () => {
    const all = [cell(0, 0), cell(1, 0), cell(3, 3)];
    expect(cellsConnected(all.slice(0, 2), neighbours(all))).toBe(true);
    expect(cellsConnected(all, neighbours(all))).toBe(false);
  });
});
