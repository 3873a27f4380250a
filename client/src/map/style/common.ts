/**
 * Building blocks shared by the basemap and thematic style modules: source ids, the group
 * metadata that ties a style layer to a legend entry, and text defaults.
 */
import type { ExpressionSpecification, InterpolationSpecification, LayerSpecification } from 'maplibre-gl';
import type { ThematicLayer } from '../../layers';
import { PALETTE } from '../palette';

/** The vector tile source (every `TILE_LAYER_NAMES` layer) and the client-built GeoJSON sources. */
export const SOURCE = {
  tiles: 'gridmap',
  communities: 'communities',
  communityLabels: 'community-labels',
  branchLabels: 'branch-labels',
  neighbourhoodLabels: 'neighbourhood-labels',
  /** Demolition zones as they stood on the day shown (outline, stage label). */
  zones: 'zones',
  /** Buildings taken by zones, slated or demolished on the day shown. */
  zoneBuildings: 'zone-buildings',
  zoneLabels: 'zone-labels',
} as const;

/** Metadata key naming the thematic layer (legend entry) a style layer belongs to. */
export const GROUP_KEY = 'gridmap:group';
/** Metadata key marking a style layer whose features open a popup when clicked. */
export const INTERACTIVE_KEY = 'gridmap:interactive';

/** Style-layer metadata as this app writes it. */
export interface GridmapLayerMetadata {
  [GROUP_KEY]?: ThematicLayer;
  [INTERACTIVE_KEY]?: boolean;
}

/** Metadata for a layer of `group`; `interactive` layers answer clicks. */
export function groupMetadata(group: ThematicLayer, interactive = false): GridmapLayerMetadata {
  return interactive ? { [GROUP_KEY]: group, [INTERACTIVE_KEY]: true } : { [GROUP_KEY]: group };
}

/** Reads this app's metadata back from any style layer (other metadata is ignored). */
export function readMetadata(layer: Pick<LayerSpecification, 'metadata'>): GridmapLayerMetadata {
  const meta = layer.metadata;
  if (typeof meta !== 'object' || meta === null) return {};
  const record = meta as Record<string, unknown>;
  const out: GridmapLayerMetadata = {};
  const group = record[GROUP_KEY];
  if (typeof group === 'string') out[GROUP_KEY] = group as ThematicLayer;
  if (record[INTERACTIVE_KEY] === true) out[INTERACTIVE_KEY] = true;
  return out;
}

/** Linear interpolation over zoom: `zoomRamp([[14, 1], [18, 4]])`. */
export function zoomRamp(stops: Array<[number, number]>, base = 1): ExpressionSpecification {
  const flat = stops.flatMap(([z, v]) => [z, v]);
  const curve: InterpolationSpecification = base === 1 ? ['linear'] : ['exponential', base];
  return ['interpolate', curve, ['zoom'], ...flat];
}

/** Label halo that keeps text readable over any fill. */
export const TEXT_HALO = {
  'text-halo-color': PALETTE.textHalo,
  'text-halo-width': 1.6,
  'text-halo-blur': 0.4,
} as const;

/** A filter no feature matches (an id is never negative): the "nothing selected" highlight. */
export const MATCH_NOTHING: ExpressionSpecification = ['==', ['get', 'id'], -1];

/** A filter matching the feature whose `id` property is `id`: a highlight. */
export function matchId(id: number): ExpressionSpecification {
  return ['==', ['get', 'id'], id];
}
