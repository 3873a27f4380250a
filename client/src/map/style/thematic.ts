/**
 * The Party-building layers: communities, grid branches, neighbourhoods, buildings and
 * household-leads, with their labels and the highlight drawn round the selected feature.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n';
import type { ThematicLayer } from '../../layers';
import { FONT_BOLD, FONT_REGULAR } from '../fonts';
import type { ColourMode } from '../../layers';
import type { FreshnessCutoffs } from '../../../../shared/freshness-cutoffs';
import { HATCH_IMAGE, STAR_IMAGE } from '../images';
import { PALETTE } from '../palette';
import { modePaint, status } from './colourModes';
import { MATCH_NOTHING, SOURCE, TEXT_HALO, groupMetadata, zoomRamp } from './common';
import { focusLayers, gapLayers } from './dashboard';

/** The layer that outlines the selected feature of each thematic layer. */
export const SELECTED_LAYER: Record<ThematicLayer, string> = {
  communities: 'community-selected',
  branches: 'branch-selected',
  neighbourhoods: 'neighbourhood-selected',
  buildings: 'building-selected',
  leads: 'lead-selected',
};

/** Label layers whose text depends on the UI language, and the text for each language. */
export function localizedTextFields(locale: Locale): Record<string, ExpressionSpecification> {
  const name: ExpressionSpecification =
    locale === 'en'
      ? ['case', ['!=', ['coalesce', ['get', 'nameEn'], ''], ''], ['get', 'nameEn'], ['get', 'name']]
      : ['get', 'name'];
  return { 'community-label': name };
}

const standing: ExpressionSpecification = ['!', status('demolished')];

/** Neighbourhood and grid fills: drawn under the roads so streets stay crisp. */
export function areaFillLayers(mode: ColourMode, cutoffs?: FreshnessCutoffs): LayerSpecification[] {
  const paint = modePaint(mode, cutoffs);
  return [
    {
      id: 'neighbourhood-fill',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'neighbourhoods',
      metadata: groupMetadata('neighbourhoods', true),
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'xiaoqu', PALETTE.neighbourhoodXiaoqu, PALETTE.neighbourhoodLouyuan],
        ...paint['neighbourhood-fill'],
      },
    },
    {
      id: 'branch-fill',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'branches',
      metadata: groupMetadata('branches', true),
      paint: paint['branch-fill'],
    },
  ];
}

/** Buildings, gaps, outlines and boundaries: drawn over the roads. */
export function overlayLayers(mode: ColourMode, cutoffs?: FreshnessCutoffs): LayerSpecification[] {
  const buildings = groupMetadata('buildings');
  const paint = modePaint(mode, cutoffs);
  return [
    {
      id: 'building-shadow',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'buildings',
      minzoom: 15,
      filter: standing,
      metadata: buildings,
      // Offset down-right under the footprint: reads as a low extrusion without tilting the map.
      paint: {
        'fill-color': PALETTE.buildingShadow,
        'fill-translate': ['interpolate', ['linear'], ['zoom'], 15, ['literal', [0.5, 0.5]], 18, ['literal', [2.5, 2.5]]],
      },
    },
    {
      id: 'building-fill',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'buildings',
      metadata: groupMetadata('buildings', true),
      paint: paint['building-fill'],
    },
    {
      id: 'building-hatch',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'buildings',
      filter: status('slated_demolition'),
      metadata: buildings,
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: 'building-outline',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'buildings',
      filter: standing,
      metadata: buildings,
      paint: { ...paint['building-outline'], 'line-width': zoomRamp([[14, 0.4], [16, 0.8], [18, 1.2]]) },
    },
    {
      id: 'building-demolished',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'buildings',
      filter: status('demolished'),
      metadata: buildings,
      paint: { 'line-color': PALETTE.buildingDemolishedOutline, 'line-width': 1, 'line-dasharray': [2, 2] },
    },
    {
      id: 'neighbourhood-outline',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'neighbourhoods',
      metadata: groupMetadata('neighbourhoods'),
      paint: {
        'line-color': PALETTE.neighbourhoodOutline,
        'line-width': zoomRamp([[13, 0.6], [16, 1.3], [18, 2]]),
        'line-dasharray': [3, 2],
      },
    },
    ...gapLayers(),
    {
      id: 'branch-outline',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'branches',
      metadata: groupMetadata('branches'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.branchOutline, 'line-width': zoomRamp([[11, 0.8], [14, 1.4], [17, 2.4]]), 'line-opacity': 0.85 },
    },
    {
      id: 'community-casing',
      type: 'line',
      source: SOURCE.communities,
      metadata: groupMetadata('communities'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.communityCasing, 'line-width': zoomRamp([[11, 3.5], [14, 5.5], [17, 8]]), 'line-opacity': 0.75 },
    },
    {
      id: 'community-line',
      type: 'line',
      source: SOURCE.communities,
      metadata: groupMetadata('communities', true),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.communityLine, 'line-width': zoomRamp([[11, 1.6], [14, 2.8], [17, 4.2]]) },
    },
    ...focusLayers(),
    ...selectedLayers(),
  ];
}

