/**
 * The street lattice: jittered, slightly bent street lines whose crossings are the corners of
 * irregular quadrilateral cells (one city block each).
 *
 * Cells share exact vertices, so every shape assembled from whole cells (grids, communities,
 * the sub-district) meets its neighbours along identical edges. Lines of the lattice are the
 * streets: "row" line `j` runs roughly west–east, "column" line `i` roughly south–north.
 */
import { isConvexCcw, ringArea, rotate, meanPoint, type Quad, type XY } from './geo';
import type { Random } from './random';

/** One block of the lattice. `i` counts columns from the west, `j` rows from the south. */
export interface Cell {
  /** Position in `Lattice.cells`. */
  index: number;
  i: number;
  j: number;
  /** Vertex indices, counter-clockwise from the south-west corner. */
  corners: [number, number, number, number];
  quad: Quad;
  /** Area in m². */
  area: number;
  centre: XY;
}

export interface Lattice {
  cols: number;
  rows: number;
  /** Street crossings in metres; vertex `(i, j)` is at index `j * (cols + 1) + i`. */
  vertices: XY[];
  /** The cells present (corner cells may be cut away to make the outline irregular). */
  cells: Cell[];
  /** Cell index by `j * cols + i`, or -1 where the cell is cut away. */
  cellAt: Int32Array;
  /** Direction (radians from east, counter-clockwise) of the lattice's row lines. */
  rotation: number;
}

export interface LatticeOptions {
  cols: number;
  rows: number;
  /** Total area of the present cells, m². */
  targetArea: number;
  /** Row-line direction, radians counter-clockwise from east. */
  rotation: number;
  /** Where the lattice's centre lands on the local plane (m). */
  centre: XY;
}

/** Vertex index of crossing `(i, j)`. */
export function vertexIndex(lattice: Pick<Lattice, 'cols'>, i: number, j: number): number {
  return j * (lattice.cols + 1) + i;
}

/** The present cell at column `i`, row `j`, if any. */
export function cellAtIJ(lattice: Lattice, i: number, j: number): Cell | undefined {
  if (i < 0 || j < 0 || i >= lattice.cols || j >= lattice.rows) return undefined;
  const index = lattice.cellAt[j * lattice.cols + i] ?? -1;
  return index < 0 ? undefined : lattice.cells[index];
}

/** The present cells sharing an edge with `cell`: west, east, south, north. */
export function cellNeighbours(lattice: Lattice, cell: Cell): Cell[] {
  const out: Cell[] = [];
  for (const [di, dj] of [[-1, 0], [1, 0], [0, -1], [0, 1]] as const) {
    const n = cellAtIJ(lattice, cell.i + di, cell.j + dj);
    if (n) out.push(n);
  }
  return out;
}

/** Cumulative positions of `count + 1` lines spaced between `min` and `max` metres apart. */
function linePositions(random: Random, count: number, min: number, max: number): number[] {
  const out = [0];
  for (let k = 0; k < count; k++) out.push((out[k] as number) + random.range(min, max));
  return out;
}

/** Bend of each line: most are straight, some sway by up to ±22 m over a few hundred metres. */
function lineBends(random: Random, count: number): Array<(along: number) => number> {
  return Array.from({ length: count }, () => {
    if (!random.chance(0.35)) return () => 0;
    const amplitude = random.range(8, 22);
    const wavelength = random.range(700, 1400);
    const phase = random.range(0, 2 * Math.PI);
    return (along: number) => amplitude * Math.sin((2 * Math.PI * along) / wavelength + phase);
  });
}

/**
 * Which cells to keep: all but staircases cut from the north-east and south-east corners
 * (the west side faces the bay and stays straight). Staircases keep the outline simple:
 * no holes, no cells touching only at a corner.
 */
function keptCells(random: Random, cols: number, rows: number): boolean[] {
  const keep = new Array<boolean>(cols * rows).fill(true);
  for (const fromNorth of [true, false]) {
    let width = random.int(2, 4);
    for (let k = 0; width > 0 && k < rows; k++) {
      const j = fromNorth ? rows - 1 - k : k;
      for (let i = cols - width; i < cols; i++) keep[j * cols + i] = false;
      width -= random.int(1, 2);
    }
  }
  // A notch in the middle of the north edge, one or two cells wide.
  const notchStart = random.int(Math.floor(cols * 0.3), Math.floor(cols * 0.55));
  for (let i = notchStart; i < notchStart + random.int(1, 2); i++) keep[(rows - 1) * cols + i] = false;
  return keep;
}

/** Builds the lattice in the lattice's own frame (u along rows, v along columns), unscaled. */
function rawVertices(random: Random, cols: number, rows: number): XY[] {
  const us = linePositions(random, cols, 95, 150);
  const vs = linePositions(random, rows, 95, 140);
  const rowBend = lineBends(random, rows + 1);
  const colBend = lineBends(random, cols + 1);
  const vertices: XY[] = [];
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= cols; i++) {
      const u0 = us[i] as number;
      const v0 = vs[j] as number;
      const u = u0 + (colBend[i] as (a: number) => number)(v0) + random.range(-7, 7);
      const v = v0 + (rowBend[j] as (a: number) => number)(u0) + random.range(-7, 7);
      vertices.push([u, v]);
    }
  }
  return vertices;
}

/**
 * Generates a lattice whose present cells cover `targetArea` m², rotated and centred as asked.
 * Retries (with fresh draws) in the unlikely case a jittered cell comes out non-convex.
 * The jitter is small against the spacing, so that never happens in practice.
 */
export function generateLattice(random: Random, options: LatticeOptions): Lattice {
  const { cols, rows } = options;
  for (let attempt = 0; attempt < 100; attempt++) {
    const raw = rawVertices(random, cols, rows);
    const keep = keptCells(random, cols, rows);
    const corner = (i: number, j: number): number => j * (cols + 1) + i;
    const present: Array<[number, number, [number, number, number, number]]> = [];
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < cols; i++) {
        if (keep[j * cols + i]) present.push([i, j, [corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)]]);
      }
    }
    const rawQuad = (c: [number, number, number, number]): Quad => c.map((v) => raw[v] as XY) as Quad;
    if (!present.every(([, , c]) => isConvexCcw(rawQuad(c)))) continue;

    const rawArea = present.reduce((sum, [, , c]) => sum + ringArea(rawQuad(c)), 0);
    const scale = Math.sqrt(options.targetArea / rawArea);
    const middle = meanPoint(raw);
    const vertices = raw.map((p): XY => {
      const r = rotate([(p[0] - middle[0]) * scale, (p[1] - middle[1]) * scale], options.rotation);
      return [r[0] + options.centre[0], r[1] + options.centre[1]];
    });
    const cellAt = new Int32Array(cols * rows).fill(-1);
    const cells = present.map(([i, j, corners], index): Cell => {
      const quad = corners.map((v) => vertices[v] as XY) as Quad;
      cellAt[j * cols + i] = index;
      return { index, i, j, corners, quad, area: ringArea(quad), centre: meanPoint(quad) };
    });
    return { cols, rows, vertices, cells, cellAt, rotation: options.rotation };
  }
  throw new Error('no lattice with convex cells after 100 attempts');
}
