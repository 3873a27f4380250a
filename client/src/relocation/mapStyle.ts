/**
 * The relocation map's style, pure: our own basemap tiles (land, water, roads, street names),
 * then zones coloured by stage, the buildings they took (slated hatched, demolished grey and
 * dashed), community outlines, the what-if highlights, and on top the flow map — curved arcs
 * coloured by state and as wide as their count, arrowheads at their destinations, places
 * outside the sub-district with their distance. Nothing points outside the page's origin.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { RELOCATION_STATES } from '../../../shared/relocation/states';
import { ZONE_STAGES } from '../../../shared/relocation/zones';
import { TILE_MAX_ZOOM } from '../../../shared/api';
import type { BBox } from '../../../shared/model';
import { FONT_BOLD, FONT_REGULAR } from '../map/fonts';
import { GAP_HATCH_IMAGE, HATCH_IMAGE } from '../map/images';
import { basemapLabelLayers, basemapLayers } from '../map/style/basemap';
import { SOURCE, TEXT_HALO } from '../map/style/common';
import { tileUrlTemplate } from '../map/style';
import { ARROW_IMAGE } from './arrowImage';
import { RELOCATION_PALETTE as P, STAGE_COLOURS, STATE_COLOURS } from './palette';

/** The GeoJSON sources the adapter fills from the store. */
export const RELOCATION_SOURCE = {
  zones: 'reloc-zones',
  buildings: 'reloc-buildings',
  communities: 'reloc-communities',
  communityLabels: 'reloc-community-labels',
  whatIfGaps: 'reloc-whatif-gaps',
  whatIfBranches: 'reloc-whatif-branches',
  flowLines: 'reloc-flow-lines',
  flowArrows: 'reloc-flow-arrows',
  outside: 'reloc-outside',
} as const;

/** Style layer ids the page and its tests look at. */
export const RELOCATION_LAYER = {
  zoneFill: 'reloc-zone-fill',
  buildingFill: 'reloc-building-fill',
  demolished: 'reloc-building-demolished',
  flowLines: 'reloc-flow-line',
  flowArrows: 'reloc-flow-arrow',
  outside: 'reloc-outside-dot',
  whatIfGaps: 'reloc-whatif-gap',
  whatIfBranches: 'reloc-whatif-branch',
} as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const byMatch = (property: string, colours: Record<string, string>, keys: readonly string[], fallback: string): ExpressionSpecification =>
  ['match', ['get', property], ...keys.flatMap((k) => [k, colours[k] ?? fallback]), fallback] as unknown as ExpressionSpecification;

const stateColour = byMatch('state', STATE_COLOURS, RELOCATION_STATES, '#555555');
/** Arc width in px by the number of members it carries. */
const arcWidth: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'count'], 1, 1.8, 5, 3.5, 20, 7, 100, 13];

