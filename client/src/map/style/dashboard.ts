/**
 * Style layers of the coverage dashboard: gap neighbourhoods hatched and outlined in red, the
 * gap being stepped to, and the outline of the unit the panel shows (the "focus"). Their
 * filters start matching nothing; the map adapter points them at ids from the store.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { THEMATIC_LAYERS, type ThematicLayer } from '../../layers';
import { GAP_HATCH_IMAGE } from '../images';
import { PALETTE } from '../palette';
import { MATCH_NOTHING, SOURCE, groupMetadata, zoomRamp } from './common';

/** The layer outlining the gap currently stepped to. */
export const GAP_CURRENT_LAYER = 'gap-current';

const FOCUS_PREFIX: Record<ThematicLayer, string> = {
  communities: 'community',
  branches: 'branch',
  neighbourhoods: 'neighbourhood',
  buildings: 'building',
  leads: 'lead',
};

const focusIds = (group: ThematicLayer): string[] =>
  group === 'leads' ? [`${FOCUS_PREFIX[group]}-focus`] : [`${FOCUS_PREFIX[group]}-focus-casing`, `${FOCUS_PREFIX[group]}-focus`];

/** Layers outlining the focused feature of each thematic layer (a casing and a line; a ring for leads). */
export const FOCUS_LAYERS = Object.fromEntries(THEMATIC_LAYERS.map((g) => [g, focusIds(g)])) as Record<ThematicLayer, string[]>;

/** Neighbourhoods flagged as gaps (vector tiles may carry the boolean as 1). */
export const IS_GAP: ExpressionSpecification = ['any', ['==', ['get', 'gap'], true], ['==', ['get', 'gap'], 1]];

/** The red hatch and outline over every gap neighbourhood, and the current gap's heavier line. */
export function gapLayers(): LayerSpecification[] {
  const base = { source: SOURCE.tiles, 'source-layer': 'neighbourhoods' } as const;
  return [
    {
      id: 'gap-hatch',
      type: 'fill',
      ...base,
      filter: IS_GAP,
      // Clickable: a click on a gap opens that neighbourhood in the panel.
      metadata: groupMetadata('neighbourhoods', true),
      paint: { 'fill-pattern': GAP_HATCH_IMAGE },
    },
    {
      id: 'gap-outline',
      type: 'line',
      ...base,
      filter: IS_GAP,
      metadata: groupMetadata('neighbourhoods'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.gapOutline, 'line-width': zoomRamp([[13, 1.2], [16, 2.4], [18, 3.5]]) },
    },
    {
      id: GAP_CURRENT_LAYER,
      type: 'line',
      ...base,
      filter: MATCH_NOTHING,
      metadata: groupMetadata('neighbourhoods'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.gapCurrent, 'line-width': zoomRamp([[13, 3], [16, 5], [18, 7]]) },
    },
  ];
}

/** Focus outlines: a dark line on a white casing, which reads on every ramp colour. */
export function focusLayers(): LayerSpecification[] {
  const pair = (group: ThematicLayer, source: string, sourceLayer: string | null, width: number): LayerSpecification[] => {
    const prefix = FOCUS_PREFIX[group];
    const common = {
      source,
      ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
      filter: MATCH_NOTHING,
      metadata: groupMetadata(group),
      layout: { 'line-join': 'round' as const },
    };
    return [
      { id: `${prefix}-focus-casing`, type: 'line', ...common, paint: { 'line-color': PALETTE.focusCasing, 'line-width': width + 4 } },
      { id: `${prefix}-focus`, type: 'line', ...common, paint: { 'line-color': PALETTE.focus, 'line-width': width } },
    ];
  };
  return [
    ...pair('buildings', SOURCE.tiles, 'buildings', 2.5),
    ...pair('neighbourhoods', SOURCE.tiles, 'neighbourhoods', 3),
    ...pair('branches', SOURCE.tiles, 'branches', 3.5),
    ...pair('communities', SOURCE.communities, null, 4),
    {
      id: `${FOCUS_PREFIX.leads}-focus`,
      type: 'circle',
      source: SOURCE.tiles,
      'source-layer': 'leads',
      filter: MATCH_NOTHING,
      metadata: groupMetadata('leads'),
      paint: { 'circle-radius': 14, 'circle-opacity': 0, 'circle-stroke-color': PALETTE.focus, 'circle-stroke-width': 3 },
    },
  ];
}
