/**
 * The rows of each layer as exported: the importable fields under their import names (so an
 * export re-imports with no mapping step), then the figures the coverage model computes for
 * the map (households, reached, coverage…), which an import ignores. Current rows only.
 *
 * Personal data follows the caller's role (shared/auth/roles.ts): member ids appear only for
 * roles with personal-data access; the members layer is scoped and masked by the caller.
 */
import type { Database } from 'better-sqlite3';
import { coverageEnricher } from '../services/layer-figures';
import type { CoverageService } from '../services/coverage';
import type { LayerProps } from '../repositories/layers';
import type { LayerName } from '../../shared/api';
import type { DataLayer } from '../../shared/import/layers';
import { maskPhone } from '../../shared/auth/roles';

export type ExportValue = string | number | boolean | null;

export interface ExportRow {
  id: number;
  /** Stored GeoJSON text (WGS-84), or null for layers without geometry. */
  geom: string | null;
  properties: Record<string, ExportValue>;
}

/** Who is exporting: `personal` when the role may see member ids; `branchScope` limits members to a secretary's branch. */
export interface ExportScope {
  personal: boolean;
  maskPhones: boolean;
  branchScope: number | null;
}

const LINKS = "(SELECT group_concat(k.building_id || ':' || k.households, ';') FROM (SELECT * FROM lead_link WHERE lead_id = l.id ORDER BY building_id) k)";

const SQL: Record<DataLayer, string> = {
  communities: `SELECT c.id, c.boundary AS geom, c.code, c.name, c.name_en, c.party_org_level,
      (SELECT count(*) FROM grid_branch g WHERE g.community_id = c.id AND g.valid_to IS NULL) AS branches
    FROM community c ORDER BY c.id`,
  branches: `SELECT g.id, g.polygon AS geom, g.code, g.name, c.code AS community_code, c.name AS community_name,
      g.secretary_member_id, g.valid_from, (g.secretary_member_id IS NOT NULL) AS has_secretary
    FROM grid_branch g JOIN community c ON c.id = g.community_id WHERE g.valid_to IS NULL ORDER BY g.id`,
  neighbourhoods: `SELECT n.id, n.polygon AS geom, n.name, n.kind, c.code AS community_code, c.name AS community_name
    FROM neighbourhood n JOIN community c ON c.id = n.community_id ORDER BY n.id`,
  buildings: `SELECT b.id, b.footprint AS geom, b.address, b.floors, b.households, b.residents, b.use, b.status, g.code AS branch_code,
      b.neighbourhood_id, n.name AS neighbourhood_name, b.valid_from, v.verified_on
    FROM building b LEFT JOIN grid_branch g ON g.id = b.branch_id LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
      LEFT JOIN verification v ON v.target_kind = 'building' AND v.target_id = b.id
    WHERE b.valid_to IS NULL ORDER BY b.id`,
  roads: 'SELECT r.id, r.geometry AS geom, r.name, r.kind FROM road r ORDER BY r.id',
  water: 'SELECT w.id, w.geometry AS geom, w.name FROM water w ORDER BY w.id',
  zones: `SELECT z.id, z.polygon AS geom, z.name, z.stage, z.announced_on, z.moving_on, z.cleared_on, z.finished_on
    FROM demolition_zone z ORDER BY z.id`,
  leads: `SELECT l.id, json_object('type', 'Point', 'coordinates', json_array(l.lng, l.lat)) AS geom, l.member_id, l.building_id, b.address,
      ${LINKS} AS links,
      (SELECT coalesce(sum(households), 0) FROM lead_link WHERE lead_id = l.id) AS linked_households,
      (SELECT count(*) FROM lead_link WHERE lead_id = l.id) AS linked_buildings, g.code AS branch_code, m.status AS member_status
    FROM household_lead l JOIN member m ON m.id = l.member_id JOIN building b ON b.id = l.building_id LEFT JOIN grid_branch g ON g.id = m.branch_id
    ORDER BY l.id`,
  liaisons: `SELECT i.id, NULL AS geom, i.member_id, i.target_kind, i.target_id,
      CASE i.target_kind WHEN 'building' THEN (SELECT address FROM building WHERE id = i.target_id) ELSE (SELECT name FROM neighbourhood WHERE id = i.target_id) END AS target_name
    FROM liaison i ORDER BY i.id`,
  members: `SELECT m.id, NULL AS geom, m.name, m.gender, m.birth_year, m.membership, m.category, m.education, g.code AS branch_code,
      m.building_id, b.address, m.status, m.last_contact, m.phone
    FROM member m LEFT JOIN grid_branch g ON g.id = m.branch_id LEFT JOIN building b ON b.id = m.building_id
    WHERE (@scope IS NULL OR m.branch_id = @scope OR b.branch_id = @scope) ORDER BY m.id`,
};

/** Columns only roles with personal-data access receive. */
const PERSONAL_COLUMNS = new Set(['member_id', 'secretary_member_id']);
const BOOLEAN_COLUMNS = new Set(['has_secretary']);

/** The coverage model's camelCase figure names → export column names. */
const FIGURES: Record<string, string> = {
  buildings: 'buildings', households: 'households', residents: 'residents', members: 'members', fullMembers: 'full_members', leads: 'leads',
  reached: 'reached', coverage: 'coverage', gapNeighbourhoods: 'gap_neighbourhoods', gap: 'gap', coverageState: 'coverage_state',
};

/** Short names of the derived columns for a Shapefile's .dbf (import fields take theirs from shared/import/fields.ts). */
export const DERIVED_SHP_NAMES: Record<string, string> = {
  community_name: 'comm_name', has_secretary: 'has_secr', full_members: 'full_mem', gap_neighbourhoods: 'gap_nbhd', coverage_state: 'cov_state',
  verified_on: 'verified', linked_buildings: 'linked_bld', member_status: 'mem_status', target_name: 'target_nm',
};

const MAP_LAYERS = new Set<string>(['communities', 'branches', 'neighbourhoods', 'buildings']);

/** `layer`'s rows for `scope`, with coverage figures where the map shows them. */
export function exportRows(db: Database, coverage: CoverageService, layer: DataLayer, scope: ExportScope): ExportRow[] {
  const rows = db.prepare(SQL[layer]).all(layer === 'members' ? { scope: scope.branchScope } : {}) as Record<string, string | number | null>[];
  const enrich = MAP_LAYERS.has(layer) ? coverageEnricher(coverage)(layer as LayerName) : null;
  return rows.map((row) => {
    const properties: Record<string, ExportValue> = {};
    for (const [k, v] of Object.entries(row)) {
      if (k === 'geom' || (PERSONAL_COLUMNS.has(k) && !scope.personal)) continue;
      properties[k] = BOOLEAN_COLUMNS.has(k) ? v === 1 : v;
    }
    if (scope.maskPhones && typeof properties.phone === 'string') properties.phone = maskPhone(properties.phone);
    if (enrich) {
      const figures: LayerProps = { id: row.id as number };
      enrich(figures);
      for (const [k, v] of Object.entries(figures)) if (FIGURES[k]) properties[FIGURES[k]] = v;
    }
    return { id: row.id as number, geom: (row.geom as string | null) ?? null, properties };
  });
}
