/**
 * Building cells: a partition of a grid into one cell per building, so that a grid's polygon
 * can be derived from its buildings (a grid = the union of its buildings' cells) and grids
 * keep tiling their community however buildings are repainted.
 *
 * The first partition of a grid is the Voronoi diagram of its buildings' points clipped to
 * the grid's current polygon, so the union of a grid's cells is the polygon it already had.
 * Positions are `[lng, lat]` in degrees (WGS-84); Voronoi is planar in degrees, which is
 * fine at city scale (cells only need to tile, not to be metrically exact).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaGeometry } from '../model';
import { geometryBBox } from '../geo/bbox';
import { METRES_PER_DEGREE_LAT as M_PER_DEG } from '../geo/reading-order';

/** A building's representative point (its footprint's box centre), `[lng, lat]`. */
export interface CellSite {
  buildingId: number;
  at: [number, number];
}

export interface Cell {
  /** The building the cell belongs to; null for land with no building (an empty grid). */
  buildingId: number | null;
  polygon: AreaGeometry;
}

/** Margin around the grid's box for the Voronoi extent, in metres. */
const EXTENT_MARGIN_M = 100;


/** An equirectangular plane in metres around `origin` (`[lng, lat]`), exact enough within a city. */
export function localPlane(origin: [number, number]): { toXY(p: [number, number]): [number, number]; toLngLat(p: [number, number]): [number, number] } {
  const kx = M_PER_DEG * Math.cos((origin[1] * Math.PI) / 180);
  return {
    toXY: (p) => [(p[0] - origin[0]) * kx, (p[1] - origin[1]) * M_PER_DEG],
    toLngLat: (p) => [origin[0] + p[0] / kx, origin[1] + p[1] / M_PER_DEG],
  };
}

/**
 * Splits `grid` into one cell per site. A grid with no sites is one building-less cell; with
 * one site the whole grid is that building's cell. Sites at the same point as an earlier
 * site get no cell (they share it); their ids are returned in `shared`.
 */
export function cellsOfGrid(grid: AreaGeometry, sites: readonly CellSite[]): { cells: Cell[]; shared: number[] } {
  const seen = new Set<string>();
  const unique: CellSite[] = [];
  const shared: number[] = [];
  for (const s of sites) {
    const key = `${s.at[0]},${s.at[1]}`;
    if (seen.has(key)) shared.push(s.buildingId);
    else {
      seen.add(key);
      unique.push(s);
    }
  }
  const first = unique[0];
  if (!first) return { cells: [{ buildingId: null, polygon: grid }], shared };
  if (unique.length === 1) return { cells: [{ buildingId: first.buildingId, polygon: grid }], shared };

  // d3-voronoi compares with an absolute epsilon of 1e-6, far too coarse for degrees
  // (0.1 m): the diagram is built on a local plane in metres and mapped back.
  const box = geometryBBox(grid);
  const plane = localPlane([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
  const xy = unique.map((s) => plane.toXY(s.at));
  const [gx0, gy0] = plane.toXY([box[0], box[1]]);
  const [gx1, gy1] = plane.toXY([box[2], box[3]]);
  const xs = [gx0, gx1, ...xy.map((p) => p[0])];
  const ys = [gy0, gy1, ...xy.map((p) => p[1])];
  const extent: [number, number, number, number] = [Math.min(...xs) - EXTENT_MARGIN_M, Math.min(...ys) - EXTENT_MARGIN_M, Math.max(...xs) + EXTENT_MARGIN_M, Math.max(...ys) + EXTENT_MARGIN_M];
  const points = turf.featureCollection(xy.map((p) => turf.point(p)));
  const diagram = turf.voronoi(points, { bbox: extent });
  const gridFeature: Feature<Polygon | MultiPolygon> = turf.feature(grid);
  const cells: Cell[] = [];
  diagram.features.forEach((region, k) => {
    const site = unique[k];
    if (!site || !region) return;
    const back = turf.polygon(region.geometry.coordinates.map((ring) => ring.map((p) => plane.toLngLat(p as [number, number]))));
    const clipped = turf.intersect(turf.featureCollection([gridFeature, back]));
    if (clipped) cells.push({ buildingId: site.buildingId, polygon: clipped.geometry });
  });
  return { cells, shared };
}
