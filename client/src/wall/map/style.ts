/**
 * The wall's dark map style, as a pure function of its options. Like the dashboard's style it
 * names no glyph, sprite or font URL (MapLibre draws labels locally from system fonts; icons
 * are drawn in code) and its only tile URL is root-relative on our own server. Text sizes are
 * design px multiplied by the layout's unit, so labels read from across the room on every
 * screen. Layers the tour points at (focus, dimming, alert outlines, gap glow) start matching
 * nothing; the wall's map adapter sets their filters.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '../../../../shared/api';
import { COVERAGE_CLASS_EDGES } from '../../../../shared/dashboard/coverage-classes';
import type { BBox } from '../../../../shared/model';
import { FONT_BOLD, FONT_REGULAR } from '../../map/fonts';
import { roadWidth } from '../../map/style/basemap';
import { MATCH_NOTHING, zoomRamp } from '../../map/style/common';
import type { WallLayer, WallLocale } from '../params';
import { WALL_PALETTE as P } from './palette';

export const WALL_SOURCE = {
  tiles: 'gridmap',
  communities: 'communities',
  communityLabels: 'community-labels',
  branchLabels: 'branch-labels',
  neighbourhoodLabels: 'neighbourhood-labels',
  zones: 'zones',
  pulses: 'pulses',
} as const;

/** Layers the map adapter re-points as the tour moves. */
export const WALL_DYNAMIC = {
  dim: 'community-dim',
  focus: 'community-focus',
  focusCasing: 'community-focus-casing',
  alertBranches: 'alert-branches',
  gapGlow: 'gap-glow',
  pulseBox: 'pulse-box',
  pulseRing: 'pulse-ring',
} as const;

/** Style image ids, drawn in code by the adapter when the style first asks for them. */
export const WALL_IMAGES = { star: 'wall-star', hatch: 'wall-hatch' } as const;

/** Metadata key naming the `WallLayer` a style layer belongs to (switched by `layers=`). */
export const WALL_GROUP_KEY = 'wall:group';

export interface WallStyleOptions {
  /** Appended to tile URLs so a data change busts caches. */
  dataVersion: number;
  locale: WallLocale;
  layers: Record<WallLayer, boolean>;
  /** Sub-district extent `[minLng, minLat, maxLng, maxLat]`: no tiles are asked for outside it. */
  bbox: BBox | null;
  /** CSS px per design px (see layout.ts). */
  unit: number;
}

