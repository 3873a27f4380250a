/**
 * Map colours, shared by the style and the legend so the two can never disagree.
 * A light, low-saturation basemap keeps the thematic layers (red communities, purple grids,
 * red household-leads) readable on a wall display and on a desk screen alike.
 */
export const PALETTE = {
  land: '#f4f2ed',
  water: '#b7d3e9',
  waterOutline: '#8fb6d6',
  waterLabel: '#3e6f98',

  roadFill: '#ffffff',
  roadMajorFill: '#fffaf0',
  roadCasing: '#cbc3b6',
  pathLine: '#b9ad9a',
  roadLabel: '#4f4a42',

  buildingResidential: '#e3dbcd',
  buildingResidentialOutline: '#ab9d87',
  buildingShop: '#f1d1a8',
  buildingShopOutline: '#c29360',
  buildingPublic: '#ccd9e8',
  buildingPublicOutline: '#8099b6',
  buildingNew: '#dce8d2',
  buildingNewOutline: '#8fab7a',
  buildingSlated: '#f4d9d4',
  buildingSlatedOutline: '#b8453c',
  buildingSlatedHatch: '#c8473d',
  buildingDemolishedOutline: '#b3aba1',
  buildingShadow: '#cbc1b2',
  /** A demolished building's plot (drawn from the zone's record, not the tiles): a grey ghost. */
  buildingDemolishedFill: '#d6d1c9',

  /** Demolition zones by stage: orange while people live there, grey once cleared, green when done. */
  zoneStages: { announced: '#e69138', moving_out: '#cc4125', cleared: '#7f7f7f', rebuilt: '#6aa84f', resettled: '#6aa84f' },

  neighbourhoodXiaoqu: '#e9eedf',
  neighbourhoodLouyuan: '#efe8dc',
  neighbourhoodOutline: '#857660',
  neighbourhoodLabel: '#6b5c46',

  /** Grids are told apart by a cycle of soft hues; the purple outline says "grid". */
  branchFills: ['#8e7cc3', '#6fa8dc', '#93c47d', '#f6b26b', '#e06666', '#76a5af', '#c27ba0', '#ffd966'],
  branchOutline: '#5b3f8c',
  branchLabel: '#3f2a66',

  communityLine: '#9e1b2f',
  communityCasing: '#ffffff',
  communityLabel: '#8a1526',

  lead: '#d7261e',
  leadHalo: '#ffffff',

  /**
   * Coverage ramp, lowest class first (see shared/dashboard/coverage-classes.ts): yellow → green
   * → blue with lightness falling steadily, so the order survives every colour-vision deficiency
   * and a greyscale print. Red stays free for gaps.
   */
  coverageRamp: ['#fbe77a', '#b5dd9c', '#5cbdb9', '#2f83b8', '#27348b'],
  /** A grid with no households has no coverage at all: neutral grey, not the lowest class. */
  coverageNone: '#c4c1bb',

  /** Gap neighbourhoods (空白小区): red hatch and outline, above any fill. */
  gapHatch: '#d32f2f',
  gapOutline: '#c62828',
  /** The gap being stepped to. */
  gapCurrent: '#8e0000',

  /** Buildings by coverage state at street zoom. */
  buildingCovered: '#2f83b8',
  buildingPartly: '#8fd0c4',
  buildingResidentOnly: '#fbe77a',
  buildingGap: '#f6c1bd',
  buildingGapOutline: '#c62828',
  buildingNoHouseholds: '#dedad3',
  /**
   * Age of a building's last verification (and of a member's last contact): green under 3
   * months, amber 3–6, red 6 and over, grey never. Lightness falls green → amber → red as well,
   * so a greyscale print still orders them.
   */
  freshness: { fresh: '#3a9d4f', stale: '#f0a21a', lost: '#d0342c', never: '#d6d2ca' },
  freshnessOutline: '#6d665b',
  /** Buildings while the whole sub-district is in view: quiet, so the grid choropleth reads. */
  buildingQuiet: '#fbfaf7',

  /** The unit the dashboard shows: a dark line on a white casing reads on every ramp colour. */
  focus: '#1b1f3b',
  focusCasing: '#ffffff',

  selected: '#ffb000',
  textHalo: '#ffffff',
} as const;
