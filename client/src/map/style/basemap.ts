/**
 * Basemap layers from our own vector tiles: land, water, roads and street names. Road widths
 * are in screen pixels and grow with zoom so streets read as streets at every scale.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ROAD_KINDS, type RoadKind } from '../../../../shared/model';
import { FONT_REGULAR } from '../fonts';
import { PALETTE } from '../palette';
import { SOURCE, TEXT_HALO, zoomRamp } from './common';

/** Zoom levels at which road widths are given. */
const WIDTH_ZOOMS = [12, 14, 16, 18, 19] as const;

/**
 * Road fill width in px per kind at each of `WIDTH_ZOOMS`. From z 16 the widths double with
 * every zoom level, like the ground does, so that at street level a road fills its street
 * (about 20 m for a primary road, 8 m for a residential lane).
 */
const ROAD_WIDTHS: Record<RoadKind, readonly number[]> = {
  primary: [1.6, 4, 12, 48, 96],
  secondary: [1.2, 3, 9, 36, 72],
  tertiary: [0.9, 2.2, 6.5, 26, 52],
  residential: [0.5, 1.4, 5, 20, 40],
  path: [0.3, 0.7, 1.5, 4, 6],
};

/**
 * A zoom-interpolated width expression choosing per road kind; `extra` px are added at every
 * stop (the casing is the fill plus a border on each side).
 */
export function roadWidth(extra = 0): ExpressionSpecification {
  const stops = WIDTH_ZOOMS.flatMap((zoom, i) => {
    const byKind = ROAD_KINDS.flatMap((kind) => [kind, (ROAD_WIDTHS[kind][i] ?? 1) + (zoom >= 14 ? extra : extra / 2)]);
    return [zoom, ['match', ['get', 'kind'], ...byKind, 1]];
  });
  return ['interpolate', ['exponential', 2], ['zoom'], ...stops] as ExpressionSpecification;
}

const isPath: ExpressionSpecification = ['==', ['get', 'kind'], 'path'];
const isMajor: ExpressionSpecification = ['match', ['get', 'kind'], ['primary', 'secondary'], true, false];

/** Background, water, roads and road names, bottom to top. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'land', type: 'background', paint: { 'background-color': PALETTE.land } },
    {
      id: 'water-fill',
      type: 'fill',
      source: SOURCE.tiles,
      'source-layer': 'water',
      paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterOutline },
    },
    {
      id: 'road-casing',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'roads',
      filter: ['!', isPath],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.roadCasing, 'line-width': roadWidth(2) },
    },
    {
      id: 'road-path',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'roads',
      minzoom: 14,
      filter: isPath,
      paint: { 'line-color': PALETTE.pathLine, 'line-width': roadWidth(), 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'road-fill',
      type: 'line',
      source: SOURCE.tiles,
      'source-layer': 'roads',
      filter: ['!', isPath],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', isMajor, PALETTE.roadMajorFill, PALETTE.roadFill],
        'line-width': roadWidth(),
      },
    },
  ];
}

/** Street and water names; placed below the thematic labels so those win collisions. */
export function basemapLabelLayers(): LayerSpecification[] {
  const roadLabel = (id: string, minzoom: number, filter: ExpressionSpecification): LayerSpecification => ({
    id,
    type: 'symbol',
    source: SOURCE.tiles,
    'source-layer': 'roads',
    minzoom,
    filter,
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': FONT_REGULAR,
      'text-size': zoomRamp([[14, 11], [17, 13], [19, 15]]),
      'text-max-angle': 30,
      'text-padding': 4,
      'symbol-spacing': 320,
    },
    paint: { 'text-color': PALETTE.roadLabel, ...TEXT_HALO },
  });
  return [
    {
      id: 'water-label',
      type: 'symbol',
      source: SOURCE.tiles,
      'source-layer': 'water',
      minzoom: 14,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-letter-spacing': 0.2,
      },
      paint: { 'text-color': PALETTE.waterLabel, ...TEXT_HALO },
    },
    roadLabel('road-label-minor', 15, ['all', ['!', isMajor], ['!=', ['get', 'name'], '']]),
    roadLabel('road-label-major', 14, ['all', isMajor, ['!=', ['get', 'name'], '']]),
  ];
}
