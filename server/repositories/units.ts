/**
 * The unit directory: identity, parent and box of every sub-district, community, current
 * branch, neighbourhood, current building and lead, read in one pass. The coverage report
 * names and zooms to units from here without a query per unit.
 */
import type { Database } from 'better-sqlite3';
import type { BBox } from '../../shared/model';
import { branchExistsOn, branchHistoryOn, buildingBranchOn, buildingExistsOn } from '../planner/as-of-sql';

export interface UnitEntry {
  id: number;
  code: string | null;
  name: string;
  bbox: BBox;
  parentId: number | null;
}

export interface BranchEntry extends UnitEntry {
  hasSecretary: boolean;
}

export interface BuildingEntry extends UnitEntry {
  /** parentId is the branch; this is the neighbourhood. */
  neighbourhoodId: number | null;
}

export interface UnitDirectory {
  subdistricts: Map<number, UnitEntry>;
  communities: Map<number, UnitEntry & { partyOrgLevel: 'branch' | 'general_branch' | 'committee' | null }>;
  branches: Map<number, BranchEntry>;
  neighbourhoods: Map<number, UnitEntry>;
  buildings: Map<number, BuildingEntry>;
  /** Active leads: parentId is the lead's building; name its address. */
  leads: Map<number, UnitEntry & { linkedHouseholds: number }>;
}

type Row = { id: number; code: string | null; name: string; parent_id: number | null; min_lng: number; min_lat: number; max_lng: number; max_lat: number };

const BOX = 'min_lng, min_lat, max_lng, max_lat';

function toEntry(r: Row): UnitEntry {
  return { id: r.id, code: r.code, name: r.name, parentId: r.parent_id, bbox: [r.min_lng, r.min_lat, r.max_lng, r.max_lat] };
}

export interface TopologyRows {
  communities: { id: number; boundary: string }[];
  grids: { id: number; communityId: number; polygon: string }[];
}

export interface UnitRepository {
  /** The directory of the current grid, or of the grid as it stood on `asOf` (YYYY-MM-DD). */
  directory(asOf?: string): UnitDirectory;
  /** Current grids (or those of `asOf`) and community boundaries as stored GeoJSON text, for the topology check. */
  topologyRows(asOf?: string): TopologyRows;
}

export function unitRepository(db: Database): UnitRepository {
  const q = {
    subdistricts: db.prepare(`SELECT id, code, name, NULL AS parent_id, ${BOX} FROM subdistrict`),
    communities: db.prepare(`SELECT id, code, name, subdistrict_id AS parent_id, party_org_level, ${BOX} FROM community`),
    branches: db.prepare(`SELECT id, code, name, community_id AS parent_id, secretary_member_id IS NOT NULL AS has_secretary, ${BOX}
      FROM grid_branch WHERE valid_to IS NULL`),
    neighbourhoods: db.prepare(`SELECT id, NULL AS code, name, community_id AS parent_id, ${BOX} FROM neighbourhood`),
    buildings: db.prepare(`SELECT b.id, NULL AS code, b.address AS name, g.id AS parent_id, b.neighbourhood_id, b.${BOX.replaceAll(', ', ', b.')}
      FROM building b LEFT JOIN grid_branch g ON g.id = b.branch_id AND g.valid_to IS NULL
      WHERE b.valid_to IS NULL AND b.status != 'demolished'`),
    leads: db.prepare(`SELECT l.id, NULL AS code, b.address AS name, l.building_id AS parent_id,
        l.lng AS min_lng, l.lat AS min_lat, l.lng AS max_lng, l.lat AS max_lat,
        (SELECT coalesce(sum(k.households), 0) FROM lead_link k WHERE k.lead_id = l.id) AS linked
      FROM household_lead l JOIN member m ON m.id = l.member_id JOIN building b ON b.id = l.building_id
      WHERE m.status = 'active'`),
    grids: db.prepare('SELECT id, community_id AS communityId, polygon FROM grid_branch WHERE valid_to IS NULL'),
    boundaries: db.prepare('SELECT id, boundary FROM community'),
  };
  const gBox = ['min_lng', 'min_lat', 'max_lng', 'max_lat'].map((c) => `coalesce(h.${c}, g.${c}) AS ${c}`).join(', ');
  const past = {
    branches: db.prepare(`SELECT g.id, coalesce(h.code, g.code) AS code, coalesce(h.name, g.name) AS name, g.community_id AS parent_id,
        g.secretary_member_id IS NOT NULL AS has_secretary, ${gBox}
      FROM grid_branch g LEFT JOIN grid_branch_history h ON ${branchHistoryOn('g')} WHERE ${branchExistsOn('g')}`),
    buildings: db.prepare(`SELECT b.id, NULL AS code, b.address AS name, g.id AS parent_id, b.neighbourhood_id, b.${BOX.replaceAll(', ', ', b.')}
      FROM building b LEFT JOIN grid_branch g ON g.id = ${buildingBranchOn('b')} AND ${branchExistsOn('g')}
      WHERE ${buildingExistsOn('b')}`),
    grids: db.prepare(`SELECT g.id, g.community_id AS communityId, coalesce(h.polygon, g.polygon) AS polygon
      FROM grid_branch g LEFT JOIN grid_branch_history h ON ${branchHistoryOn('g')} WHERE ${branchExistsOn('g')}`),
  };
  return {
    directory(asOf?: string) {
      return db.transaction((): UnitDirectory => ({
        subdistricts: new Map((q.subdistricts.all() as Row[]).map((r) => [r.id, toEntry(r)])),
        communities: new Map((q.communities.all() as (Row & { party_org_level: null })[]).map((r) => [r.id, { ...toEntry(r), partyOrgLevel: r.party_org_level }])),
        branches: new Map(((asOf ? past.branches.all({ asOf }) : q.branches.all()) as (Row & { has_secretary: number })[]).map((r) => [r.id, { ...toEntry(r), hasSecretary: r.has_secretary === 1 }])),
        neighbourhoods: new Map((q.neighbourhoods.all() as Row[]).map((r) => [r.id, toEntry(r)])),
        buildings: new Map(((asOf ? past.buildings.all({ asOf }) : q.buildings.all()) as (Row & { neighbourhood_id: number | null })[]).map((r) => [r.id, { ...toEntry(r), neighbourhoodId: r.neighbourhood_id }])),
        leads: new Map((q.leads.all() as (Row & { linked: number })[]).map((r) => [r.id, { ...toEntry(r), linkedHouseholds: r.linked }])),
      }))();
    },
    topologyRows(asOf?: string) {
      return db.transaction((): TopologyRows => ({
        communities: q.boundaries.all() as TopologyRows['communities'],
        grids: (asOf ? past.grids.all({ asOf }) : q.grids.all()) as TopologyRows['grids'],
      }))();
    },
  };
}
