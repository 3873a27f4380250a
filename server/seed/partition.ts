/**
 * Splitting the lattice's cells into communities, each community's cells into grids, and
 * choosing the contiguous old areas slated for demolition.
 *
 * Every part is a set of whole cells that is connected through shared edges and whose outline
 * is one simple ring, so parts tile their parent exactly.
 */
import { cellNeighbours, type Cell, type Lattice } from './lattice';
import { cellOutline, cellsConnected } from './outline';
import type { Random } from './random';

/** Fresh seeds to try before giving up on a community split (a few usually suffice). */
const MAX_ATTEMPTS = 500;

/** Whether `cells` make one simple polygon (connected, no hole, no corner-only contact). */
function isSimpleRegion(lattice: Lattice, cells: readonly Cell[]): boolean {
  return cellsConnected(cells, (c) => cellNeighbours(lattice, c)) && cellOutline(cells) !== null;
}

/**
 * Splits the lattice into `count` communities (`count` must be a square, e.g. 9): a weighted
 * Voronoi split of cell positions around jittered seeds laid out `√count × √count`. Retries
 * with fresh seeds until every community is a simple region of at least `minCells` cells;
 * throws if none is found.
 */
export function partitionCommunities(random: Random, lattice: Lattice, count: number, minCells: number): Cell[][] {
  const side = Math.round(Math.sqrt(count));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const seeds: Array<{ i: number; j: number; weight: number }> = [];
    for (let b = side - 1; b >= 0; b--) {
      for (let a = 0; a < side; a++) {
        seeds.push({
          i: ((a + 0.5) * lattice.cols) / side + random.range(-0.12, 0.12) * lattice.cols,
          j: ((b + 0.5) * lattice.rows) / side + random.range(-0.12, 0.12) * lattice.rows,
          weight: random.range(0, 3),
        });
      }
    }
    const parts: Cell[][] = seeds.map(() => []);
    for (const cell of lattice.cells) {
      let best = 0;
      let bestScore = Infinity;
      seeds.forEach((s, k) => {
        const score = (cell.i + 0.5 - s.i) ** 2 + (cell.j + 0.5 - s.j) ** 2 - s.weight;
        if (score < bestScore) {
          bestScore = score;
          best = k;
        }
      });
      (parts[best] as Cell[]).push(cell);
    }
    if (parts.every((p) => p.length >= minCells && isSimpleRegion(lattice, p))) return parts;
  }
  throw new Error(`no split into ${count} simple communities of ${minCells}+ cells after ${MAX_ATTEMPTS} attempts`);
}

/**
 * Shares `total` grids among regions of the given cell counts in proportion to their cells
 * (largest remainder), keeping each region between ⌈cells/3⌉ and `cells` grids.
 */
