/**
 * Loads a whole `Dataset` (the demo sub-district, or a district for benchmarks) into an
 * empty, migrated database in one transaction: either everything is there or nothing is.
 */
import type { Database } from 'better-sqlite3';
import type { Geometry, Polygon, MultiPolygon } from 'geojson';
import type { Dataset } from '../../shared/model';
import { geometryBBox } from '../../shared/geo/bbox';
import { rewindRfc7946 } from '../../shared/geo/winding';
import { dataVersion } from '../db/version';

/** Column values for a geometry: its GeoJSON text and its bounding box. */
function geo(geometry: Geometry): { geojson: string; min_lng: number; min_lat: number; max_lng: number; max_lat: number } {
  const g = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? rewindRfc7946(geometry as Polygon | MultiPolygon) : geometry;
  const [min_lng, min_lat, max_lng, max_lat] = geometryBBox(g);
  return { geojson: JSON.stringify(g), min_lng, min_lat, max_lng, max_lat };
}

/** True when the database holds no sub-district yet. */
export function isEmpty(db: Database): boolean {
  return (db.prepare('SELECT count(*) FROM subdistrict').pluck().get() as number) === 0;
}

/**
 * Inserts `dataset` as given (ids included). Throws, leaving the database unchanged, if it
 * is not empty or if any row breaks a constraint; the message names the table and id.
 */
export function loadDataset(db: Database, dataset: Dataset): void {
  if (!isEmpty(db)) {
    throw new Error('The database already holds a sub-district; load a dataset only into an empty database (delete the file or point GRIDMAP_DB elsewhere).');
  }
  const ins = {
    subdistrict: db.prepare(`INSERT INTO subdistrict (id, code, name, name_en, boundary, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @code, @name, @name_en, @geojson, @min_lng, @min_lat, @max_lng, @max_lat)`),
    community: db.prepare(`INSERT INTO community (id, subdistrict_id, code, name, name_en, party_org_level, boundary, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @subdistrict_id, @code, @name, @name_en, @party_org_level, @geojson, @min_lng, @min_lat, @max_lng, @max_lat)`),
    branch: db.prepare(`INSERT INTO grid_branch (id, community_id, code, name, secretary_member_id, polygon, valid_from, valid_to, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @community_id, @code, @name, @secretary_member_id, @geojson, @valid_from, @valid_to, @min_lng, @min_lat, @max_lng, @max_lat)`),
    neighbourhood: db.prepare(`INSERT INTO neighbourhood (id, community_id, name, kind, polygon, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @community_id, @name, @kind, @geojson, @min_lng, @min_lat, @max_lng, @max_lat)`),
    building: db.prepare(`INSERT INTO building (id, neighbourhood_id, branch_id, address, floors, households, residents, use, status, footprint, valid_from, valid_to, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @neighbourhood_id, @branch_id, @address, @floors, @households, @residents, @use, @status, @geojson, @valid_from, @valid_to, @min_lng, @min_lat, @max_lng, @max_lat)`),
    member: db.prepare(`INSERT INTO member (id, name, gender, birth_year, membership, category, education, branch_id, building_id, status, last_contact, phone)
      VALUES (@id, @name, @gender, @birth_year, @membership, @category, @education, @branch_id, @building_id, @status, @last_contact, @phone)`),
    lead: db.prepare('INSERT INTO household_lead (id, member_id, building_id, lng, lat) VALUES (@id, @member_id, @building_id, @lng, @lat)'),
    leadLink: db.prepare('INSERT INTO lead_link (lead_id, building_id, households) VALUES (?, ?, ?)'),
    liaison: db.prepare('INSERT INTO liaison (id, member_id, target_kind, target_id) VALUES (?, ?, ?, ?)'),
    road: db.prepare(`INSERT INTO road (id, name, kind, geometry, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @name, @kind, @geojson, @min_lng, @min_lat, @max_lng, @max_lat)`),
    water: db.prepare(`INSERT INTO water (id, name, geometry, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @name, @geojson, @min_lng, @min_lat, @max_lng, @max_lat)`),
  };
  const version = dataVersion(db);

  const run = <T extends { id: number }>(table: string, rows: T[], insert: (row: T) => void): void => {
    for (const row of rows) {
      try {
        insert(row);
      } catch (err) {
        throw new Error(`Loading ${table} id ${row.id} failed: ${(err as Error).message}`, { cause: err });
      }
    }
  };

  db.transaction(() => {
    run('subdistrict', dataset.subdistricts, (s) =>
      ins.subdistrict.run({ id: s.id, code: s.code, name: s.name, name_en: s.nameEn, ...geo(s.boundary) }),
    );
    run('community', dataset.communities, (c) =>
      ins.community.run({
        id: c.id, subdistrict_id: c.subdistrictId, code: c.code, name: c.name, name_en: c.nameEn,
        party_org_level: c.partyOrgLevel ?? null, ...geo(c.boundary),
      }),
    );
    run('grid_branch', dataset.branches, (b) =>
      ins.branch.run({
        id: b.id, community_id: b.communityId, code: b.code, name: b.name, secretary_member_id: b.secretaryMemberId,
        valid_from: b.validFrom, valid_to: b.validTo, ...geo(b.polygon),
      }),
    );
    run('neighbourhood', dataset.neighbourhoods, (n) =>
      ins.neighbourhood.run({ id: n.id, community_id: n.communityId, name: n.name, kind: n.kind, ...geo(n.polygon) }),
    );
    run('building', dataset.buildings, (b) =>
      ins.building.run({
        id: b.id, neighbourhood_id: b.neighbourhoodId, branch_id: b.branchId, address: b.address, floors: b.floors,
        households: b.households, residents: b.residents, use: b.use, status: b.status,
        valid_from: b.validFrom, valid_to: b.validTo, ...geo(b.footprint),
      }),
    );
    run('member', dataset.members, (m) =>
      ins.member.run({
        id: m.id, name: m.name, gender: m.gender, birth_year: m.birthYear, membership: m.membership, category: m.category,
        education: m.education, branch_id: m.branchId, building_id: m.buildingId, status: m.status,
        last_contact: m.lastContact, phone: m.phone,
      }),
    );
    run('household_lead', dataset.leads, (l) => {
      const [lng, lat] = l.point.coordinates;
      ins.lead.run({ id: l.id, member_id: l.memberId, building_id: l.buildingId, lng, lat });
      for (const link of l.links) ins.leadLink.run(l.id, link.buildingId, link.households);
    });
    run('liaison', dataset.liaisons, (l) => ins.liaison.run(l.id, l.memberId, l.targetKind, l.targetId));
    run('road', dataset.roads, (r) => ins.road.run({ id: r.id, name: r.name, kind: r.kind, ...geo(r.geometry) }));
    run('water', dataset.water, (w) => ins.water.run({ id: w.id, name: w.name, ...geo(w.geometry) }));
    version.bump();
  })();
}
