/**
 * Grid branches and their buildings as a secretary's work needs them: lookups and the rows
 * of the branch exports.
 */
import type { Database } from 'better-sqlite3';

export interface BuildingExportRow {
  id: number;
  address: string;
  floors: number;
  households: number;
  residents: number;
  use: string;
  status: string;
  neighbourhood: string | null;
  verified_on: string | null;
  /** GeoJSON text. */
  footprint: string;
}

export function branchRepository(db: Database) {
  const q = {
    building: db.prepare('SELECT id, branch_id FROM building WHERE id = ? AND valid_to IS NULL'),
    branch: db.prepare('SELECT id, code, name FROM grid_branch WHERE id = ? AND valid_to IS NULL'),
    buildings: db.prepare(`SELECT b.id, b.address, b.floors, b.households, b.residents, b.use, b.status, n.name AS neighbourhood,
        v.verified_on, b.footprint
      FROM building b LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
        LEFT JOIN verification v ON v.target_kind = 'building' AND v.target_id = b.id
      WHERE b.branch_id = ? AND b.valid_to IS NULL ORDER BY b.id`),
  };
  return {
    /** A current building and its grid branch. */
    building: (id: number) => q.building.get(id) as { id: number; branch_id: number | null } | undefined,
    /** A current grid branch. */
    branch: (id: number) => q.branch.get(id) as { id: number; code: string; name: string } | undefined,
    /** The current buildings of a branch, for CSV and GeoJSON exports. */
    buildingsForExport: (branchId: number) => q.buildings.all(branchId) as BuildingExportRow[],
  };
}
