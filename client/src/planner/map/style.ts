/**
 * The planner's map style (pure): our own basemap tiles, then buildings coloured by the branch
 * they end in after the plan (a feature state the adapter sets), the current grid outlines
 * with codes, locked grids dashed, the selection, the building stepped to, planned new
 * branches' names, the plan's grids previewed dashed (new grids' predicted codes go under their names), and the box or
 * lasso being drawn. Nothing is fetched from elsewhere.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '../../../../shared/api';
import type { BBox } from '../../../../shared/model';
import { FONT_BOLD } from '../../map/fonts';
import { PALETTE } from '../../map/palette';
import { basemapLabelLayers, basemapLayers } from '../../map/style/basemap';
import { SOURCE, TEXT_HALO, zoomRamp } from '../../map/style/common';
import { tileUrlTemplate } from '../../map/style';

export const PLANNER_SOURCE = {
  buildings: 'pl-buildings',
  grids: 'pl-grids',
  gridLabels: 'pl-grid-labels',
  newLabels: 'pl-new-labels',
  communities: 'pl-communities',
  sketch: 'pl-sketch',
  preview: 'pl-preview',
} as const;

/** The layer a click on a building hits. */
export const BUILDING_FILL = 'pl-building-fill';
export const GRID_LABEL = 'pl-grid-label';
export const NEW_LABEL = 'pl-new-label';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const isLocked: ExpressionSpecification = ['==', ['get', 'locked'], true];

function plannerLayers(): LayerSpecification[] {
  return [
    { id: 'pl-grid-fill', type: 'fill', source: PLANNER_SOURCE.grids, paint: { 'fill-color': ['get', 'fill'], 'fill-opacity': 0.14 } },
    {
      id: 'pl-neighbourhood-line',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'neighbourhoods',
      paint: { 'line-color': PALETTE.neighbourhoodOutline, 'line-width': 1, 'line-dasharray': [3, 2], 'line-opacity': 0.7 },
    },
    {
      id: BUILDING_FILL,
      type: 'fill',
      source: PLANNER_SOURCE.buildings,
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], PALETTE.buildingNoHouseholds]], 'fill-opacity': 0.92 },
    },
    {
      id: 'pl-building-line',
      type: 'line',
      source: PLANNER_SOURCE.buildings,
      paint: {
        'line-color': ['case', ['==', ['feature-state', 'fill'], '#ffffff'], PALETTE.gapOutline, '#6d665b'],
        'line-width': ['case', ['==', ['feature-state', 'fill'], '#ffffff'], 1.4, 0.5],
      },
    },
    { id: 'pl-community-line', type: 'line', source: PLANNER_SOURCE.communities, paint: { 'line-color': PALETTE.communityLine, 'line-width': 2.2, 'line-opacity': 0.8 } },
    { id: 'pl-grid-line', type: 'line', source: PLANNER_SOURCE.grids, paint: { 'line-color': PALETTE.branchOutline, 'line-width': zoomRamp([[13, 1.2], [17, 2.4]]) } },
    {
      id: 'pl-grid-locked',
      type: 'line',
      source: PLANNER_SOURCE.grids,
      filter: isLocked,
      paint: { 'line-color': PALETTE.gapOutline, 'line-width': 3, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'pl-selected',
      type: 'line',
      source: PLANNER_SOURCE.buildings,
      filter: ['==', ['get', 'id'], -1],
      paint: { 'line-color': PALETTE.focus, 'line-width': 2.6 },
    },
    {
      id: 'pl-current',
      type: 'line',
      source: PLANNER_SOURCE.buildings,
      filter: ['==', ['get', 'id'], -1],
      paint: { 'line-color': PALETTE.gapCurrent, 'line-width': 4 },
    },
    // The plan's grids as the server would draw them: dashed over the current outlines.
    { id: 'pl-preview-casing', type: 'line', source: PLANNER_SOURCE.preview, paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.8 } },
    { id: 'pl-preview-line', type: 'line', source: PLANNER_SOURCE.preview, paint: { 'line-color': PALETTE.focus, 'line-width': 3, 'line-dasharray': [2, 1.5] } },
    { id: 'pl-sketch-fill', type: 'fill', source: PLANNER_SOURCE.sketch, paint: { 'fill-color': PALETTE.selected, 'fill-opacity': 0.15 } },
    { id: 'pl-sketch-line', type: 'line', source: PLANNER_SOURCE.sketch, paint: { 'line-color': PALETTE.selected, 'line-width': 2, 'line-dasharray': [2, 1] } },
  ];
}

function labelLayers(): LayerSpecification[] {
  const text = { 'text-font': FONT_BOLD, 'text-max-width': 12, 'text-line-height': 1.25, 'text-padding': 6 } as const;
  return [
    {
      id: GRID_LABEL,
      type: 'symbol',
      source: PLANNER_SOURCE.gridLabels,
      layout: {
        ...text,
        'text-field': ['case', isLocked, ['concat', ['get', 'code'], ' ⊘\n', ['get', 'name']], ['concat', ['get', 'code'], '\n', ['get', 'name']]],
        'text-size': zoomRamp([[13, 10.5], [16, 13], [18, 15]]),
      },
      paint: { 'text-color': PALETTE.branchLabel, ...TEXT_HALO, 'text-halo-width': 2 },
    },
    {
      id: NEW_LABEL,
      type: 'symbol',
      source: PLANNER_SOURCE.newLabels,
      layout: { ...text, 'text-field': ['get', 'label'], 'text-size': zoomRamp([[13, 12], [17, 15]]), 'text-allow-overlap': true },
      paint: { 'text-color': ['get', 'fill'], ...TEXT_HALO, 'text-halo-width': 2.4 },
    },
  ];
}

/** The whole style; the GeoJSON sources start empty and the adapter fills them from the store. */
export function plannerStyle(dataVersion: number, bbox: BBox | null): StyleSpecification {
  const geojson = { type: 'geojson', data: EMPTY } as const;
  return {
    version: 8,
    name: 'gridmap-planner',
    sources: {
      [SOURCE.tiles]: {
        type: 'vector',
        tiles: [tileUrlTemplate(dataVersion)],
        minzoom: Math.min(...Object.values(TILE_MIN_ZOOM)),
        maxzoom: TILE_MAX_ZOOM,
        ...(bbox ? { bounds: bbox } : {}),
      },
      [PLANNER_SOURCE.buildings]: { ...geojson, promoteId: 'id' },
      [PLANNER_SOURCE.grids]: geojson,
      [PLANNER_SOURCE.gridLabels]: geojson,
      [PLANNER_SOURCE.newLabels]: geojson,
      [PLANNER_SOURCE.communities]: geojson,
      [PLANNER_SOURCE.sketch]: geojson,
      [PLANNER_SOURCE.preview]: geojson,
    },
    layers: [...basemapLayers(), ...plannerLayers(), ...basemapLabelLayers(), ...labelLayers()],
  };
}
