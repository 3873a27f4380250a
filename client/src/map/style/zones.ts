/**
 * Demolition zones on the dashboard map, as they stood on the day shown: each zone outlined
 * and labelled with its stage, and the plots of its demolished buildings drawn as grey ghosts
 * with a dashed edge. Demolished buildings are no longer in the vector tiles, so without the
 * ghosts a cleared zone would read as empty land; move the as-of slider back before the
 * clearing and the tiles bring the buildings back, slated and hatched.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD } from '../fonts';
import { PALETTE } from '../palette';
import { SOURCE, TEXT_HALO, groupMetadata, zoomRamp } from './common';

const STAGES = PALETTE.zoneStages;

/** The zone's colour by its `stage` property (announced, the first stage, otherwise). */
const STAGE_COLOUR: ExpressionSpecification = [
  'match',
  ['get', 'stage'],
  'moving_out', STAGES.moving_out,
  'cleared', STAGES.cleared,
  ['rebuilt', 'resettled'], STAGES.rebuilt,
  STAGES.announced,
];

const DEMOLISHED: ExpressionSpecification = ['==', ['get', 'status'], 'demolished'];

/** Ghost fills of demolished plots and zone outlines: drawn over the buildings. */
export function zoneLayers(): LayerSpecification[] {
  const ghosts = groupMetadata('buildings');
  return [
    {
      id: 'zone-fill',
      type: 'fill',
      source: SOURCE.zones,
      paint: { 'fill-color': STAGE_COLOUR, 'fill-opacity': 0.08 },
    },
    {
      id: 'zone-demolished-fill',
      type: 'fill',
      source: SOURCE.zoneBuildings,
      minzoom: 14,
      filter: DEMOLISHED,
      metadata: ghosts,
      paint: { 'fill-color': PALETTE.buildingDemolishedFill, 'fill-opacity': 0.85 },
    },
    {
      id: 'zone-demolished-outline',
      type: 'line',
      source: SOURCE.zoneBuildings,
      minzoom: 14,
      filter: DEMOLISHED,
      metadata: ghosts,
      paint: { 'line-color': PALETTE.buildingDemolishedOutline, 'line-width': zoomRamp([[14, 0.8], [18, 1.6]]), 'line-dasharray': [2, 2] },
    },
    {
      id: 'zone-outline',
      type: 'line',
      source: SOURCE.zones,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': STAGE_COLOUR, 'line-width': zoomRamp([[12, 1.2], [16, 2.4], [18, 3]]), 'line-dasharray': [3, 1.5] },
    },
  ];
}

/** Zone names with their stage, in the UI language, at one point per zone (see `zoneLabelPoints`). */
export function zoneLabelLayers(): LayerSpecification[] {
  return [
    {
      id: 'zone-label',
      type: 'symbol',
      source: SOURCE.zoneLabels,
      minzoom: 14,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_BOLD,
        'text-size': zoomRamp([[14, 11], [17, 13]]),
        'text-max-width': 9,
        'text-padding': 6,
      },
      paint: { 'text-color': STAGE_COLOUR, ...TEXT_HALO, 'text-halo-width': 2 },
    },
  ];
}