/** Root-relative tile URL template for a data version. */
export function wallTileUrl(dataVersion: number): string {
  return `/api/tiles/{z}/{x}/{y}.mvt?v=${dataVersion}`;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Vector tiles may carry booleans as 1. */
const IS_GAP: FilterSpecification = ['any', ['==', ['get', 'gap'], true], ['==', ['get', 'gap'], 1]];
const status = (value: string): ExpressionSpecification => ['==', ['get', 'status'], value];

/** The coverage class colour of a feature's `coverage`; the ramp's classes are the shared ones. */
export function wallCoverageColor(): ExpressionSpecification {
  const [first, ...rest] = P.coverageRamp;
  const steps = COVERAGE_CLASS_EDGES.flatMap((edge, i) => [edge, rest[i] ?? first]);
  return ['case', ['==', ['typeof', ['get', 'coverage']], 'number'], ['step', ['get', 'coverage'], first, ...steps], P.coverageNone] as ExpressionSpecification;
}

/** Text field of community labels: the English name in English when there is one. */
function communityName(locale: WallLocale): ExpressionSpecification {
  return locale === 'en' ? ['case', ['!=', ['coalesce', ['get', 'nameEn'], ''], ''], ['get', 'nameEn'], ['get', 'name']] : ['get', 'name'];
}

/**
 * Grid branch labels, short because the community is on the map too: "第三网格" (the adapter
 * adds `short`); branches have Chinese names only, so in English "Grid 03" from the code.
 */
function branchName(locale: WallLocale): ExpressionSpecification {
  return locale === 'en' ? ['concat', 'Grid ', ['slice', ['get', 'code'], 12]] : ['coalesce', ['get', 'short'], ['get', 'name']];
}

const halo = (width: number) => ({ 'text-halo-color': P.ground, 'text-halo-width': width, 'text-halo-blur': 0.5 });

type Grouped = LayerSpecification & { metadata?: Record<string, unknown> };

function layersFor(o: WallStyleOptions): Array<[WallLayer | null, LayerSpecification]> {
  const u = o.unit;
  const t = { source: WALL_SOURCE.tiles } as const;
  const size = (stops: Array<[number, number]>) => zoomRamp(stops.map(([z, px]) => [z, px * u]));
  return [
    [null, { id: 'land', type: 'background', paint: { 'background-color': P.land } }],
    [null, { id: 'water-fill', type: 'fill', ...t, 'source-layer': 'water', paint: { 'fill-color': P.water } }],
    ['branches', {
      id: 'branch-fill', type: 'fill', ...t, 'source-layer': 'branches',
      paint: { 'fill-color': wallCoverageColor(), 'fill-opacity': zoomRamp([[11, 0.78], [15, 0.6], [17, 0.32]]) },
    }],
    [null, {
      id: 'road-fill', type: 'line', ...t, 'source-layer': 'roads', filter: ['!=', ['get', 'kind'], 'path'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['match', ['get', 'kind'], ['primary', 'secondary'], P.roadMajor, P.road], 'line-width': roadWidth(), 'line-opacity': 0.9 },
    }],
    ['buildings', {
      id: 'building-fill', type: 'fill', ...t, 'source-layer': 'buildings', minzoom: 14, filter: ['!', status('demolished')],
      paint: { 'fill-color': P.building, 'fill-opacity': zoomRamp([[14, 0.5], [16, 0.9]]), 'fill-outline-color': P.buildingOutline },
    }],
    ['zones', { id: 'building-slated', type: 'fill', ...t, 'source-layer': 'buildings', filter: status('slated_demolition'), paint: { 'fill-pattern': WALL_IMAGES.hatch } }],
    ['branches', {
      id: 'neighbourhood-outline', type: 'line', ...t, 'source-layer': 'neighbourhoods', minzoom: 14,
      paint: { 'line-color': P.neighbourhoodOutline, 'line-width': zoomRamp([[14, 0.8], [17, 1.6]]), 'line-dasharray': [3, 2] },
    }],
    ['gaps', { id: 'gap-hatch', type: 'fill', ...t, 'source-layer': 'neighbourhoods', filter: IS_GAP, paint: { 'fill-pattern': WALL_IMAGES.hatch } }],
    ['gaps', {
      id: 'gap-outline', type: 'line', ...t, 'source-layer': 'neighbourhoods', filter: IS_GAP, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.gap, 'line-width': zoomRamp([[12, 1.5 * u], [15, 2.5 * u], [17, 4 * u]]) },
    }],
    ['gaps', {
      id: WALL_DYNAMIC.gapGlow, type: 'line', ...t, 'source-layer': 'neighbourhoods', filter: MATCH_NOTHING, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.gap, 'line-width': 9 * u, 'line-blur': 6 * u, 'line-opacity': 0.85 },
    }],
    ['zones', { id: 'zone-fill', type: 'fill', source: WALL_SOURCE.zones, paint: { 'fill-color': P.zone, 'fill-opacity': 0.14 } }],
    ['zones', {
      id: 'zone-outline', type: 'line', source: WALL_SOURCE.zones,
      paint: { 'line-color': P.zone, 'line-width': 2.5 * u, 'line-dasharray': [2, 1.5] },
    }],
    ['branches', {
      id: 'branch-outline', type: 'line', ...t, 'source-layer': 'branches', layout: { 'line-join': 'round' },
      paint: { 'line-color': P.branchOutline, 'line-width': zoomRamp([[11, 0.6 * u], [14, 1.2 * u], [17, 2 * u]]), 'line-opacity': 0.8 },
    }],
    ['branches', {
      id: WALL_DYNAMIC.alertBranches, type: 'line', ...t, 'source-layer': 'branches', filter: MATCH_NOTHING, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.alertBranch, 'line-width': 3.5 * u },
    }],
    [null, { id: WALL_DYNAMIC.dim, type: 'fill', source: WALL_SOURCE.communities, filter: MATCH_NOTHING, paint: { 'fill-color': P.dim, 'fill-opacity': 0.62 } }],
    ['communities', {
      id: 'community-casing', type: 'line', source: WALL_SOURCE.communities, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.communityCasing, 'line-width': zoomRamp([[11, 4 * u], [15, 6 * u]]), 'line-opacity': 0.8 },
    }],
    ['communities', {
      id: 'community-line', type: 'line', source: WALL_SOURCE.communities, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.community, 'line-width': zoomRamp([[11, 1.8 * u], [15, 3 * u]]) },
    }],
    [null, {
      id: WALL_DYNAMIC.focusCasing, type: 'line', source: WALL_SOURCE.communities, filter: MATCH_NOTHING, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.community, 'line-width': 12 * u, 'line-blur': 8 * u, 'line-opacity': 0.7 },
    }],
    [null, {
      id: WALL_DYNAMIC.focus, type: 'line', source: WALL_SOURCE.communities, filter: MATCH_NOTHING, layout: { 'line-join': 'round' },
      paint: { 'line-color': P.focus, 'line-width': 4 * u },
    }],
    ['leads', {
      id: 'lead-symbol', type: 'symbol', ...t, 'source-layer': 'leads', minzoom: 15,
      layout: { 'icon-image': WALL_IMAGES.star, 'icon-size': zoomRamp([[15, 0.55 * u], [17, 0.9 * u]]), 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    }],
    ['labels', {
      id: 'road-label', type: 'symbol', ...t, 'source-layer': 'roads', minzoom: 15.5, filter: ['!=', ['get', 'name'], ''],
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 13 * u, 'text-padding': 6 },
      paint: { 'text-color': P.roadLabel, ...halo(1.4 * u) },
    }],
    ['labels', {
      id: 'neighbourhood-label', type: 'symbol', source: WALL_SOURCE.neighbourhoodLabels, minzoom: 16.3,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_REGULAR, 'text-size': 14 * u, 'text-max-width': 8, 'text-padding': 6 },
      paint: { 'text-color': P.neighbourhoodLabel, ...halo(1.6 * u) },
    }],
    ['labels', {
      id: 'branch-label', type: 'symbol', source: WALL_SOURCE.branchLabels, minzoom: 14.6,
      layout: { 'text-field': branchName(o.locale), 'text-font': FONT_BOLD, 'text-size': size([[14.6, 15], [17, 19]]), 'text-max-width': 9, 'text-padding': 8 },
      paint: { 'text-color': P.branchLabel, ...halo(2 * u) },
    }],
    ['zones', {
      id: 'zone-label', type: 'symbol', source: WALL_SOURCE.zones, minzoom: 14,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 16 * u, 'text-padding': 8 },
      paint: { 'text-color': P.zone, ...halo(2 * u) },
    }],
    ['labels', {
      id: 'community-label', type: 'symbol', source: WALL_SOURCE.communityLabels, maxzoom: 16.5,
      layout: { 'text-field': communityName(o.locale), 'text-font': FONT_BOLD, 'text-size': size([[12, 20], [14, 26], [16, 30]]), 'text-max-width': 8, 'text-padding': 10 },
      paint: { 'text-color': P.communityLabel, ...halo(2.6 * u) },
    }],
    [null, {
      id: WALL_DYNAMIC.pulseBox, type: 'line', source: WALL_SOURCE.pulses, filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': P.pulse, 'line-width': 4 * u, 'line-opacity': 0 },
    }],
    [null, {
      id: WALL_DYNAMIC.pulseRing, type: 'circle', source: WALL_SOURCE.pulses, filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 10 * u, 'circle-opacity': 0, 'circle-stroke-color': P.pulse, 'circle-stroke-width': 5 * u, 'circle-stroke-opacity': 0 },
    }],
  ];
}

