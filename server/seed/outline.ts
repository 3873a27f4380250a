/**
 * The outline of a set of lattice cells, assembled exactly from the cells' own edges.
 *
 * Every cell contributes its four edges counter-clockwise; an edge shared by two cells of the
 * set appears once in each direction and cancels. What is left is the outline, made of the
 * very vertices the neighbouring shapes use, so shapes built this way tile without slivers.
 */
import type { Cell } from './lattice';

/**
 * The outline of `cells` as an open ring of vertex indices, counter-clockwise; `null` when the
 * cells do not form one simple polygon (split in pieces, enclosing a hole, or touching
 * themselves at a single corner).
 */
export function cellOutline(cells: readonly Cell[]): number[] | null {
  const edges = new Map<string, [number, number]>();
  for (const cell of cells) {
    for (let k = 0; k < 4; k++) {
      const a = cell.corners[k] as number;
      const b = cell.corners[(k + 1) % 4] as number;
      const reverse = `${b},${a}`;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(`${a},${b}`, [a, b]);
    }
  }
  const next = new Map<number, number>();
  for (const [a, b] of edges.values()) {
    if (next.has(a)) return null;
    next.set(a, b);
  }
  const first = Math.min(...next.keys());
  const ring = [first];
  for (let v = next.get(first); v !== undefined && v !== first; v = next.get(v)) ring.push(v);
  return ring.length === next.size ? ring : null;
}

/** Whether `cells` are connected through shared edges (one piece). */
export function cellsConnected(cells: readonly Cell[], neighbours: (cell: Cell) => Cell[]): boolean {
  if (cells.length === 0) return false;
  const members = new Set(cells.map((c) => c.index));
  const seen = new Set<number>([(cells[0] as Cell).index]);
  const stack = [cells[0] as Cell];
  while (stack.length > 0) {
    const cell = stack.pop() as Cell;
    for (const n of neighbours(cell)) {
      if (members.has(n.index) && !seen.has(n.index)) {
        seen.add(n.index);
        stack.push(n);
      }
    }
  }
  return seen.size === members.size;
}
