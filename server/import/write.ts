/**
 * Writes resolved rows: inserts or updates with the geometry's bounding-box columns (the
 * R*Tree triggers follow), a household-lead's links, and the row's source system in
 * `feature_source`. Also removes the rows a `replace` import leaves out, refusing when
 * something still refers to them.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SourceCrs } from '../../shared/crs/systems';
import { geometryBBox } from '../../shared/geo/bbox';
import type { DataLayer } from '../../shared/import/layers';
import { GEOMETRY_COLUMN, LAYER_TABLE, type Resolved, type SqlValue } from './resolve-common';

/** Tables and columns that refer to rows of each table, for `replace`. */
const REFERENCES: Record<string, readonly string[]> = {
  community: ['grid_branch.community_id', 'neighbourhood.community_id'],
  grid_branch: ['building.branch_id', 'member.branch_id', 'account.branch_id'],
  neighbourhood: ['building.neighbourhood_id', "liaison.target_id:target_kind = 'neighbourhood'"],
  building: ['member.building_id', 'household_lead.building_id', 'lead_link.building_id', "liaison.target_id:target_kind = 'building'", 'relocation.origin_building_id', 'relocation.dest_building_id', 'building_status_history.building_id'],
  member: ['household_lead.member_id', 'liaison.member_id', 'relocation.member_id', 'member_contact.member_id', 'grid_branch.secretary_member_id'],
  demolition_zone: ['relocation.zone_id', 'building_status_history.zone_id'],
};

const CURRENT_ONLY = new Set(['building', 'grid_branch']);

export interface RowWriter {
  /** Inserts or updates; returns the row's id and whether it was new. */
  write(r: Resolved): { id: number; inserted: boolean };
  /** Ids of the layer's current rows. */
  currentIds(): number[];
  /** For each id, what still refers to it (empty when it can go). */
  referencesTo(ids: readonly number[]): string[];
  /** Deletes the rows (and their verification and source records). */
  remove(ids: readonly number[]): void;
}

export function rowWriter(db: Database, layer: DataLayer, crs: SourceCrs, importId: string, now: string): RowWriter {
  const table = LAYER_TABLE[layer];
  const geomColumn = GEOMETRY_COLUMN[table] ?? null;
  const cache = new Map<string, Statement>();
  const inserts = new Map<string, Statement>();
  const stmt = (sql: string): Statement => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const source = stmt(`INSERT INTO feature_source (layer, feature_id, source_crs, import_id, imported_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (layer, feature_id) DO UPDATE SET source_crs = excluded.source_crs, import_id = excluded.import_id, imported_at = excluded.imported_at`);
  const geoValues = (r: Resolved): Record<string, SqlValue> => {
    if (!geomColumn || !r.geometry) return {};
    const [min_lng, min_lat, max_lng, max_lat] = geometryBBox(r.geometry);
    return { [geomColumn]: JSON.stringify(r.geometry), min_lng, min_lat, max_lng, max_lat };
  };
  const writeLinks = (leadId: number, r: Resolved) => {
    if (r.links === null) return;
    stmt('DELETE FROM lead_link WHERE lead_id = ?').run(leadId);
    for (const l of r.links) stmt('INSERT INTO lead_link (lead_id, building_id, households) VALUES (?, ?, ?)').run(leadId, l.buildingId, l.households);
  };
  return {
    write(r) {
      let id: number;
      let inserted: boolean;
      if (r.existingId === null) {
        const values: Record<string, SqlValue> = { ...r.columns, ...geoValues(r), ...(r.newId !== null ? { id: r.newId } : {}) };
        const cols = Object.keys(values);
        const key = cols.join(',');
        let insert = inserts.get(key);
        if (!insert) inserts.set(key, (insert = db.prepare(`INSERT INTO ${table} (${key}) VALUES (${cols.map(() => '?').join(', ')})`)));
        id = Number(insert.run(cols.map((c) => values[c] ?? null)).lastInsertRowid);
        inserted = true;
      } else {
        const geo = geoValues(r);
        const values: Record<string, SqlValue> = { ...geo };
        for (const c of r.updateColumns) values[c] = r.columns[c] ?? null;
        const cols = Object.keys(values);
        if (cols.length) stmt(`UPDATE ${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...values, id: r.existingId });
        id = r.existingId;
        inserted = false;
      }
      if (table === 'household_lead') writeLinks(id, r);
      source.run(layer, id, crs, importId, now);
      return { id, inserted };
    },
    currentIds() {
      return stmt(`SELECT id FROM ${table}${CURRENT_ONLY.has(table) ? ' WHERE valid_to IS NULL' : ''} ORDER BY id`).pluck().all() as number[];
    },
    referencesTo(ids) {
      const out: string[] = [];
      const tmp = 'import_removed_ids';
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${tmp} (id INTEGER PRIMARY KEY); DELETE FROM ${tmp};`);
      const ins = stmt(`INSERT INTO temp.${tmp} (id) VALUES (?)`);
      for (const id of ids) ins.run(id);
      for (const ref of REFERENCES[table] ?? []) {
        const [tc, where] = ref.split(':');
        const [t, c] = (tc as string).split('.');
        const n = stmt(`SELECT count(*) FROM ${t} WHERE ${c} IN (SELECT id FROM temp.${tmp})${where ? ` AND ${where}` : ''}`).pluck().get() as number;
        if (n > 0) out.push(`${n} ${t} row${n > 1 ? 's' : ''} (${c})`);
      }
      return out;
    },
    remove(ids) {
      const verificationKind = table === 'building' ? 'building' : table === 'member' ? 'member' : null;
      for (const id of ids) {
        if (table === 'household_lead') stmt('DELETE FROM lead_link WHERE lead_id = ?').run(id);
        if (verificationKind) stmt('DELETE FROM verification WHERE target_kind = ? AND target_id = ?').run(verificationKind, id);
        stmt(`DELETE FROM ${table} WHERE id = ?`).run(id);
        stmt('DELETE FROM feature_source WHERE layer = ? AND feature_id = ?').run(layer, id);
      }
    },
  };
}
