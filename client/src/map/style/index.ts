/**
 * Builds the whole MapLibre style from the app state, as a pure function: the same input always
 * gives the same style, and nothing in it points outside the page's own origin.
 *
 * - No `glyphs`: MapLibre ≥ 5.11 then draws every label locally (see `fonts.ts`).
 * - No `sprite`: the two icons are drawn in code (`images.ts`) and added on `styleimagemissing`.
 * - Tile URLs are root-relative; the map adapter's `transformRequest` makes them absolute
 *   against the page origin, because MapLibre's workers cannot resolve relative tile URLs.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '../../../../shared/api';
import type { FreshnessCutoffs } from '../../../../shared/freshness-cutoffs';
import type { BBox } from '../../../../shared/model';
import type { Locale } from '../../i18n';
import type { ColourMode, ThematicLayer } from '../../layers';
import { basemapLabelLayers, basemapLayers } from './basemap';
import { GROUP_KEY, INTERACTIVE_KEY, SOURCE, readMetadata } from './common';
import { areaFillLayers, overlayLayers, thematicSymbolLayers } from './thematic';
import { zoneLabelLayers, zoneLayers } from './zones';

export { SOURCE } from './common';
export { SELECTED_LAYER, localizedTextFields } from './thematic';
export { FOCUS_LAYERS, GAP_CURRENT_LAYER } from './dashboard';
export { modePaint } from './colourModes';

export interface StyleOptions {
  /** `MetaResponse.dataVersion`: appended to tile URLs so a data change busts caches. */
  dataVersion: number;
  /** The day the map shows (YYYY-MM-DD), or null/absent for today. */
  asOf?: string | null;
  locale: Locale;
  /** Which thematic layers are on; off ones get `visibility: none`. */
  visible: Record<ThematicLayer, boolean>;
  /** What the area colours show; coverage unless said otherwise. */
  colourMode?: ColourMode;
  /** Today's cut-off days, which the freshness colour mode needs. */
  freshness?: FreshnessCutoffs;
  /** Sub-district extent `[minLng, minLat, maxLng, maxLat]`: no tiles are asked for outside it. */
  bbox?: BBox | null;
}

/** Root-relative tile URL template for a data version, and for a past day when `asOf` is given. */
export function tileUrlTemplate(dataVersion: number, asOf: string | null = null): string {
  return `/api/tiles/{z}/{x}/{y}.mvt?v=${dataVersion}${asOf ? `&asOf=${asOf}` : ''}`;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The complete style. GeoJSON sources start empty; the adapter fills them from the store. */
export function buildStyle(options: StyleOptions): StyleSpecification {
  const layers = [
    ...basemapLayers(),
    ...areaFillLayers(options.colourMode ?? 'coverage', options.freshness),
    ...overlayLayers(options.colourMode ?? 'coverage', options.freshness),
    ...zoneLayers(),
    ...basemapLabelLayers(),
    ...thematicSymbolLayers(options.locale),
    ...zoneLabelLayers(),
  ].map((layer) => withVisibility(layer, options.visible));
  return {
    version: 8,
    name: 'gridmap',
    sources: {
      [SOURCE.tiles]: {
        type: 'vector',
        tiles: [tileUrlTemplate(options.dataVersion, options.asOf ?? null)],
        minzoom: Math.min(...Object.values(TILE_MIN_ZOOM)),
        maxzoom: TILE_MAX_ZOOM,
        ...(options.bbox ? { bounds: options.bbox } : {}),
      },
      [SOURCE.communities]: { type: 'geojson', data: EMPTY },
      [SOURCE.communityLabels]: { type: 'geojson', data: EMPTY },
      [SOURCE.branchLabels]: { type: 'geojson', data: EMPTY },
      [SOURCE.neighbourhoodLabels]: { type: 'geojson', data: EMPTY },
      [SOURCE.zones]: { type: 'geojson', data: EMPTY },
      [SOURCE.zoneBuildings]: { type: 'geojson', data: EMPTY },
      [SOURCE.zoneLabels]: { type: 'geojson', data: EMPTY },
    },
    layers,
  };
}

function withVisibility(layer: LayerSpecification, visible: Record<ThematicLayer, boolean>): LayerSpecification {
  const group = readMetadata(layer)[GROUP_KEY];
  if (!group || layer.type === 'background') return layer;
  return { ...layer, layout: { ...layer.layout, visibility: visible[group] ? 'visible' : 'none' } } as LayerSpecification;
}

/** Style layer ids per thematic layer, for switching a legend entry on or off. */
export function layerIdsByGroup(style: StyleSpecification): Record<ThematicLayer, string[]> {
  const out: Record<ThematicLayer, string[]> = { communities: [], branches: [], neighbourhoods: [], buildings: [], leads: [] };
  for (const layer of style.layers) {
    const group = readMetadata(layer)[GROUP_KEY];
    if (group) out[group].push(layer.id);
  }
  return out;
}

/** The layers a click can select, each with the thematic layer it belongs to. */
export function interactiveLayers(style: StyleSpecification): Map<string, ThematicLayer> {
  const out = new Map<string, ThematicLayer>();
  for (const layer of style.layers) {
    const meta = readMetadata(layer);
    const group = meta[GROUP_KEY];
    if (group && meta[INTERACTIVE_KEY]) out.set(layer.id, group);
  }
  return out;
}
