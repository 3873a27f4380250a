/**
 * Row shapes as SQLite returns them (snake_case columns, geometry as GeoJSON text,
 * booleans as 0/1). Kept apart from the API types in `shared/`; repositories translate.
 */

/** A layer query row: the geometry text plus the feature's property columns. */
export interface FeatureRow {
  id: number;
  geom: string;
  [column: string]: string | number | null;
}

export interface SubdistrictRow {
  id: number;
  code: string;
  name: string;
  name_en: string;
  min_lng: number;
  min_lat: number;
  max_lng: number;
  max_lat: number;
}

export interface CountsRow {
  communities: number;
  branches: number;
  buildings: number;
  members: number;
}