export function allocateGridCounts(cellCounts: readonly number[], total: number): number[] {
  const sum = cellCounts.reduce((a, b) => a + b, 0);
  const exact = cellCounts.map((n) => (total * n) / sum);
  const counts = exact.map((x, k) => Math.min(cellCounts[k] as number, Math.max(Math.ceil((cellCounts[k] as number) / 3), Math.floor(x))));
  const order = exact.map((x, k) => ({ k, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.k - b.k);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let pass = 0; left > 0 && pass < 3; pass++) {
    for (const { k } of order) {
      if (left > 0 && (counts[k] as number) < (cellCounts[k] as number)) {
        counts[k] = (counts[k] as number) + 1;
        left--;
      }
    }
  }
  return counts;
}

/** North-west first: rows from the north, then columns from the west. */
function scanOrder(a: Cell, b: Cell): number {
  return b.j - a.j || a.i - b.i;
}

/** Whether two groups of cells share an edge. */
function groupsTouch(lattice: Lattice, a: readonly Cell[], b: readonly Cell[]): boolean {
  const inB = new Set(b.map((c) => c.index));
  return a.some((c) => cellNeighbours(lattice, c).some((n) => inB.has(n.index)));
}

/** Group sizes (1–3) summing to `cells` over `groups` groups, mostly 2, shuffled. */
function planSizes(random: Random, cells: number, groups: number): number[] {
  const extra = cells - groups;
  const minThrees = Math.max(0, extra - groups);
  const maxThrees = Math.floor(extra / 2);
  const threes = Math.min(maxThrees, minThrees + random.int(0, Math.max(0, Math.floor((maxThrees - minThrees) / 3))));
  const twos = extra - 2 * threes;
  const ones = groups - threes - twos;
  return random.shuffle([...Array<number>(threes).fill(3), ...Array<number>(twos).fill(2), ...Array<number>(Math.max(0, ones)).fill(1)]);
}

/** Grows groups greedily in scan order, aiming at the planned sizes. */
function growGroups(random: Random, lattice: Lattice, cells: readonly Cell[], sizes: readonly number[]): Cell[][] {
  const free = new Set(cells.map((c) => c.index));
  const freeNeighbours = (c: Cell): Cell[] => cellNeighbours(lattice, c).filter((n) => free.has(n.index));
  const groups: Cell[][] = [];
  for (const start of [...cells].sort(scanOrder)) {
    if (!free.has(start.index)) continue;
    const want = sizes[groups.length] ?? random.int(1, 3);
    const group = [start];
    free.delete(start.index);
    while (group.length < want) {
      const candidates = group.flatMap(freeNeighbours).sort((a, b) => freeNeighbours(a).length - freeNeighbours(b).length || scanOrder(a, b));
      const pick = candidates[0];
      if (!pick) break;
      group.push(pick);
      free.delete(pick.index);
    }
    groups.push(group);
  }
  return groups;
}

/** A cell of `group` whose removal leaves the rest connected (a leaf). */
function leafCell(lattice: Lattice, group: readonly Cell[]): Cell | undefined {
  return group.find((c) => cellsConnected(group.filter((o) => o !== c), (x) => cellNeighbours(lattice, x)));
}

/**
 * Splits one community's cells into exactly `count` grids of 1–3 connected cells when that is
 * possible (it nearly always is); otherwise as close as merging and splitting can get.
 */
export function groupIntoGrids(random: Random, lattice: Lattice, cells: readonly Cell[], count: number): Cell[][] {
  const groups = growGroups(random, lattice, cells, planSizes(random, cells.length, count));
  while (groups.length > count) {
    let merged = false;
    const bySize = groups.map((g, k) => ({ g, k })).sort((a, b) => a.g.length - b.g.length || a.k - b.k);
    for (const { g: a } of bySize) {
      const partner = groups.find((b) => b !== a && a.length + b.length <= 3 && groupsTouch(lattice, a, b));
      if (partner) {
        partner.push(...a);
        groups.splice(groups.indexOf(a), 1);
        merged = true;
        break;
      }
    }
    if (!merged) break;
  }
  while (groups.length < count) {
    const big = [...groups].sort((a, b) => b.length - a.length)[0];
    if (!big || big.length < 2) break;
    const leaf = leafCell(lattice, big) as Cell;
    big.splice(big.indexOf(leaf), 1);
    groups.push([leaf]);
  }
  return groups;
}

/**
 * Chooses `count` contiguous areas of cells, together about `targetCells` cells, grown from
 * seeds spread apart. Returns the cell indices in the areas.
 */
export function pickContiguousAreas(random: Random, lattice: Lattice, count: number, targetCells: number): Set<number> {
  const taken = new Set<number>();
  const perArea = Math.round(targetCells / count);
  for (let a = 0; a < count; a++) {
    const candidates = lattice.cells.filter((c) => !taken.has(c.index) && cellNeighbours(lattice, c).every((n) => !taken.has(n.index)));
    const seed = random.pick(candidates);
    const area = [seed];
    taken.add(seed.index);
    for (let k = 0; area.length < perArea && k < area.length; k++) {
      for (const n of random.shuffle(cellNeighbours(lattice, area[k] as Cell))) {
        if (area.length < perArea && !taken.has(n.index)) {
          area.push(n);
          taken.add(n.index);
        }
      }
    }
  }
  return taken;
}