function areaLayers(): LayerSpecification[] {
  return [
    // Today's buildings from our own tiles, plain, so a destination can be found on the map.
    { id: 'reloc-tile-building', type: 'fill', source: SOURCE.tiles, 'source-layer': 'buildings', minzoom: 14, paint: { 'fill-color': P.building, 'fill-outline-color': P.buildingOutline } },
    { id: RELOCATION_LAYER.zoneFill, type: 'fill', source: RELOCATION_SOURCE.zones, paint: { 'fill-color': byMatch('stage', STAGE_COLOURS, ZONE_STAGES, '#cccccc'), 'fill-opacity': 0.35 } },
    { id: 'reloc-zone-line', type: 'line', source: RELOCATION_SOURCE.zones, paint: { 'line-color': P.zoneOutline, 'line-width': 1.6, 'line-dasharray': [3, 2] } },
    { id: RELOCATION_LAYER.whatIfGaps, type: 'fill', source: RELOCATION_SOURCE.whatIfGaps, paint: { 'fill-pattern': GAP_HATCH_IMAGE, 'fill-opacity': 0.9 } },
    { id: 'reloc-whatif-gap-line', type: 'line', source: RELOCATION_SOURCE.whatIfGaps, paint: { 'line-color': P.gapFill, 'line-width': 2.5 } },
    { id: RELOCATION_LAYER.whatIfBranches, type: 'line', source: RELOCATION_SOURCE.whatIfBranches, paint: { 'line-color': P.branchUnder, 'line-width': 3.5, 'line-dasharray': [2, 1] } },
    {
      id: RELOCATION_LAYER.buildingFill, type: 'fill', source: RELOCATION_SOURCE.buildings, filter: ['!=', ['get', 'status'], 'demolished'],
      paint: { 'fill-color': P.slated, 'fill-outline-color': P.slatedOutline },
    },
    { id: 'reloc-building-hatch', type: 'fill', source: RELOCATION_SOURCE.buildings, filter: ['==', ['get', 'status'], 'slated_demolition'], paint: { 'fill-pattern': HATCH_IMAGE } },
    {
      id: RELOCATION_LAYER.demolished, type: 'line', source: RELOCATION_SOURCE.buildings, filter: ['==', ['get', 'status'], 'demolished'],
      paint: { 'line-color': P.demolishedOutline, 'line-width': 1, 'line-dasharray': [2, 2] },
    },
    { id: 'reloc-community-casing', type: 'line', source: RELOCATION_SOURCE.communities, paint: { 'line-color': '#ffffff', 'line-width': 4, 'line-opacity': 0.8 } },
    { id: 'reloc-community-line', type: 'line', source: RELOCATION_SOURCE.communities, paint: { 'line-color': P.communityLine, 'line-width': 1.6 } },
  ];
}

function flowLayers(): LayerSpecification[] {
  return [
    {
      id: RELOCATION_LAYER.flowLines, type: 'line', source: RELOCATION_SOURCE.flowLines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': stateColour, 'line-width': arcWidth, 'line-opacity': 0.85 },
    },
    {
      id: RELOCATION_LAYER.flowArrows, type: 'symbol', source: RELOCATION_SOURCE.flowArrows,
      layout: {
        'icon-image': ARROW_IMAGE, 'icon-rotate': ['get', 'bearing'], 'icon-rotation-alignment': 'map',
        'icon-size': ['interpolate', ['linear'], ['get', 'count'], 1, 0.7, 20, 1.1, 100, 1.5],
        'icon-allow-overlap': true, 'icon-ignore-placement': true,
      },
      paint: { 'icon-color': stateColour, 'icon-halo-color': '#ffffff', 'icon-halo-width': 1 },
    },
    { id: RELOCATION_LAYER.outside, type: 'circle', source: RELOCATION_SOURCE.outside, paint: { 'circle-radius': 7, 'circle-color': P.outsideDot, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
  ];
}

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'reloc-community-label', type: 'symbol', source: RELOCATION_SOURCE.communityLabels,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_BOLD, 'text-size': 13, 'text-max-width': 12 },
      paint: { 'text-color': P.communityLine, ...TEXT_HALO },
    },
    {
      id: 'reloc-outside-label', type: 'symbol', source: RELOCATION_SOURCE.outside,
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_REGULAR, 'text-size': 12, 'text-offset': [0, 1.3], 'text-anchor': 'top', 'text-max-width': 14 },
      paint: { 'text-color': P.label, ...TEXT_HALO },
    },
  ];
}

/** The whole style; every GeoJSON source starts empty. `bbox`: the sub-district, beyond which no tiles are asked for. */
export function relocationStyle(dataVersion: number, bbox: BBox | null): StyleSpecification {
  const geojson = Object.fromEntries(Object.values(RELOCATION_SOURCE).map((id) => [id, { type: 'geojson' as const, data: EMPTY }]));
  return {
    version: 8,
    name: 'gridmap-relocation',
    sources: {
      [SOURCE.tiles]: { type: 'vector', tiles: [tileUrlTemplate(dataVersion)], minzoom: 10, maxzoom: TILE_MAX_ZOOM, ...(bbox ? { bounds: bbox } : {}) },
      ...geojson,
    },
    layers: [...basemapLayers(), ...areaLayers(), ...basemapLabelLayers(), ...flowLayers(), ...labelLayers()],
  };
}
