/**
 * The thematic (clickable, toggleable) layers the client shows over the basemap, in the order the
 * legend lists them and, reversed, the order a click prefers them (a lead sits on a building,
 * which sits in a neighbourhood, in a grid, in a community).
 */
import type { LayerName } from '../../shared/api';

export const THEMATIC_LAYERS = ['communities', 'branches', 'neighbourhoods', 'buildings', 'leads'] as const satisfies readonly LayerName[];
export type ThematicLayer = (typeof THEMATIC_LAYERS)[number];

/** Type guard for layer names read back from MapLibre layer metadata. */
export function isThematicLayer(value: unknown): value is ThematicLayer {
  return typeof value === 'string' && (THEMATIC_LAYERS as readonly string[]).includes(value);
}

/** Every thematic layer switched on: what a first-time visitor sees. */
export function allLayersVisible(): Record<ThematicLayer, boolean> {
  return { communities: true, branches: true, neighbourhoods: true, buildings: true, leads: true };
}

export const COLOUR_MODES = ['coverage', 'grid', 'freshness'] as const;
/**
 * What the area colours say: `coverage` (the default) colours grids by coverage class and, at
 * street zoom, buildings by coverage state; `grid` tells neighbouring grids apart by hue and
 * buildings by use, as a plain reference map; `freshness` colours buildings by the age of their
 * last verification (green, amber, red, grey for never).
 */
export type ColourMode = (typeof COLOUR_MODES)[number];
