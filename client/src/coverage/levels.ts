/**
 * How the dashboard's units (`CoverageLevel`) relate to the map: which thematic layer draws a
 * unit, which unit a clicked feature opens, and how far the map may zoom in to show one.
 */
import type { CoverageLevel } from '../../../shared/api';
import type { ThematicLayer } from '../layers';

/** A unit of the dashboard, as `GET /api/coverage?level=…&id=…` names it. */
export interface UnitKey {
  level: CoverageLevel;
  id: number;
}

/** The map layer drawing each level; the sub-district is the whole map and has none. */
export const LAYER_OF_LEVEL: Record<CoverageLevel, ThematicLayer | null> = {
  subdistrict: null,
  community: 'communities',
  branch: 'branches',
  neighbourhood: 'neighbourhoods',
  building: 'buildings',
};

/** The unit a click on a feature of each layer opens; household-leads open none (popup only). */
export const LEVEL_OF_LAYER: Record<ThematicLayer, CoverageLevel | null> = {
  communities: 'community',
  branches: 'branch',
  neighbourhoods: 'neighbourhood',
  buildings: 'building',
  leads: null,
};

/**
 * Highest zoom used when fitting the map to a unit: a building's box is tiny, and zooming to
 * fill the screen with it would lose the street it stands on.
 */
export const MAX_FIT_ZOOM: Record<CoverageLevel, number> = {
  subdistrict: 16.5,
  community: 17.5,
  branch: 18,
  neighbourhood: 18,
  building: 18.2,
};

/** Whether two keys name the same unit. */
export function sameUnit(a: UnitKey | null, b: UnitKey | null): boolean {
  return a !== null && b !== null && a.level === b.level && a.id === b.id;
}

/** The unit a clicked feature of `layer` opens, from its properties, or null. */
export function unitOfFeature(layer: ThematicLayer, props: Record<string, unknown>): UnitKey | null {
  const level = LEVEL_OF_LAYER[layer];
  const id = props.id;
  return level && typeof id === 'number' ? { level, id } : null;
}
