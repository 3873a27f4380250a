/**
 * What the legend lists, in order: each thematic layer with its swatch, the zoom from which it
 * appears and the categories its colours tell apart, which depend on the colour mode. In coverage
 * mode the grid entry carries the coverage ramp (drawn by `RampLegend`).
 */
import { TILE_MIN_ZOOM } from '../../../shared/api';
import type { MessageKey, MessageVars } from '../i18n';
import type { ColourMode, ThematicLayer } from '../layers';
import { PALETTE } from '../map/palette';
import type { SwatchKind } from './Swatch';

export interface LegendCategory {
  label: MessageKey;
  /** Placeholder values of the label (the freshness classes name their months). */
  vars?: MessageVars;
  swatch: SwatchKind;
}

/** The freshness thresholds in months, as the legend names them. */
export interface FreshnessMonths {
  stale: number;
  lost: number;
}

export interface LegendEntry {
  layer: ThematicLayer;
  swatch: SwatchKind;
  /** Lowest zoom at which the layer is drawn (communities come whole, so from the start). */
  minZoom: number;
  categories: LegendCategory[];
  /** Show the coverage ramp under this entry. */
  ramp?: boolean;
}

const fill = (color: string, outline: string): SwatchKind => ({ type: 'fill', color, outline });

const GAP: LegendCategory = {
  label: 'legend.gap',
  swatch: { type: 'hatch', color: '#ffffff', outline: PALETTE.gapOutline, hatch: PALETTE.gapHatch },
};

const SLATED: LegendCategory = {
  label: 'building.status.slated_demolition',
  swatch: { type: 'hatch', color: PALETTE.buildingSlated, outline: PALETTE.buildingSlatedOutline, hatch: PALETTE.buildingSlatedHatch },
};

const BUILDING_USES: LegendCategory[] = [
  { label: 'building.use.residential', swatch: fill(PALETTE.buildingResidential, PALETTE.buildingResidentialOutline) },
  { label: 'building.use.shop', swatch: fill(PALETTE.buildingShop, PALETTE.buildingShopOutline) },
  { label: 'building.use.public', swatch: fill(PALETTE.buildingPublic, PALETTE.buildingPublicOutline) },
  { label: 'building.status.new', swatch: fill(PALETTE.buildingNew, PALETTE.buildingNewOutline) },
  SLATED,
];

const BUILDING_STATES: LegendCategory[] = [
  { label: 'coverage.state.covered', swatch: fill(PALETTE.buildingCovered, PALETTE.buildingResidentialOutline) },
  { label: 'coverage.state.partly_covered', swatch: fill(PALETTE.buildingPartly, PALETTE.buildingResidentialOutline) },
  { label: 'coverage.state.resident_only', swatch: fill(PALETTE.buildingResidentOnly, PALETTE.buildingResidentialOutline) },
  { label: 'coverage.state.gap', swatch: fill(PALETTE.buildingGap, PALETTE.buildingGapOutline) },
  { label: 'coverage.state.no_households', swatch: fill(PALETTE.buildingNoHouseholds, PALETTE.buildingResidentialOutline) },
  SLATED,
];

const freshnessStates = (months: FreshnessMonths): LegendCategory[] =>
  (['fresh', 'stale', 'lost', 'never'] as const).map((c) => ({
    label: `freshness.${c}`,
    vars: { ...months },
    swatch: fill(PALETTE.freshness[c], PALETTE.freshnessOutline),
  }));

const DEFAULT_MONTHS: FreshnessMonths = { stale: 3, lost: 6 };

/** The legend's entries for a colour mode (`months`: the freshness thresholds the mode uses). */
export function legendEntries(mode: ColourMode, months: FreshnessMonths = DEFAULT_MONTHS): LegendEntry[] {
  const coverage = mode === 'coverage';
  if (mode === 'freshness') {
    return legendEntries('grid').map((entry) => {
      if (entry.layer === 'branches') return { ...entry, swatch: { type: 'fill', color: '#ffffff', outline: PALETTE.branchOutline } };
      if (entry.layer === 'neighbourhoods') return { ...entry, categories: [GAP] };
      if (entry.layer === 'buildings') return { ...entry, categories: freshnessStates(months) };
      return entry;
    });
  }
  return [
    { layer: 'communities', swatch: { type: 'line', color: PALETTE.communityLine, width: 3.5, casing: PALETTE.communityCasing }, minZoom: 0, categories: [] },
    {
      layer: 'branches',
      swatch: coverage
        ? { type: 'fill', color: PALETTE.coverageRamp[2], outline: PALETTE.branchOutline }
        : { type: 'fill', color: PALETTE.branchFills[0], outline: PALETTE.branchOutline, opacity: 0.55 },
      minZoom: TILE_MIN_ZOOM.branches,
      categories: [],
      ramp: coverage,
    },
    {
      layer: 'neighbourhoods',
      swatch: { type: 'dashed', color: PALETTE.neighbourhoodOutline },
      minZoom: TILE_MIN_ZOOM.neighbourhoods,
      categories: coverage
        ? [GAP]
        : [
            { label: 'neighbourhood.kind.xiaoqu', swatch: fill(PALETTE.neighbourhoodXiaoqu, PALETTE.neighbourhoodOutline) },
            { label: 'neighbourhood.kind.louyuan', swatch: fill(PALETTE.neighbourhoodLouyuan, PALETTE.neighbourhoodOutline) },
            GAP,
          ],
    },
    {
      layer: 'buildings',
      swatch: fill(PALETTE.buildingResidential, PALETTE.buildingResidentialOutline),
      minZoom: TILE_MIN_ZOOM.buildings,
      categories: coverage ? BUILDING_STATES : BUILDING_USES,
    },
    { layer: 'leads', swatch: { type: 'star' }, minZoom: TILE_MIN_ZOOM.leads, categories: [] },
  ];
}

/** Basemap entries (always on). */
export const BASEMAP_ENTRIES: LegendCategory[] = [
  { label: 'legend.roads', swatch: { type: 'line', color: PALETTE.roadFill, width: 5, casing: PALETTE.roadCasing } },
  { label: 'legend.water', swatch: fill(PALETTE.water, PALETTE.waterOutline) },
];
