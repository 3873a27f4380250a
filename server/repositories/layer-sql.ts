/**
 * The SQL behind each map layer: one SELECT per layer returning `id`, `geom` (GeoJSON text)
 * and the property columns of `shared/api.ts` in snake_case. `{{filter}}` is replaced by
 * either nothing or an R*Tree box test, so the same query serves whole layers and tiles.
 *
 * Only current rows (valid_to IS NULL) are shown. Figures (households of a grid, members,
 * leads, coverage) are not counted here but added from the coverage model, so a layer, a
 * tile and the coverage API always give the same number.
 *
 * Layers that change with the grid's history also have a `past` SELECT showing the map as it
 * stood on a day `@asOf` (see server/planner/as-of-sql.ts): grids, buildings with that day's
 * status (demolished ones left out, as today), and the leads who were active members living in their lead building then
 * (`leadServes` in shared/coverage/types.ts; the leads layer draws only those).
 */
import type { LayerName } from '../../shared/api';
import { branchExistsOn, branchHistoryOn, buildingBranchOn, buildingExistsOn, memberBranchOn, memberBuildingOn, memberStatusOn } from '../planner/as-of-sql';

interface LayerSql {
  /** The table whose R*Tree (`<table>_rtree`) filters the layer by box. */
  table: string;
  /** Alias of that table in `select`. */
  alias: string;
  select: string;
  /** The SELECT for a past day; `box` names the box columns when they are not the R*Tree's. */
  past?: { select: string; box?: { minLng: string; minLat: string; maxLng: string; maxLat: string } };
}

/** Columns of branch `g` as they were on `@asOf` (its history row `h`, else current). */
const pastBranch = (column: string): string => `coalesce(h.${column}, g.${column})`;

const ACTIVE = "m.status = 'active'";

