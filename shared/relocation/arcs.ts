/**
 * Drawable flow arcs, pure: each aggregated arc becomes a curved line (a quadratic Bézier bent
 * to the right of its direction, so two opposite flows between the same places do not overlap)
 * and an arrowhead point at its destination, turned along the curve's last stretch.
 *
 * Positions are `[lng, lat]` in degrees. Bearings are degrees clockwise from north as the map
 * shows them (Web Mercator: a degree of latitude is drawn 1/cos(lat) times a degree of longitude).
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
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