/** The complete dark style. GeoJSON sources start empty; the adapter fills them. */
export function wallStyle(o: WallStyleOptions): StyleSpecification {
  const layers = layersFor(o).map(([group, layer]): LayerSpecification => {
    if (!group) return layer;
    const grouped: Grouped = { ...layer, metadata: { [WALL_GROUP_KEY]: group } };
    if (o.layers[group]) return grouped;
    return { ...grouped, layout: { ...grouped.layout, visibility: 'none' } } as LayerSpecification;
  });
  return {
    version: 8,
    name: 'gridmap-wall',
    sources: {
      [WALL_SOURCE.tiles]: {
        type: 'vector',
        tiles: [wallTileUrl(o.dataVersion)],
        minzoom: Math.min(...Object.values(TILE_MIN_ZOOM)),
        maxzoom: TILE_MAX_ZOOM,
        ...(o.bbox ? { bounds: o.bbox } : {}),
      },
      [WALL_SOURCE.communities]: { type: 'geojson', data: EMPTY },
      [WALL_SOURCE.communityLabels]: { type: 'geojson', data: EMPTY },
      [WALL_SOURCE.branchLabels]: { type: 'geojson', data: EMPTY },
      [WALL_SOURCE.neighbourhoodLabels]: { type: 'geojson', data: EMPTY },
      [WALL_SOURCE.zones]: { type: 'geojson', data: EMPTY },
      [WALL_SOURCE.pulses]: { type: 'geojson', data: EMPTY },
    },
    layers,
  };
}
