/**
 * The database lookups an import needs to place its rows: codes, names and addresses to
 * ids, and spatial joins (which current grid, neighbourhood or community holds a point),
 * filtered through the R*Tree and decided by point-in-polygon on the stored geometry.
 * Parsed polygons are cached for the length of one import.
 */
import * as turf from '@turf/turf';
import type { Database, Statement } from 'better-sqlite3';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
type SpatialTable = 'community' | 'grid_branch' | 'neighbourhood' | 'building';

const GEOMETRY_COLUMN: Record<SpatialTable, string> = { community: 'boundary', grid_branch: 'polygon', neighbourhood: 'polygon', building: 'footprint' };
const CURRENT: Record<SpatialTable, string> = { community: '', grid_branch: 'AND t.valid_to IS NULL', neighbourhood: '', building: 'AND t.valid_to IS NULL' };

/**
 * A point inside `g` for joining it to the areas around it: for a footprint the mean of its
 * outer ring's vertices (fast, and inside any building shape that matters); for larger areas
 * turf's point-on-surface, which is always inside.
 */
export function anchorPoint(g: Geometry, fast: boolean): [number, number] {
  if (g.type === 'Point') return [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0];
  if (fast && g.type === 'Polygon') {
    const ring = g.coordinates[0] as Position[];
    let x = 0;
    let y = 0;
    const n = Math.max(1, ring.length - 1);
    for (let i = 0; i < n; i++) {
      x += ring[i]?.[0] ?? 0;
      y += ring[i]?.[1] ?? 0;
    }
    return [x / n, y / n];
  }
  const p = turf.pointOnFeature(turf.feature(g)).geometry.coordinates;
  return [p[0] ?? 0, p[1] ?? 0];
}

export interface Lookups {
  /** The id of the row of `table` with primary key `id`, if it exists (current rows for buildings and grids). */
  exists(table: string, id: number): boolean;
  /** Id by a unique text column (e.g. community code); null when none, 'many' when not unique. */
  idBy(table: string, column: string, value: string): number | null | 'many';
  /** The current row of `table` whose area holds `[lng, lat]`, or null. */
  containing(table: SpatialTable, point: readonly [number, number]): number | null;
  /** A row's selected columns, or undefined. */
  row<T>(sql: string, ...params: unknown[]): T | undefined;
}

export function lookups(db: Database): Lookups {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  const areas = new Map<string, Area>();
  const current = (table: string): string => (table === 'building' || table === 'grid_branch' ? ' AND valid_to IS NULL' : '');
  return {
    exists(table, id) {
      return prepared(`SELECT 1 FROM ${table} WHERE id = ?${current(table)}`).get(id) !== undefined;
    },
    idBy(table, column, value) {
      const ids = prepared(`SELECT id FROM ${table} WHERE ${column} = ?${current(table)} LIMIT 2`).pluck().all(value) as number[];
      return ids.length === 0 ? null : ids.length > 1 ? 'many' : (ids[0] as number);
    },
    containing(table, [lng, lat]) {
      const rows = prepared(`SELECT t.id, t.${GEOMETRY_COLUMN[table]} AS g FROM ${table} t
        WHERE t.id IN (SELECT id FROM ${table}_rtree WHERE min_lng <= @lng AND max_lng >= @lng AND min_lat <= @lat AND max_lat >= @lat)
        ${CURRENT[table]} ORDER BY t.id`).all({ lng, lat }) as { id: number; g: string }[];
      for (const r of rows) {
        const key = `${table}:${r.id}`;
        let area = areas.get(key);
        if (!area) {
          area = JSON.parse(r.g) as Area;
          areas.set(key, area);
        }
        if (turf.booleanPointInPolygon([lng, lat], area)) return r.id;
      }
      return null;
    },
    row<T>(sql: string, ...params: unknown[]) {
      return prepared(sql).get(...params) as T | undefined;
    },
  };
}