/** Highlights for the selected feature; their filters match nothing until something is clicked. */
function selectedLayers(): LayerSpecification[] {
  const outline = (group: ThematicLayer, source: string, sourceLayer: string | null, width: number): LayerSpecification => ({
    id: SELECTED_LAYER[group],
    type: 'line',
    source,
    ...(sourceLayer ? { 'source-layer': sourceLayer } : {}),
    filter: MATCH_NOTHING,
    metadata: groupMetadata(group),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': PALETTE.selected, 'line-width': width },
  });
  return [
    outline('branches', SOURCE.tiles, 'branches', 4),
    outline('neighbourhoods', SOURCE.tiles, 'neighbourhoods', 3),
    outline('buildings', SOURCE.tiles, 'buildings', 3),
    outline('communities', SOURCE.communities, null, 5),
    {
      id: SELECTED_LAYER.leads,
      type: 'circle',
      source: SOURCE.tiles,
      'source-layer': 'leads',
      filter: MATCH_NOTHING,
      metadata: groupMetadata('leads'),
      paint: {
        'circle-radius': 13,
        'circle-opacity': 0,
        'circle-stroke-color': PALETTE.selected,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** Household-lead stars and the labels of neighbourhoods, grids and communities, bottom to top. */
export function thematicSymbolLayers(locale: Locale): LayerSpecification[] {
  const text = localizedTextFields(locale);
  return [
    {
      id: 'lead-symbol',
      type: 'symbol',
      source: SOURCE.tiles,
      'source-layer': 'leads',
      metadata: groupMetadata('leads', true),
      layout: {
        'icon-image': STAR_IMAGE,
        // Small while the whole sub-district is in view, full size once streets are legible.
        'icon-size': zoomRamp([[15, 0.5], [16, 0.75], [17.5, 1], [19, 1.2]]),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'neighbourhood-label',
      type: 'symbol',
      source: SOURCE.neighbourhoodLabels,
      minzoom: 16,
      metadata: groupMetadata('neighbourhoods', true),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': zoomRamp([[16, 11], [18, 13]]),
        'text-max-width': 8,
        'text-padding': 6,
      },
      paint: { 'text-color': PALETTE.neighbourhoodLabel, ...TEXT_HALO },
    },
    {
      id: 'branch-label',
      type: 'symbol',
      source: SOURCE.branchLabels,
      minzoom: 14,
      metadata: groupMetadata('branches', true),
      layout: {
        // The name from z 14; the 14-digit code above it only from z 16, where there is room
        // (at z 15 the whole sub-district fills a wall display and codes would crowd it).
        'text-field': [
          'step', ['zoom'],
          ['get', 'name'],
          16, ['format', ['get', 'code'], { 'font-scale': 0.82 }, '\n', {}, ['get', 'name'], {}],
        ],
        'text-font': FONT_BOLD,
        'text-size': zoomRamp([[14, 11.5], [16, 13], [18, 15]]),
        'text-max-width': 12,
        'text-line-height': 1.3,
        'text-padding': 8,
      },
      paint: { 'text-color': PALETTE.branchLabel, ...TEXT_HALO, 'text-halo-width': 2 },
    },
    {
      id: 'community-label',
      type: 'symbol',
      source: SOURCE.communityLabels,
      maxzoom: 17,
      metadata: groupMetadata('communities', true),
      layout: {
        'text-field': text['community-label'] ?? ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': zoomRamp([[11, 13], [14, 16], [16, 19]]),
        'text-letter-spacing': 0.08,
        'text-max-width': 10,
        'text-padding': 10,
      },
      paint: { 'text-color': PALETTE.communityLabel, ...TEXT_HALO, 'text-halo-width': 2.4 },
    },
  ];
}
