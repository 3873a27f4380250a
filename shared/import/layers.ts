/**
 * The layers that can be imported and exported, and the shape of geometry each one holds.
 * Names follow `shared/api.ts` where a layer is also a map layer; `members`, `liaisons` and
 * `zones` (demolition zones) are import/export only.
 */

export const DATA_LAYERS = [
  'communities',
  'branches',
  'neighbourhoods',
  'buildings',
  'roads',
  'water',
  'members',
  'leads',
  'liaisons',
  'zones',
] as const;
export type DataLayer = (typeof DATA_LAYERS)[number];

/**
 * - `area`: Polygon or MultiPolygon, stored as given;
 * - `polygon`: one Polygon per row (a building footprint): multi-part shapes are split;
 * - `line`: LineString or MultiLineString; `point`: Point; `none`: a table without geometry.
 */
export type GeometryKind = 'area' | 'polygon' | 'line' | 'point' | 'none';

export const LAYER_GEOMETRY: Record<DataLayer, GeometryKind> = {
  communities: 'area',
  branches: 'area',
  neighbourhoods: 'area',
  buildings: 'polygon',
  roads: 'line',
  water: 'area',
  members: 'none',
  leads: 'point',
  liaisons: 'none',
  zones: 'area',
};

/** Layers holding personal data: only an administrator may import them. */
export const PERSONAL_LAYERS: readonly DataLayer[] = ['members'];

/** Whether `text` names a layer (also accepting a few everyday synonyms such as `grids`). */
export function parseLayer(text: string): DataLayer | null {
  const t = text.trim().toLowerCase();
  const synonyms: Record<string, DataLayer> = {
    grids: 'branches', grid_branches: 'branches', 'grid-branches': 'branches', household_leads: 'leads', 'household-leads': 'leads',
    demolition_zones: 'zones', 'demolition-zones': 'zones', community: 'communities', building: 'buildings', member: 'members',
  };
  return (DATA_LAYERS as readonly string[]).includes(t) ? (t as DataLayer) : synonyms[t] ?? null;
}
