/**
 * Demolition zones and the relocation ledger: all SQL for both. Every write here runs inside
 * the caller's transaction (routes wrap them in `db.transaction`), so a zone, its buildings'
 * new status and its ledger entries appear together or not at all.
 */
import type { Database } from 'better-sqlite3';
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryBBox } from '../../shared/geo/bbox';
import { rewindRfc7946 } from '../../shared/geo/winding';
import type { BBox, BuildingStatus, MemberStatus } from '../../shared/model';
import type { RelocationState } from '../../shared/relocation/states';
import type { ZoneStage } from '../../shared/relocation/zones';
import { entryStateOn } from '../relocation/ledger-sql';
import { residenceRepository } from '../relocation/residence';

export interface ZoneRow {
  id: number;
  name: string;
  stage: ZoneStage;
  announced_on: string | null;
  moving_on: string | null;
  cleared_on: string | null;
  finished_on: string | null;
  polygon: string;
  min_lng: number; min_lat: number; max_lng: number; max_lat: number;
}

export interface LedgerRow {
  id: number;
  member_id: number;
  zone_id: number;
  zone_name: string;
  origin_building_id: number | null;
  origin_address: string | null;
  state: RelocationState;
  dest_building_id: number | null;
  dest_address: string | null;
  dest_lng: number | null;
  dest_lat: number | null;
  dest_community_name: string | null;
  moved_out_on: string | null;
  last_contact: string | null;
  updated_on: string;
  row_version: number;
  member_name: string;
  member_branch_id: number | null;
}

export interface Destination {
  buildingId?: number;
  address?: string;
  lng?: number;
  lat?: number;
  communityName?: string;
}

/** The member status a ledger state implies (see README → Relocation). */
export function memberStatusFor(state: RelocationState, insideSubdistrict: boolean): MemberStatus {
  switch (state) {
    case 'in_zone':
      return 'active';
    case 'resettled':
    case 'reported':
      // Settled inside the sub-district: back at work here. Outside: still on the old roster, marked.
      return insideSubdistrict ? 'active' : 'moving';
    case 'transferred':
      return 'transferred_out';
    case 'lost_contact':
      return 'lost_contact';
    default:
      return 'moving';
  }
}

