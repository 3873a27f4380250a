/**
 * What the relocation map's GeoJSON sources hold, built from the store's data, pure: community
 * labels with their counts in and out, outside places with their distance, the what-if
 * highlights, the note on smaller flows left out. (The arcs themselves come from
 * shared/relocation/arcs.ts.)
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { CommunityProps } from '../../../shared/api';
import type { AreaGeometry } from '../../../shared/model';
import type { ArcSelection } from '../../../shared/relocation/arcs';
import type { FlowsResponse, WhatIfResponse } from '../../../shared/relocation/api';
import type { Translate } from '../i18n';
import { labelPoint } from '../map/labelPoints';

/** Community label points: the name, and beneath it how many members moved in and out. */
export function communityLabelFeatures(
  communities: FeatureCollection<AreaGeometry, CommunityProps> | null,
  flows: FlowsResponse | null,
  t: Translate,
): FeatureCollection<Point, { id: number; label: string }> {
  const counts = new Map((flows?.communities ?? []).filter((c) => !c.outside).map((c) => [c.communityId, c]));
  const features = (communities?.features ?? []).map((f): Feature<Point, { id: number; label: string }> => {
    const c = counts.get(f.properties.id);
    const label = c ? `${f.properties.name}\n${t('relocation.map.inOut', { in: c.in, out: c.out })}` : f.properties.name;
    return { type: 'Feature', geometry: { type: 'Point', coordinates: labelPoint(f.geometry) }, properties: { id: f.properties.id, label } };
  });
  return { type: 'FeatureCollection', features };
}

/** Places outside the sub-district: a dot with the community name, the distance and how many went there. */
export function outsideFeatures(flows: FlowsResponse | null, t: Translate): FeatureCollection<Point, { label: string; count: number }> {
  return {
    type: 'FeatureCollection',
    features: (flows?.outside ?? []).map((o) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: o.at },
      properties: { count: o.count, label: `${o.name}\n${t('relocation.map.outside', { km: o.distanceKm.toFixed(1), count: o.count })}` },
    })),
  };
}

/** The note on the map when a pick of arcs leaves smaller flows out; null when it leaves none. */
export function hiddenFlowsNote(selection: ArcSelection, t: Translate): string | null {
  const { arcs, members, largest } = selection.hidden;
  return arcs === 0 ? null : t('relocation.map.hiddenFlows', { count: arcs, members, largest });
}

type Area = Polygon | MultiPolygon;

/** The what-if preview's neighbourhoods that would become gaps, and branches that would fall under the minimum. */
export function whatIfFeatures(whatIf: WhatIfResponse | null): { gaps: FeatureCollection<Area>; branches: FeatureCollection<Area> } {
  const area = (polygon: Area, id: number): Feature<Area> => ({ type: 'Feature', geometry: polygon, properties: { id } });
  return {
    gaps: { type: 'FeatureCollection', features: (whatIf?.newGaps ?? []).map((g) => area(g.polygon, g.id)) },
    branches: { type: 'FeatureCollection', features: (whatIf?.branchesUnder ?? []).map((b) => area(b.polygon, b.id)) },
  };
}
