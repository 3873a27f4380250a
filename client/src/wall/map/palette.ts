/**
 * Colours of the wall's dark theme, shared by its map style, legend and charts so they can
 * never disagree. Dark ground, light type, and a coverage ramp that gets lighter as coverage
 * rises (the order survives colour-vision deficiencies and a dimmed room); red stays for gaps.
 */
export const WALL_PALETTE = {
  ground: '#08111f',
  panel: '#0f1a2e',
  panelEdge: '#223454',
  text: '#eef3fb',
  muted: '#9db0cc',

  land: '#0b1627',
  water: '#0f2d4d',
  waterLabel: '#6f9dcc',
  road: '#24344d',
  roadMajor: '#34496a',
  roadLabel: '#8ea3c2',

  building: '#1b2a42',
  buildingOutline: '#30466a',
  neighbourhoodOutline: '#3f587e',
  neighbourhoodLabel: '#a9bbd6',

  branchOutline: '#8193b8',
  branchLabel: '#d5def0',

  community: '#f3c95c',
  communityCasing: '#08111f',
  communityLabel: '#fff4d6',
  /** The community the tour is on: brighter and thicker than the others. */
  focus: '#ffffff',
  /** Everything outside the community on screen is dimmed with this. */
  dim: '#050a14',

  /** Coverage classes, lowest first (shared/dashboard/coverage-classes.ts). */
  coverageRamp: ['#4b2a7b', '#3a5a9c', '#23898f', '#4fb86a', '#d9e35a'],
  coverageNone: '#3a4250',

  gap: '#ff5a4f',
  zone: '#ff9f1c',
  alertBranch: '#ffb020',
  pulse: '#5ee7ff',

  good: '#4fd18b',
  warn: '#ffb020',
  alert: '#ff5a4f',
  accent: '#5ee7ff',
  party: '#e5322d',
} as const;