export function relocationRepository(db: Database) {
  const q = {
    insertZone: db.prepare(`INSERT INTO demolition_zone (name, stage, announced_on, polygon, min_lng, min_lat, max_lng, max_lat)
      VALUES (@name, 'announced', @on, @polygon, @min_lng, @min_lat, @max_lng, @max_lat)`),
    zone: db.prepare('SELECT * FROM demolition_zone WHERE id = ?'),
    zones: db.prepare('SELECT * FROM demolition_zone ORDER BY id'),
    setStage: db.prepare(`UPDATE demolition_zone SET stage = @stage,
      moving_on = CASE WHEN @stage = 'moving_out' THEN @on ELSE moving_on END,
      cleared_on = CASE WHEN @stage = 'cleared' THEN @on ELSE cleared_on END,
      finished_on = CASE WHEN @stage IN ('rebuilt', 'resettled') THEN @on ELSE finished_on END
      WHERE id = @id`),
    candidateBuildings: db.prepare(`SELECT b.id, b.footprint, b.status, b.valid_from FROM building b
      WHERE b.valid_to IS NULL AND b.status IN ('normal', 'new', 'slated_demolition')
        AND b.id IN (SELECT id FROM building_rtree WHERE max_lng >= ? AND min_lng <= ? AND max_lat >= ? AND min_lat <= ?)`),
    zoneBuildings: db.prepare(`SELECT building_id FROM building_status_history WHERE zone_id = ? AND valid_to IS NULL`),
    buildingStatus: db.prepare('SELECT status, valid_from FROM building WHERE id = ?'),
    historyOpen: db.prepare('SELECT count(*) FROM building_status_history WHERE building_id = ?').pluck(),
    historyClose: db.prepare('UPDATE building_status_history SET valid_to = ? WHERE building_id = ? AND valid_to IS NULL'),
    historyInsert: db.prepare('INSERT INTO building_status_history (building_id, status, valid_from, valid_to, zone_id) VALUES (?, ?, ?, ?, ?)'),
    setBuildingStatus: db.prepare('UPDATE building SET status = ? WHERE id = ?'),
    residents: db.prepare(`SELECT id, building_id, last_contact FROM member
      WHERE status = 'active' AND building_id IN (SELECT value FROM json_each(?))`),
    insertLedger: db.prepare(`INSERT INTO relocation (member_id, zone_id, origin_building_id, state, updated_on, created_on, last_contact)
      VALUES (?, ?, ?, 'in_zone', ?, ?, ?)`),
    insertEvent: db.prepare(`INSERT INTO relocation_event (relocation_id, from_state, to_state, on_date, account_id, username, note, recorded_at,
        dest_building_id, dest_address, dest_lng, dest_lat, dest_community_name)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    countInZone: db.prepare("SELECT count(*) FROM relocation WHERE zone_id = ? AND state = 'in_zone'").pluck(),
    ledger: db.prepare(`SELECT * FROM (SELECT r.*, z.name AS zone_name, ob.address AS origin_address, m.name AS member_name, m.branch_id AS member_branch_id,
          CASE WHEN @asOf IS NULL THEN r.state ELSE ${entryStateOn('r')} END AS state_on
        FROM relocation r JOIN demolition_zone z ON z.id = r.zone_id JOIN member m ON m.id = r.member_id
          LEFT JOIN building ob ON ob.id = r.origin_building_id
        WHERE (@zoneId IS NULL OR r.zone_id = @zoneId) AND (@branchId IS NULL OR m.branch_id = @branchId))
      WHERE state_on IS NOT NULL AND (@state IS NULL OR state_on = @state)
      ORDER BY zone_id, id`),
    entry: db.prepare(`SELECT r.*, z.name AS zone_name, ob.address AS origin_address, m.name AS member_name, m.branch_id AS member_branch_id
      FROM relocation r JOIN demolition_zone z ON z.id = r.zone_id JOIN member m ON m.id = r.member_id
        LEFT JOIN building ob ON ob.id = r.origin_building_id WHERE r.id = ?`),
    transition: db.prepare(`UPDATE relocation SET state = @to, updated_on = @on, row_version = row_version + 1,
        moved_out_on = CASE WHEN @to = 'moving_out' AND moved_out_on IS NULL THEN @on ELSE moved_out_on END,
        last_contact = max(coalesce(last_contact, ''), @on),
        dest_building_id = coalesce(@destBuildingId, dest_building_id),
        dest_address = coalesce(@destAddress, dest_address),
        dest_lng = coalesce(@destLng, dest_lng), dest_lat = coalesce(@destLat, dest_lat),
        dest_community_name = coalesce(@destCommunity, dest_community_name)
      WHERE id = @id AND row_version = @expectedVersion`),
    setMember: db.prepare(`UPDATE member SET status = @status, building_id = coalesce(@buildingId, building_id),
        last_contact = max(coalesce(last_contact, ''), @on) WHERE id = @id`),
    destBuilding: db.prepare("SELECT id, address FROM building WHERE id = ? AND valid_to IS NULL AND status != 'demolished'"),
    counts: db.prepare(`SELECT state_on AS state, count(*) AS n FROM (
        SELECT CASE WHEN @asOf IS NULL THEN r.state ELSE ${entryStateOn('r')} END AS state_on FROM relocation r WHERE @zoneId IS NULL OR r.zone_id = @zoneId)
      WHERE state_on IS NOT NULL GROUP BY state_on`),
  };

  const residence = residenceRepository(db);

  /** Records a building's new status from `on`, keeping the old one as history. */
  const changeBuildingStatus = (buildingId: number, status: BuildingStatus, on: string, zoneId: number): void => {
    const current = q.buildingStatus.get(buildingId) as { status: BuildingStatus; valid_from: string };
    if ((q.historyOpen.get(buildingId) as number) === 0) {
      q.historyInsert.run(buildingId, current.status, current.valid_from, on, null);
    } else {
      q.historyClose.run(on, buildingId);
    }
    q.historyInsert.run(buildingId, status, on, null, zoneId);
    q.setBuildingStatus.run(status, buildingId);
  };

  return {
    zone: (id: number) => q.zone.get(id) as ZoneRow | undefined,
    zones: () => q.zones.all() as ZoneRow[],
    /**
     * Announces a zone: stores it, marks the buildings inside slated for demolition and opens a
     * ledger entry for every active member living in them. Returns the counts.
     */
    announceZone(name: string, polygon: Polygon | MultiPolygon, on: string, who: { accountId: number | null; username: string }, buildingsInside: (candidates: { id: number; footprint: Polygon }[]) => number[]) {
      const geometry = rewindRfc7946(polygon);
      const box: BBox = geometryBBox(geometry);
      const zoneId = Number(q.insertZone.run({ name, on, polygon: JSON.stringify(geometry), min_lng: box[0], min_lat: box[1], max_lng: box[2], max_lat: box[3] }).lastInsertRowid);
      const candidates = (q.candidateBuildings.all(box[0], box[2], box[1], box[3]) as { id: number; footprint: string }[])
        .map((b) => ({ id: b.id, footprint: JSON.parse(b.footprint) as Polygon }));
      const inside = buildingsInside(candidates);
      for (const id of inside) changeBuildingStatus(id, 'slated_demolition', on, zoneId);
      const members = q.residents.all(JSON.stringify(inside)) as { id: number; building_id: number; last_contact: string | null }[];
      const now = new Date().toISOString();
      for (const m of members) {
        const entry = Number(q.insertLedger.run(m.id, zoneId, m.building_id, on, on, m.last_contact).lastInsertRowid);
        q.insertEvent.run(entry, null, 'in_zone', on, who.accountId, who.username, 'zone announced', now, null, null, null, null, null);
      }
      return { zoneId, buildings: inside.length, members: members.length, bbox: box };
    },
    /** Members still living in the zone (who must leave before it can be cleared). */
    stillInZone: (zoneId: number) => q.countInZone.get(zoneId) as number,
    /** Moves a zone to `stage`; clearing it demolishes its buildings. Returns the buildings changed. */
    setZoneStage(zoneId: number, stage: ZoneStage, on: string): number {
      q.setStage.run({ id: zoneId, stage, on });
      if (stage !== 'cleared') return 0;
      const ids = q.zoneBuildings.all(zoneId) as { building_id: number }[];
      for (const { building_id } of ids) changeBuildingStatus(building_id, 'demolished', on, zoneId);
      return ids.length;
    },
    /** Entries (with `asOf`, YYYY-MM-DD: those open that day, `state_on` their state then). */
    ledger: (f: { zoneId?: number; state?: string; branchId?: number; asOf?: string }) =>
      q.ledger.all({ zoneId: f.zoneId ?? null, state: f.state ?? null, branchId: f.branchId ?? null, asOf: f.asOf ?? null }) as (LedgerRow & { state_on: RelocationState })[],
    entry: (id: number) => q.entry.get(id) as LedgerRow | undefined,
    destinationBuilding: (id: number) => q.destBuilding.get(id) as { id: number; address: string } | undefined,
    /**
     * Applies a checked transition if nobody changed the entry since `expectedVersion`; returns
     * false (changing nothing) when someone did.
     */
    transition(e: LedgerRow, t: { to: RelocationState; on: string; note: string; expectedVersion: number; destination: Destination | null }, who: { accountId: number | null; username: string }): boolean {
      const d = t.destination ?? {};
      const changed = q.transition.run({
        id: e.id, to: t.to, on: t.on, expectedVersion: t.expectedVersion,
        destBuildingId: d.buildingId ?? null, destAddress: d.address ?? null, destLng: d.lng ?? null, destLat: d.lat ?? null, destCommunity: d.communityName ?? null,
      }).changes;
      if (changed === 0) return false;
      q.insertEvent.run(e.id, e.state, t.to, t.on, who.accountId, who.username, t.note, new Date().toISOString(),
        d.buildingId ?? null, d.address ?? null, d.lng ?? null, d.lat ?? null, d.communityName ?? null);
      const destBuilding = d.buildingId ?? e.dest_building_id;
      const inside = destBuilding !== null && destBuilding !== undefined;
      const settled = t.to === 'resettled' || t.to === 'reported';
      const change = { status: memberStatusFor(t.to, inside), buildingId: settled && inside ? destBuilding : null };
      // The member's home and status before this step become a past period (members as of a day).
      residence.recordChange(e.member_id, change, t.on, e.id);
      q.setMember.run({ id: e.member_id, ...change, on: t.on });
      return true;
    },
    /** Entries per state, of one zone or all, today or (`asOf`, YYYY-MM-DD) as they stood that day. */
    counts: (zoneId?: number, asOf?: string) => q.counts.all({ zoneId: zoneId ?? null, asOf: asOf ?? null }) as { state: RelocationState; n: number }[],
  };
}

export type RelocationRepository = ReturnType<typeof relocationRepository>;
