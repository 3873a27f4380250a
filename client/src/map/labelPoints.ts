/**
 * One label point per polygon. Vector tiles label a polygon once per tile it crosses, which
 * repeats a grid's name along tile edges; labelling from points computed here avoids that.
 */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon as turfPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../../../shared/model';

/** The largest ring-set of a (Multi)Polygon: where a label belongs. */
export function largestPart(geometry: AreaGeometry): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Position[][] = geometry.coordinates[0] ?? [];
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const a = area(turfPolygon(rings));
    if (a > bestArea) {
      best = rings;
      bestArea = a;
    }
  }
  return { type: 'Polygon', coordinates: best };
}

/**
 * A point inside the polygon near its visual centre, `[lng, lat]`: the centre of mass of the
 * largest part when that lies inside (convex-ish shapes), otherwise a point on the surface.
 */
export function labelPoint(geometry: AreaGeometry): Position {
  const part = turfPolygon(largestPart(geometry).coordinates);
  const centre = centerOfMass(part);
  if (booleanPointInPolygon(centre, part)) return centre.geometry.coordinates;
  return pointOnFeature(part).geometry.coordinates;
}

/** Label points for every feature, keeping each feature's properties (so a label is clickable). */
export function labelPoints<P>(collection: FeatureCollection<AreaGeometry, P>): FeatureCollection<Point, P> {
  const features: Array<Feature<Point, P>> = [];
  for (const feature of collection.features) {
    if (!feature.geometry || feature.geometry.coordinates.length === 0) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: labelPoint(feature.geometry) },
      properties: feature.properties,
    });
  }
  return { type: 'FeatureCollection', features };
}
