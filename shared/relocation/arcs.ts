/**
 * Drawable flow arcs, pure: which arcs a view draws (those with an end in view, the biggest up
 * to a budget, the rest counted as hidden), and for each a curved line (a quadratic Bézier bent
 * to the right of its direction, so two opposite flows between the same places do not overlap)
 * and an arrowhead point at its destination, turned along the curve's last stretch.
 *
 * Positions are `[lng, lat]` in degrees. Bearings are degrees clockwise from north as the map
 * shows them (Web Mercator: a degree of latitude is drawn 1/cos(lat) times a degree of longitude).
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { BBox } from '../model';
import type { FlowArc } from './flows';
import type { RelocationState } from './states';

/** Properties of an arc line and of its arrowhead. */
export interface ArcProps {
  state: RelocationState;
  count: number;
  outside: boolean;
  distanceKm: number;
  toName: string;
}

export interface ArrowProps extends ArcProps {
  /** Degrees clockwise from north, for `icon-rotate` with map alignment. */
  bearing: number;
}

/** How far the curve's middle leaves the straight line, as a share of the arc's length. */
const BEND = 0.18;

/** The screen-proportional vector from `a` to `b` at their mean latitude (x east, y north). */
function screenVector(a: Position, b: Position): [number, number] {
  const lat = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  return [(b[0] ?? 0) - (a[0] ?? 0), ((b[1] ?? 0) - (a[1] ?? 0)) / Math.cos(lat)];
}

/** Bearing from `a` to `b` as drawn on the map, degrees clockwise from north (0..360). */
export function screenBearing(a: Position, b: Position): number {
  const [x, y] = screenVector(a, b);
  return ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
}

/**
 * `segments + 1` positions along a curve from `from` to `to`, bent to the right of the
 * direction of travel by `bend` × the arc's length (as drawn).
 */
export function arcCoordinates(from: [number, number], to: [number, number], segments = 16, bend = BEND): Position[] {
  const [x, y] = screenVector(from, to);
  const lat = ((from[1] + to[1]) / 2) * (Math.PI / 180);
  // Perpendicular to the right of (x, y) is (y, -x); back to degrees of latitude by cos(lat).
  const control: [number, number] = [(from[0] + to[0]) / 2 + y * bend, (from[1] + to[1]) / 2 - x * bend * Math.cos(lat)];
  const out: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    out.push([u * u * from[0] + 2 * u * t * control[0] + t * t * to[0], u * u * from[1] + 2 * u * t * control[1] + t * t * to[1]]);
  }
  return out;
}

/** Lines and arrowheads for `arcs`, ready for two GeoJSON sources; thin arcs are drawn first. */
export function arcFeatures(arcs: readonly FlowArc[], segments = 16): {
  lines: FeatureCollection<LineString, ArcProps>;
  arrows: FeatureCollection<Point, ArrowProps>;
} {
  const lines: Feature<LineString, ArcProps>[] = [];
  const arrows: Feature<Point, ArrowProps>[] = [];
  for (const arc of [...arcs].sort((a, b) => a.count - b.count)) {
    const coordinates = arcCoordinates(arc.from, arc.to, segments);
    const props: ArcProps = { state: arc.state, count: arc.count, outside: arc.outside, distanceKm: arc.distanceKm, toName: arc.toName };
    lines.push({ type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: props });
    const last = coordinates[coordinates.length - 1] as Position;
    const before = coordinates[coordinates.length - 2] as Position;
    arrows.push({ type: 'Feature', geometry: { type: 'Point', coordinates: last }, properties: { ...props, bearing: screenBearing(before, last) } });
  }
  return { lines: { type: 'FeatureCollection', features: lines }, arrows: { type: 'FeatureCollection', features: arrows } };
}

/** The arcs a view draws, and what it leaves out for being small. */
export interface ArcSelection {
  arcs: FlowArc[];
  /** Arcs (with an end in view) left out for being small, the entries they carry and the biggest of their counts. */
  hidden: { arcs: number; members: number; largest: number };
  /** The threshold: arcs under it are left out (1 when the budget leaves nothing out). */
  minCount: number;
}

/** Most arcs one view draws: past a few hundred, panning slows and the map turns to hair. */
export const ARC_BUDGET = 400;

const inBox = (p: [number, number], b: BBox): boolean => p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];

/**
 * The arcs to draw from `arcs` (biggest first, as `aggregateFlows` sorts them): only those with
 * an end inside `within` (`[west, south, east, north]`, degrees) when given, then those of at
 * least `minCount` entries, the threshold being the lowest that keeps at most `budget` arcs.
 * Ties at the threshold are all kept or all left out, so the rule reads "under N hidden"; only
 * when more arcs than `budget` share the biggest count are the first `budget` of them drawn
 * (in the order given), as leaving them all out would draw nothing.
 */
export function selectArcs(arcs: readonly FlowArc[], within: BBox | null, budget = ARC_BUDGET): ArcSelection {
  const inView = within ? arcs.filter((a) => inBox(a.from, within) || inBox(a.to, within)) : [...arcs];
  const sorted = inView.sort((a, b) => b.count - a.count);
  let minCount = 1;
  if (sorted.length > budget) {
    const edge = sorted[budget - 1]?.count ?? 1;
    const overflow = (sorted[budget]?.count ?? 0) === edge;
    minCount = overflow && (sorted[0]?.count ?? 0) > edge ? edge + 1 : edge;
  }
  const shown = sorted.filter((a) => a.count >= minCount).slice(0, budget);
  let members = 0;
  for (let i = shown.length; i < sorted.length; i++) members += sorted[i]?.count ?? 0;
  return { arcs: shown, hidden: { arcs: sorted.length - shown.length, members, largest: sorted[shown.length]?.count ?? 0 }, minCount };
}

/**
 * The box arcs are picked for when the map shows `view` (`[west, south, east, north]`,
 * degrees): the view grown by half its size on every side, so a short pan needs no new pick.
 */
export function pickBox(view: BBox): BBox {
  const w = (view[2] - view[0]) / 2;
  const h = (view[3] - view[1]) / 2;
  return [view[0] - w, view[1] - h, view[2] + w, view[3] + h];
}

/** Whether box `inner` lies wholly inside box `outer` (both `[west, south, east, north]`). */
export function boxContains(outer: BBox, inner: BBox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