export const LAYER_SQL: Record<LayerName, LayerSql> = {
  communities: {
    table: 'community',
    alias: 'c',
    select: `
      SELECT c.id, c.boundary AS geom, c.code, c.name, c.name_en,
        (SELECT count(*) FROM grid_branch g WHERE g.community_id = c.id AND g.valid_to IS NULL) AS branches
      FROM community c WHERE 1 = 1 {{filter}} ORDER BY c.code`,
    past: {
      select: `
      SELECT c.id, c.boundary AS geom, c.code, c.name, c.name_en,
        (SELECT count(*) FROM grid_branch g WHERE g.community_id = c.id AND ${branchExistsOn('g')}) AS branches
      FROM community c WHERE 1 = 1 {{filter}} ORDER BY c.code`,
    },
  },
  branches: {
    table: 'grid_branch',
    alias: 'g',
    select: `
      SELECT g.id, g.polygon AS geom, g.code, g.name, g.community_id, c.name AS community_name,
        (g.secretary_member_id IS NOT NULL) AS has_secretary, g.valid_from
      FROM grid_branch g JOIN community c ON c.id = g.community_id
      WHERE g.valid_to IS NULL {{filter}} ORDER BY g.code`,
    past: {
      select: `
      SELECT g.id, ${pastBranch('polygon')} AS geom, ${pastBranch('code')} AS code, ${pastBranch('name')} AS name, g.community_id, c.name AS community_name,
        (g.secretary_member_id IS NOT NULL) AS has_secretary, ${pastBranch('valid_from')} AS valid_from
      FROM grid_branch g JOIN community c ON c.id = g.community_id LEFT JOIN grid_branch_history h ON ${branchHistoryOn('g')}
      WHERE ${branchExistsOn('g')} {{filter}} ORDER BY 3`,
      box: { minLng: pastBranch('min_lng'), minLat: pastBranch('min_lat'), maxLng: pastBranch('max_lng'), maxLat: pastBranch('max_lat') },
    },
  },
  neighbourhoods: {
    table: 'neighbourhood',
    alias: 'n',
    select: `
      SELECT n.id, n.polygon AS geom, n.name, n.kind, n.community_id, c.name AS community_name
      FROM neighbourhood n JOIN community c ON c.id = n.community_id
      WHERE 1 = 1 {{filter}} ORDER BY n.id`,
  },
  buildings: {
    table: 'building',
    alias: 'b',
    select: `
      SELECT b.id, b.footprint AS geom, b.address, b.floors, b.households, b.residents, b.use, b.status,
        b.neighbourhood_id, n.name AS neighbourhood_name, g.id AS branch_id, g.code AS branch_code, v.verified_on
      FROM building b
        LEFT JOIN verification v ON v.target_kind = 'building' AND v.target_id = b.id
        LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
        LEFT JOIN grid_branch g ON g.id = b.branch_id AND g.valid_to IS NULL
      WHERE b.valid_to IS NULL AND b.status != 'demolished' {{filter}} ORDER BY b.id`,
    past: {
      select: `
      SELECT b.id, b.footprint AS geom, b.address, b.floors, b.households, b.residents, b.use,
        coalesce((SELECT s.status FROM building_status_history s WHERE s.building_id = b.id AND s.valid_from <= @asOf AND (s.valid_to IS NULL OR s.valid_to > @asOf)), b.status) AS status,
        b.neighbourhood_id, n.name AS neighbourhood_name, g.id AS branch_id, ${pastBranch('code')} AS branch_code, v.verified_on
      FROM building b
        LEFT JOIN verification v ON v.target_kind = 'building' AND v.target_id = b.id
        LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
        LEFT JOIN grid_branch g ON g.id = ${buildingBranchOn('b')} AND ${branchExistsOn('g')}
        LEFT JOIN grid_branch_history h ON ${branchHistoryOn('g')}
      WHERE ${buildingExistsOn('b')} {{filter}} ORDER BY b.id`,
    },
  },
  leads: {
    table: 'household_lead',
    alias: 'l',
    select: `
      SELECT l.id, json_object('type', 'Point', 'coordinates', json_array(l.lng, l.lat)) AS geom,
        l.building_id, b.address, m.branch_id, g.code AS branch_code,
        (SELECT coalesce(sum(k.households), 0) FROM lead_link k WHERE k.lead_id = l.id) AS linked_households,
        (SELECT count(*) FROM lead_link k WHERE k.lead_id = l.id) AS linked_buildings
      FROM household_lead l
        JOIN member m ON m.id = l.member_id
        JOIN building b ON b.id = l.building_id
        LEFT JOIN grid_branch g ON g.id = m.branch_id AND g.valid_to IS NULL
      WHERE ${ACTIVE} AND m.building_id = l.building_id {{filter}} ORDER BY l.id`,
    past: {
      select: `
      SELECT l.id, json_object('type', 'Point', 'coordinates', json_array(l.lng, l.lat)) AS geom,
        l.building_id, b.address, ${memberBranchOn('m')} AS branch_id, ${pastBranch('code')} AS branch_code,
        (SELECT coalesce(sum(k.households), 0) FROM lead_link k WHERE k.lead_id = l.id) AS linked_households,
        (SELECT count(*) FROM lead_link k WHERE k.lead_id = l.id) AS linked_buildings
      FROM household_lead l
        JOIN member m ON m.id = l.member_id
        JOIN building b ON b.id = l.building_id
        LEFT JOIN grid_branch g ON g.id = ${memberBranchOn('m')} AND ${branchExistsOn('g')}
        LEFT JOIN grid_branch_history h ON ${branchHistoryOn('g')}
      WHERE ${memberStatusOn('m')} = 'active' AND ${memberBuildingOn('m')} = l.building_id {{filter}} ORDER BY l.id`,
    },
  },
  roads: {
    table: 'road',
    alias: 'r',
    select: 'SELECT r.id, r.geometry AS geom, r.name, r.kind FROM road r WHERE 1 = 1 {{filter}} ORDER BY r.id',
  },
  water: {
    table: 'water',
    alias: 'w',
    select: 'SELECT w.id, w.geometry AS geom, w.name FROM water w WHERE 1 = 1 {{filter}} ORDER BY w.id',
  },
};

/**
 * The layer's SELECT, with or without the box filter (parameters :minLng …): the R*Tree, or
 * the past box columns. With `past`, the grid as it stood on `@asOf` where the layer has history.
 */
export function layerQuery(layer: LayerName, withBBox: boolean, past = false): string {
  const { table, alias, select } = LAYER_SQL[layer];
  const then = past ? LAYER_SQL[layer].past : undefined;
  const box = then?.box;
  const filter = !withBBox
    ? ''
    : box
      ? `AND ${box.maxLng} >= :minLng AND ${box.minLng} <= :maxLng AND ${box.maxLat} >= :minLat AND ${box.minLat} <= :maxLat`
      : `AND ${alias}.id IN (SELECT id FROM ${table}_rtree
         WHERE max_lng >= :minLng AND min_lng <= :maxLng AND max_lat >= :minLat AND min_lat <= :maxLat)`;
  return (then?.select ?? select).replace('{{filter}}', filter);
}
