/**
 * What the legend lists, in order: each thematic layer with its swatch, the zoom from which it
 * appears and, for buildings and neighbourhoods, the categories the fill colour tells apart.
 */
import { TILE_MIN_ZOOM } from '../../../shared/api';
import type { MessageKey } from '../i18n';
import type { ThematicLayer } from '../layers';
import { PALETTE } from '../map/palette';
import type { SwatchKind } from './Swatch';

export interface LegendCategory {
  label: MessageKey;
  swatch: SwatchKind;
}

export interface LegendEntry {
  layer: ThematicLayer;
  swatch: SwatchKind;
  /** Lowest zoom at which the layer is drawn (communities come whole, so from the start). */
  minZoom: number;
  categories: LegendCategory[];
}

const building = (color: string, outline: string): SwatchKind => ({ type: 'fill', color, outline });

export const LEGEND_ENTRIES: LegendEntry[] = [
  { layer: 'communities', swatch: { type: 'line', color: PALETTE.communityLine, width: 3.5, casing: PALETTE.communityCasing }, minZoom: 0, categories: [] },
  {
    layer: 'branches',
    swatch: { type: 'fill', color: PALETTE.branchFills[0], outline: PALETTE.branchOutline, opacity: 0.55 },
    minZoom: TILE_MIN_ZOOM.branches,
    categories: [],
  },
  {
    layer: 'neighbourhoods',
    swatch: { type: 'dashed', color: PALETTE.neighbourhoodOutline },
    minZoom: TILE_MIN_ZOOM.neighbourhoods,
    categories: [
      { label: 'neighbourhood.kind.xiaoqu', swatch: building(PALETTE.neighbourhoodXiaoqu, PALETTE.neighbourhoodOutline) },
      { label: 'neighbourhood.kind.louyuan', swatch: building(PALETTE.neighbourhoodLouyuan, PALETTE.neighbourhoodOutline) },
    ],
  },
  {
    layer: 'buildings',
    swatch: building(PALETTE.buildingResidential, PALETTE.buildingResidentialOutline),
    minZoom: TILE_MIN_ZOOM.buildings,
    categories: [
      { label: 'building.use.residential', swatch: building(PALETTE.buildingResidential, PALETTE.buildingResidentialOutline) },
      { label: 'building.use.shop', swatch: building(PALETTE.buildingShop, PALETTE.buildingShopOutline) },
      { label: 'building.use.public', swatch: building(PALETTE.buildingPublic, PALETTE.buildingPublicOutline) },
      { label: 'building.status.new', swatch: building(PALETTE.buildingNew, PALETTE.buildingNewOutline) },
      {
        label: 'building.status.slated_demolition',
        swatch: { type: 'hatch', color: PALETTE.buildingSlated, outline: PALETTE.buildingSlatedOutline, hatch: PALETTE.buildingSlatedHatch },
      },
    ],
  },
  { layer: 'leads', swatch: { type: 'star' }, minZoom: TILE_MIN_ZOOM.leads, categories: [] },
];

/** Basemap entries (always on). */
export const BASEMAP_ENTRIES: LegendCategory[] = [
  { label: 'legend.roads', swatch: { type: 'line', color: PALETTE.roadFill, width: 5, casing: PALETTE.roadCasing } },
  { label: 'legend.water', swatch: building(PALETTE.water, PALETTE.waterOutline) },
];
