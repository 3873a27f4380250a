/**
 * One label point per demolition zone, reading "name · stage" in the UI language. A zone may be
 * a MultiPolygon of many plots; labelling its largest part names it once.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ZoneProps } from '../../../shared/relocation/api';
import type { ZoneStage } from '../../../shared/relocation/zones';
import type { Translate } from '../i18n';
import { labelPoints } from './labelPoints';

export interface ZoneLabelProps {
  id: number;
  stage: ZoneStage;
  label: string;
}

/** Label points of `zones`, each with its `stage` (for the colour) and `label` text. */
export function zoneLabelPoints(zones: FeatureCollection<Polygon | MultiPolygon, ZoneProps>, t: Translate): FeatureCollection<Point, ZoneLabelProps> {
  return labelPoints({
    type: 'FeatureCollection',
    features: zones.features.map((f) => ({
      ...f,
      properties: { id: f.properties.id, stage: f.properties.stage, label: `${f.properties.name}\n${t(`asOf.stage.${f.properties.stage}`)}` },
    })),
  });
}
