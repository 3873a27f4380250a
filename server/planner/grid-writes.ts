/**
 * The writes of an applied plan, all inside the apply's transaction: branches (new, changed,
 * dissolved) with their history, building assignments and members' branches with theirs,
 * liaisons and household-leads.
 *
 * History keeps past periods only (see migration 008): a change on day D closes the current
 * period at D into the history table and starts the new one at D. A second change on the
 * same day replaces that day's state without a zero-length period.
 */
import type { Database } from 'better-sqlite3';
import { geometryBBox } from '../../shared/geo/bbox';
import { rewindRfc7946 } from '../../shared/geo/winding';
import type { AreaGeometry, LiaisonTarget } from '../../shared/model';
import type { CommunityGeometryText } from '../services/topology-memo';

/** Start of a member's first known period when they have no history yet. */
export const BEGINNING = '0001-01-01';

export interface BranchRow {
  id: number;
  community_id: number;
  code: string;
  name: string;
  polygon: string;
  valid_from: string;
  valid_to: string | null;
  min_lng: number; min_lat: number; max_lng: number; max_lat: number;
}

function geo(polygon: AreaGeometry): { polygon: string; min_lng: number; min_lat: number; max_lng: number; max_lat: number } {
  const g = rewindRfc7946(polygon);
  const [min_lng, min_lat, max_lng, max_lat] = geometryBBox(g);
  return { polygon: JSON.stringify(g), min_lng, min_lat, max_lng, max_lat };
}

