/**
 * The paint that changes with the colour mode (`ColourMode`): grid fills, building fills and
 * outlines, neighbourhood fills. The style is built with one mode's paint and the map adapter
 * swaps paint properties, not layers, when the user switches, so nothing is refetched.
 */
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import { COVERAGE_CLASS_EDGES } from '../../../../shared/dashboard/coverage-classes';
import type { FreshnessCutoffs } from '../../../../shared/freshness-cutoffs';
import type { ColourMode } from '../../layers';
import { PALETTE } from '../palette';
import { zoomRamp } from './common';

type FillPaint = NonNullable<FillLayerSpecification['paint']>;
type LinePaint = NonNullable<LineLayerSpecification['paint']>;

/** Paint per style layer that depends on the colour mode. */
export interface ModePaint {
  'neighbourhood-fill': FillPaint;
  'branch-fill': FillPaint;
  'building-fill': FillPaint;
  'building-outline': LinePaint;
}

/** From this zoom buildings are coloured by coverage state; below it they stay quiet. */
export const BUILDING_STATE_ZOOM = 16;

/** A building status test, e.g. `status('demolished')`. */
export const status = (value: string): ExpressionSpecification => ['==', ['get', 'status'], value];

const isState = (value: string): ExpressionSpecification => ['==', ['get', 'coverageState'], value];

/**
 * The coverage class colour of a feature's `coverage` (0..1): a `step` over the shared class
 * edges, so an edge value takes the class above, exactly as `coverageClassOf` does. Grey when
 * there is no figure (vector tiles drop the null of a grid without households).
 */
export function coverageColor(): ExpressionSpecification {
  const [first, ...rest] = PALETTE.coverageRamp;
  const steps = COVERAGE_CLASS_EDGES.flatMap((edge, i) => [edge, rest[i] ?? first]);
  return [
    'case',
    ['==', ['typeof', ['get', 'coverage']], 'number'],
    ['step', ['get', 'coverage'], first, ...steps],
    PALETTE.coverageNone,
  ] as ExpressionSpecification;
}

/** A building's colour by coverage state (shops and public buildings have no households). */
export function buildingStateColor(): ExpressionSpecification {
  return [
    'match', ['get', 'coverageState'],
    'covered', PALETTE.buildingCovered,
    'partly_covered', PALETTE.buildingPartly,
    'resident_only', PALETTE.buildingResidentOnly,
    'gap', PALETTE.buildingGap,
    PALETTE.buildingNoHouseholds,
  ];
}

/** Grids cycle through soft hues by id so neighbours usually differ. */
const branchHue: ExpressionSpecification = [
  'to-color',
  ['at', ['%', ['get', 'id'], PALETTE.branchFills.length], ['literal', [...PALETTE.branchFills]]],
];

const buildingUseColor: ExpressionSpecification = [
  'case',
  status('slated_demolition'), PALETTE.buildingSlated,
  status('new'), PALETTE.buildingNew,
  ['match', ['get', 'use'], 'shop', PALETTE.buildingShop, 'public', PALETTE.buildingPublic, PALETTE.buildingResidential],
];

const buildingUseOutline: ExpressionSpecification = [
  'case',
  status('slated_demolition'), PALETTE.buildingSlatedOutline,
  status('new'), PALETTE.buildingNewOutline,
  ['match', ['get', 'use'], 'shop', PALETTE.buildingShopOutline, 'public', PALETTE.buildingPublicOutline, PALETTE.buildingResidentialOutline],
];

const demolishedFaint: ExpressionSpecification = ['case', status('demolished'), 0.25, 1];

/**
 * A building's colour by the age of its last verification (`verifiedOn`, YYYY-MM-DD, absent in
 * tiles when never verified): day strings compare in calendar order, so the cut-off days of
 * `shared/freshness-cutoffs.ts` class them exactly as `freshness()` does.
 */
export function buildingFreshnessColor(cutoffs: FreshnessCutoffs): ExpressionSpecification {
  const day: ExpressionSpecification = ['to-string', ['get', 'verifiedOn']];
  return [
    'case',
    ['!=', ['typeof', ['get', 'verifiedOn']], 'string'], PALETTE.freshness.never,
    ['<=', day, cutoffs.lost], PALETTE.freshness.lost,
    ['<=', day, cutoffs.stale], PALETTE.freshness.stale,
    PALETTE.freshness.fresh,
  ];
}

/** The mode-dependent paint of every affected layer; the freshness mode needs today's cut-off days. */
export function modePaint(mode: ColourMode, cutoffs?: FreshnessCutoffs): ModePaint {
  if (mode === 'freshness') {
    if (!cutoffs) throw new Error('The freshness colour mode needs the cut-off days (freshnessCutoffs).');
    return {
      'neighbourhood-fill': { 'fill-opacity': 0 },
      // Grids stay outlined but unfilled: the buildings' colours carry the message.
      'branch-fill': { 'fill-color': PALETTE.land, 'fill-opacity': 0 },
      'building-fill': { 'fill-color': buildingFreshnessColor(cutoffs), 'fill-opacity': demolishedFaint },
      'building-outline': { 'line-color': PALETTE.freshnessOutline },
    };
  }
  if (mode === 'grid') {
    return {
      'neighbourhood-fill': { 'fill-opacity': 1 },
      'branch-fill': { 'fill-color': branchHue, 'fill-opacity': zoomRamp([[11, 0.3], [15, 0.2], [17, 0.12]]) },
      'building-fill': { 'fill-color': buildingUseColor, 'fill-opacity': demolishedFaint },
      'building-outline': { 'line-color': buildingUseOutline },
    };
  }
  return {
    // The choropleth carries the message; compound tints would muddy its colours.
    'neighbourhood-fill': { 'fill-opacity': 0 },
    'branch-fill': { 'fill-color': coverageColor(), 'fill-opacity': zoomRamp([[11, 0.82], [15.5, 0.72], [17, 0.4]]) },
    'building-fill': {
      'fill-color': ['step', ['zoom'], PALETTE.buildingQuiet, BUILDING_STATE_ZOOM, buildingStateColor()],
      'fill-opacity': [
        'interpolate', ['linear'], ['zoom'],
        15, ['case', status('demolished'), 0.1, 0.35],
        BUILDING_STATE_ZOOM, demolishedFaint,
      ],
    },
    'building-outline': {
      'line-color': ['case', isState('gap'), PALETTE.buildingGapOutline, buildingUseOutline],
    },
  };
}
