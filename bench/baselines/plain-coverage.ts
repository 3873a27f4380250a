/**
 * The baseline the coverage engine is measured against: the straightforward way to count
 * coverage per grid from geometry. Every building is assigned to a grid by testing its
 * footprint's centroid with turf `booleanPointInPolygon` against the grid polygons in turn
 * (first hit wins), then reached households are summed per grid from the same lead links
 * and liaisons the engine reads. With `bboxPreCheck` a grid is only tested when the point
 * lies inside its bounding box (the cheap speed-up anyone would add next).
 */
import * as turf from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CoverageInput } from '../../shared/coverage/types';
import { geometryBBox } from '../../shared/geo/bbox';
import type { AreaGeometry, BBox } from '../../shared/model';

/** Geometry the plain loop needs, read and parsed once (like the engine's input). */
export interface PlainGeometry {
  grids: { id: number; polygon: Feature<Polygon | MultiPolygon>; bbox: BBox }[];
  /** Footprints of exactly the buildings in the engine's input, in its order. */
  buildings: { id: number; footprint: Feature<Polygon> }[];
}

/** Households and reached households of one grid, as the plain loop counts them. */
export interface PlainGridFigures {
  households: number;
  reached: number;
}

/** Reads current grid polygons and the footprints of `input`'s buildings from `db`. */
export function readPlainGeometry(db: Database, input: CoverageInput): PlainGeometry {
  const grids = (db.prepare('SELECT id, polygon FROM grid_branch WHERE valid_to IS NULL ORDER BY id').all() as { id: number; polygon: string }[])
    .map((r) => {
      const geometry = JSON.parse(r.polygon) as AreaGeometry;
      return { id: r.id, polygon: turf.feature(geometry), bbox: geometryBBox(geometry) };
    });
  const footprint = db.prepare('SELECT footprint FROM building WHERE id = ?').pluck();
  const buildings = input.buildings.map((b) => ({ id: b.id, footprint: turf.feature(JSON.parse(footprint.get(b.id) as string) as Polygon) }));
  return { grids, buildings };
}

const inBox = (p: number[], box: BBox): boolean =>
  (p[0] as number) >= box[0] && (p[0] as number) <= box[2] && (p[1] as number) >= box[1] && (p[1] as number) <= box[3];

/**
 * Households and reached households per grid id, assigning buildings by centroid-in-polygon.
 * Reach follows the engine's definitions (shared/coverage/types.ts): an active lead's links
 * reach up to the building's households; an active liaison reaches a whole building or
 * neighbourhood.
 */
export function plainCoverage(geometry: PlainGeometry, input: CoverageInput, bboxPreCheck: boolean): Map<number, PlainGridFigures> {
  const active = new Set(input.members.filter((m) => m.status === 'active').map((m) => m.id));
  const linked = new Map<number, number>();
  for (const lead of input.leads) {
    if (!active.has(lead.memberId)) continue;
    for (const link of lead.links) linked.set(link.buildingId, (linked.get(link.buildingId) ?? 0) + link.households);
  }
  const wholeBuildings = new Set<number>();
  const wholeNeighbourhoods = new Set<number>();
  for (const l of input.liaisons) {
    if (!active.has(l.memberId)) continue;
    (l.targetKind === 'building' ? wholeBuildings : wholeNeighbourhoods).add(l.targetId);
  }

  const out = new Map<number, PlainGridFigures>(geometry.grids.map((g) => [g.id, { households: 0, reached: 0 }]));
  input.buildings.forEach((b, i) => {
    const footprint = geometry.buildings[i]?.footprint;
    if (!footprint) throw new Error(`No footprint read for building ${b.id}.`);
    const centre = turf.centroid(footprint);
    const c = centre.geometry.coordinates;
    const grid = geometry.grids.find((g) => (!bboxPreCheck || inBox(c, g.bbox)) && turf.booleanPointInPolygon(centre, g.polygon));
    const figures = grid ? out.get(grid.id) : undefined;
    if (!figures) return;
    const whole = wholeBuildings.has(b.id) || (b.neighbourhoodId !== null && wholeNeighbourhoods.has(b.neighbourhoodId));
    figures.households += b.households;
    figures.reached += whole ? b.households : Math.min(b.households, linked.get(b.id) ?? 0);
  });
  return out;
}
