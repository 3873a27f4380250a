/**
 * Test helpers that change a layer of the tiny sub-district on purpose (attributes
 * overwritten, references cut, geometry moved ~10 m east), so a round-trip import has
 * something to restore. Also adds a demolition zone, which the tiny fixture lacks.
 */
import type { Database } from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { geometryBBox } from '../../../shared/geo/bbox';
import { transformGeometry } from '../../../shared/crs/systems';
import type { DataLayer } from '../../../shared/import/layers';
import { rect } from '../fixtures/tiny-dataset';

export function addZone(db: Database): void {
  const g = rect(120.311, 36.081, 120.315, 36.084);
  db.prepare(`INSERT INTO demolition_zone (id, name, stage, announced_on, moving_on, polygon, min_lng, min_lat, max_lng, max_lat)
    VALUES (1, '乙楼院拆迁片区', 'moving_out', '2026-03-01', '2026-06-01', ?, 120.311, 36.081, 120.315, 36.084)`).run(JSON.stringify(g));
}

function moveGeometry(db: Database, table: string, column: string): void {
  const rows = db.prepare(`SELECT id, ${column} AS g FROM ${table}`).all() as { id: number; g: string }[];
  const update = db.prepare(`UPDATE ${table} SET ${column} = ?, min_lng = ?, min_lat = ?, max_lng = ?, max_lat = ? WHERE id = ?`);
  for (const r of rows) {
    const g = transformGeometry(JSON.parse(r.g) as Geometry, (lng, lat) => [lng + 0.0001, lat]);
    update.run(JSON.stringify(g), ...geometryBBox(g), r.id);
  }
}

const SPOIL: Record<DataLayer, string[]> = {
  communities: ["UPDATE community SET name = '?', name_en = '?', party_org_level = 'committee'"],
  branches: ["UPDATE grid_branch SET name = '?', secretary_member_id = NULL, valid_from = '2000-01-01'"],
  neighbourhoods: ["UPDATE neighbourhood SET name = name || '?', kind = CASE kind WHEN 'xiaoqu' THEN 'louyuan' ELSE 'xiaoqu' END"],
  buildings: ["UPDATE building SET address = '?', floors = 1, households = 0, residents = 0, use = 'public', status = 'new', branch_id = NULL, neighbourhood_id = NULL, valid_from = '2000-01-01'"],
  roads: ["UPDATE road SET name = '?', kind = 'path'"],
  water: ["UPDATE water SET name = '?'"],
  zones: ["UPDATE demolition_zone SET name = '?', stage = 'cleared', announced_on = NULL"],
  members: ["UPDATE member SET name = '?', phone = '1', status = 'deceased', building_id = NULL, branch_id = NULL, education = 'primary', birth_year = 1900, last_contact = NULL"],
  leads: ['DELETE FROM lead_link', 'UPDATE household_lead SET lng = lng + 0.0001'],
  liaisons: ["UPDATE liaison SET target_kind = 'building', target_id = 3"],
};

const GEOMETRY: Partial<Record<DataLayer, [string, string]>> = {
  communities: ['community', 'boundary'], branches: ['grid_branch', 'polygon'], neighbourhoods: ['neighbourhood', 'polygon'], buildings: ['building', 'footprint'],
  roads: ['road', 'geometry'], water: ['water', 'geometry'], zones: ['demolition_zone', 'polygon'],
};

/** Spoils `layer` in `db` (and bumps the data version so the coverage model follows). */
export function spoil(db: Database, layer: DataLayer): void {
  db.transaction(() => {
    for (const sql of SPOIL[layer]) db.prepare(sql).run();
    const g = GEOMETRY[layer];
    if (g) moveGeometry(db, g[0], g[1]);
    db.prepare('UPDATE data_version SET version = version + 1').run();
  })();
}
