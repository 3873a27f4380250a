/**
 * Grid topology checks: the grids of a community must tile it with no overlap, no gap and
 * nothing outside it. Areas are geodesic m² (turf.area); anything under the tolerance is
 * drawing noise (a shared edge digitised twice), not a finding.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../model';
import type { Violation } from '../rules/check';
import { bboxesIntersect, geometryBBox } from './bbox';

export interface TopologyInput {
  communities: { id: number; boundary: AreaGeometry }[];
  grids: { id: number; communityId: number; polygon: AreaGeometry }[];
}

type Area = Feature<Polygon | MultiPolygon>;

const feature = (g: AreaGeometry): Area => turf.feature(g);

/** Each polygon part of an area, as its own feature (a gap in two places is two findings). */
function parts(area: Area | null): Area[] {
  if (!area) return [];
  const g = area.geometry;
  return g.type === 'Polygon' ? [area] : g.coordinates.map((rings: Position[][]) => turf.polygon(rings));
}

function finding(part: Area): { areaM2: number; where: [number, number]; bbox: [number, number, number, number] } {
  const p = turf.pointOnFeature(part).geometry.coordinates;
  return { areaM2: Math.round(turf.area(part) * 10) / 10, where: [p[0] ?? 0, p[1] ?? 0], bbox: geometryBBox(part.geometry) };
}

/** Overlaps, gaps and grids outside their community, one finding per separate area. */
export function checkGridTopology(input: TopologyInput, toleranceM2: number): Violation[] {
  const out: Violation[] = [];
  for (const community of [...input.communities].sort((a, b) => a.id - b.id)) {
    const grids = input.grids.filter((g) => g.communityId === community.id).sort((a, b) => a.id - b.id);
    if (grids.length === 0) continue;
    const boxes = grids.map((g) => geometryBBox(g.polygon));
    for (let i = 0; i < grids.length; i++) {
      for (let j = i + 1; j < grids.length; j++) {
        const a = grids[i];
        const b = grids[j];
        const boxA = boxes[i];
        const boxB = boxes[j];
        if (!a || !b || !boxA || !boxB || !bboxesIntersect(boxA, boxB)) continue;
        const overlap = turf.intersect(turf.featureCollection([feature(a.polygon), feature(b.polygon)]));
        for (const part of parts(overlap)) {
          const f = finding(part);
          if (f.areaM2 > toleranceM2) out.push({ rule: 'grid_overlap', level: 'branch', id: a.id, otherId: b.id, figure: f.areaM2, limit: '0 m²', ...f });
        }
      }
    }
    const boundary = feature(community.boundary);
    const union = grids.length === 1
      ? feature(grids[0]?.polygon as AreaGeometry)
      : turf.union(turf.featureCollection(grids.map((g) => feature(g.polygon))));
    if (!union) continue;
    for (const part of parts(turf.difference(turf.featureCollection([boundary, union])))) {
      const f = finding(part);
      if (f.areaM2 > toleranceM2) out.push({ rule: 'grid_gap', level: 'community', id: community.id, figure: f.areaM2, limit: '0 m²', ...f });
    }
    for (const g of grids) {
      for (const part of parts(turf.difference(turf.featureCollection([feature(g.polygon), boundary])))) {
        const f = finding(part);
        if (f.areaM2 > toleranceM2) out.push({ rule: 'grid_outside_community', level: 'branch', id: g.id, otherId: community.id, figure: f.areaM2, limit: '0 m²', ...f });
      }
    }
  }
  return out;
}