export function gridWriteRepository(db: Database) {
  const q = {
    branch: db.prepare('SELECT * FROM grid_branch WHERE id = ?'),
    insertBranch: db.prepare(`INSERT INTO grid_branch (community_id, code, name, polygon, valid_from, min_lng, min_lat, max_lng, max_lat)
      VALUES (@communityId, @code, @name, @polygon, @on, @min_lng, @min_lat, @max_lng, @max_lat)`),
    updateBranch: db.prepare(`UPDATE grid_branch SET code = @code, name = @name, polygon = @polygon, valid_from = @on,
      min_lng = @min_lng, min_lat = @min_lat, max_lng = @max_lng, max_lat = @max_lat WHERE id = @id`),
    branchHistory: db.prepare(`INSERT INTO grid_branch_history (branch_id, code, name, polygon, valid_from, valid_to, plan_id, min_lng, min_lat, max_lng, max_lat)
      VALUES (@id, @code, @name, @polygon, @valid_from, @on, @planId, @min_lng, @min_lat, @max_lng, @max_lat)`),
    historyEndingOn: db.prepare('SELECT * FROM grid_branch_history WHERE branch_id = ? AND valid_to = ?'),
    dropHistory: db.prepare('DELETE FROM grid_branch_history WHERE branch_id = ? AND valid_from = ?'),
    dissolve: db.prepare('UPDATE grid_branch SET valid_to = ? WHERE id = ?'),
    buildingStart: db.prepare(`SELECT coalesce((SELECT max(valid_to) FROM building_assignment_history WHERE building_id = b.id), b.valid_from) AS start, b.branch_id AS branchId
      FROM building b WHERE b.id = ?`),
    buildingHistory: db.prepare('INSERT INTO building_assignment_history (building_id, branch_id, valid_from, valid_to, plan_id) VALUES (?, ?, ?, ?, ?)'),
    setBuilding: db.prepare('UPDATE building SET branch_id = ? WHERE id = ?'),
    memberStart: db.prepare(`SELECT coalesce((SELECT max(valid_to) FROM member_branch_history WHERE member_id = m.id), '${BEGINNING}') AS start, m.branch_id AS branchId
      FROM member m WHERE m.id = ?`),
    memberHistory: db.prepare('INSERT INTO member_branch_history (member_id, branch_id, valid_from, valid_to, plan_id) VALUES (?, ?, ?, ?, ?)'),
    setMember: db.prepare('UPDATE member SET branch_id = ? WHERE id = ?'),
    addLiaison: db.prepare('INSERT OR IGNORE INTO liaison (member_id, target_kind, target_id) VALUES (?, ?, ?)'),
    removeLiaison: db.prepare('DELETE FROM liaison WHERE member_id = ? AND target_kind = ? AND target_id = ?'),
    leadOf: db.prepare('SELECT id FROM household_lead WHERE member_id = ?').pluck(),
    insertLead: db.prepare('INSERT INTO household_lead (member_id, building_id, lng, lat) VALUES (?, ?, ?, ?)'),
    rehomeLead: db.prepare('UPDATE household_lead SET building_id = ?, lng = ?, lat = ? WHERE id = ? AND building_id != ?'),
    setLink: db.prepare(`INSERT INTO lead_link (lead_id, building_id, households) VALUES (?, ?, ?)
      ON CONFLICT (lead_id, building_id) DO UPDATE SET households = excluded.households`),
    dropLink: db.prepare('DELETE FROM lead_link WHERE lead_id = ? AND building_id = ?'),
    dropLinks: db.prepare('DELETE FROM lead_link WHERE lead_id = ?'),
    dropLead: db.prepare('DELETE FROM household_lead WHERE id = ?'),
    boundary: db.prepare('SELECT boundary FROM community WHERE id = ?').pluck(),
    grids: db.prepare('SELECT id, polygon FROM grid_branch WHERE community_id = ? AND valid_to IS NULL ORDER BY id'),
  };

  return {
    branch: (id: number) => q.branch.get(id) as BranchRow | undefined,
    /** A community's boundary and current grids as stored (GeoJSON text), for the topology check. */
    community(id: number): CommunityGeometryText {
      return { id, boundary: q.boundary.get(id) as string, grids: q.grids.all(id) as { id: number; polygon: string }[] };
    },
    /** Inserts a new current branch valid from `on`; returns its id. */
    createBranch(communityId: number, code: string, name: string, polygon: AreaGeometry, on: string): number {
      return Number(q.insertBranch.run({ communityId, code, name, on, ...geo(polygon) }).lastInsertRowid);
    },
    /** Gives a current branch a new code, name or polygon from `on`, keeping the old one as history. */
    changeBranch(row: BranchRow, next: { code: string; name: string; polygon: AreaGeometry | null }, on: string, planId: number): void {
      if (row.valid_from < on) q.branchHistory.run({ ...row, on, planId });
      const g = next.polygon ? geo(next.polygon) : { polygon: row.polygon, min_lng: row.min_lng, min_lat: row.min_lat, max_lng: row.max_lng, max_lat: row.max_lat };
      q.updateBranch.run({ id: row.id, code: next.code, name: next.name, on: row.valid_from < on ? on : row.valid_from, ...g });
    },
    /**
     * Ends a branch on `on`. If its current period began that same day, the day's earlier state
     * is restored first (the branch then ends where that state ended); returns false, changing
     * nothing, when the branch itself was founded that day.
     */
    dissolveBranch(row: BranchRow, on: string): boolean {
      if (row.valid_from < on) {
        q.dissolve.run(on, row.id);
        return true;
      }
      const before = q.historyEndingOn.get(row.id, on) as (BranchRow & { valid_to: string }) | undefined;
      if (!before) return false;
      q.dropHistory.run(row.id, before.valid_from);
      q.updateBranch.run({ id: row.id, code: before.code, name: before.name, polygon: before.polygon, on: before.valid_from, min_lng: before.min_lng, min_lat: before.min_lat, max_lng: before.max_lng, max_lat: before.max_lat });
      q.dissolve.run(on, row.id);
      return true;
    },
    /** When a building's current assignment began, and its branch. */
    buildingPeriod: (id: number) => q.buildingStart.get(id) as { start: string; branchId: number | null },
    /** Moves a building to `branchId` from `on`, keeping its past assignment as history. */
    moveBuilding(id: number, branchId: number | null, on: string, planId: number): void {
      const now = q.buildingStart.get(id) as { start: string; branchId: number | null };
      if (now.start < on) q.buildingHistory.run(id, now.branchId, now.start, on, planId);
      q.setBuilding.run(branchId, id);
    },
    memberPeriod: (id: number) => q.memberStart.get(id) as { start: string; branchId: number | null },
    /** Moves a member's organisational relationship to `branchId` from `on`, with history. */
    moveMember(id: number, branchId: number | null, on: string, planId: number): void {
      const now = q.memberStart.get(id) as { start: string; branchId: number | null };
      if (now.start < on) q.memberHistory.run(id, now.branchId, now.start, on, planId);
      q.setMember.run(branchId, id);
    },
    setLiaison(memberId: number, kind: LiaisonTarget, targetId: number, present: boolean): void {
      if (present) q.addLiaison.run(memberId, kind, targetId);
      else q.removeLiaison.run(memberId, kind, targetId);
    },
    /** Sets a lead's links, the lead at `home` (created there, or moved there when its member moved). */
    setLead(memberId: number, home: { buildingId: number; at: [number, number] }, links: ReadonlyMap<number, number>, reset: boolean): void {
      let leadId = q.leadOf.get(memberId) as number | undefined;
      if (leadId === undefined) leadId = Number(q.insertLead.run(memberId, home.buildingId, home.at[0], home.at[1]).lastInsertRowid);
      else q.rehomeLead.run(home.buildingId, home.at[0], home.at[1], leadId, home.buildingId);
      if (reset) q.dropLinks.run(leadId);
      for (const [buildingId, households] of links) {
        if (households > 0) q.setLink.run(leadId, buildingId, households);
        else q.dropLink.run(leadId, buildingId);
      }
    },
    /** The member stops being a household-lead; their links go with it. */
    removeLead(memberId: number): void {
      const leadId = q.leadOf.get(memberId) as number | undefined;
      if (leadId !== undefined) q.dropLead.run(leadId);
    },
  };
}

export type GridWriteRepository = ReturnType<typeof gridWriteRepository>;
