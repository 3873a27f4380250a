/**
 * Streets along the lattice lines (names, kinds, widths, centre-line geometry) and the bay
 * west of the sub-district.
 */
import type { LineString, Position } from 'geojson';
import type { Road, RoadKind, Water } from '../../shared/model';
import { rotate, toLngLat, toPolygon, type Projection, type XY } from './geo';
import { cellAtIJ, vertexIndex, type Lattice } from './lattice';
import type { StreetName } from './names';
import type { Random } from './random';

export interface StreetLine {
  name: StreetName;
  kind: RoadKind;
  /** Half the carriageway plus 2 m of pavement: how far blocks keep from the centre line (m). */
  setback: number;
}

/** Named streets along the lattice: `rows[j]` is row line `j` (from the south), `cols[i]` column line `i` (from the west). */
export interface StreetPlan {
  rows: StreetLine[];
  cols: StreetLine[];
}

/** Carriageway widths (m) by kind. */
const ROAD_WIDTH: Record<RoadKind, number> = { primary: 24, secondary: 18, tertiary: 12, residential: 8, path: 4 };

/**
 * Names every lattice line from `names` (in order, lines shuffled) and grades them: one
 * primary road each way near the middle, a few secondary roads, the rest tertiary or
 * residential.
 */
export function planStreets(random: Random, lattice: Lattice, names: readonly StreetName[]): StreetPlan {
  const lineCount = lattice.rows + 1 + lattice.cols + 1;
  if (names.length < lineCount) throw new Error(`need ${lineCount} street names, got ${names.length}`);
  const order = random.shuffle(Array.from({ length: lineCount }, (_, k) => k));
  const kinds: RoadKind[] = Array.from({ length: lineCount }, () => (random.chance(0.55) ? 'tertiary' : 'residential'));
  const rowMiddle = Math.round(lattice.rows / 2) + random.int(-1, 1);
  const colMiddle = lattice.rows + 1 + Math.round(lattice.cols / 2) + random.int(-1, 1);
  kinds[rowMiddle] = 'primary';
  kinds[colMiddle] = 'primary';
  for (const k of [rowMiddle - 3, rowMiddle + 3, colMiddle - 4, colMiddle + 4]) {
    if (k >= 0 && k < lineCount && kinds[k] !== 'primary') kinds[k] = 'secondary';
  }
  const lines = Array.from({ length: lineCount }, (_, k): StreetLine => {
    const kind = kinds[k] as RoadKind;
    return { name: names[order[k] as number] as StreetName, kind, setback: ROAD_WIDTH[kind] / 2 + 2 };
  });
  return { rows: lines.slice(0, lattice.rows + 1), cols: lines.slice(lattice.rows + 1) };
}

/** Splits the positions of one line into runs of consecutive existing edges. */
function runs(points: Position[], edgeExists: (k: number) => boolean): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    if (edgeExists(k)) {
      if (current.length === 0) current.push(points[k] as Position);
      current.push(points[k + 1] as Position);
    } else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Centre lines of every street: one road per unbroken run of a line, along lattice edges that border a cell. */
export function streetRoads(lattice: Lattice, plan: StreetPlan, proj: Projection): Array<Omit<Road, 'id'>> {
  const at = (i: number, j: number): Position => toLngLat(lattice.vertices[vertexIndex(lattice, i, j)] as XY, proj);
  const roads: Array<Omit<Road, 'id'>> = [];
  const add = (line: StreetLine, coordinates: Position[]): void => {
    const geometry: LineString = { type: 'LineString', coordinates };
    roads.push({ name: line.name.zh, kind: line.kind, geometry });
  };
  plan.rows.forEach((line, j) => {
    const points = Array.from({ length: lattice.cols + 1 }, (_, i) => at(i, j));
    for (const run of runs(points, (i) => !!(cellAtIJ(lattice, i, j) ?? cellAtIJ(lattice, i, j - 1)))) add(line, run);
  });
  plan.cols.forEach((line, i) => {
    const points = Array.from({ length: lattice.rows + 1 }, (_, j) => at(i, j));
    for (const run of runs(points, (j) => !!(cellAtIJ(lattice, i, j) ?? cellAtIJ(lattice, i - 1, j)))) add(line, run);
  });
  return roads;
}

/**
 * A stretch of bay west of the lattice: its shore follows the westernmost street 200–260 m
 * out (so it never touches a block) and it reaches about 1.4 km further west.
 */
export function westernBay(random: Random, lattice: Lattice, proj: Projection, name: string): Omit<Water, 'id'> {
  const west = rotate([-1, 0], lattice.rotation);
  const north = rotate([0, 1], lattice.rotation);
  const shore: XY[] = [];
  for (let j = 0; j <= lattice.rows; j++) {
    const v = lattice.vertices[vertexIndex(lattice, 0, j)] as XY;
    const out = random.range(200, 260);
    shore.push([v[0] + west[0] * out, v[1] + west[1] * out]);
  }
  const first = shore[0] as XY;
  const last = shore[shore.length - 1] as XY;
  const reach = (p: XY, w: number, n: number): XY => [p[0] + west[0] * w + north[0] * n, p[1] + west[1] * w + north[1] * n];
  const ring: XY[] = [reach(first, 0, -300), ...shore, reach(last, 0, 300), reach(last, 1400, 300), reach(first, 1400, -300)];
  return { name, geometry: toPolygon(ring, proj) };
}
