/**
 * Members' places over time (migration 009): before a write changes a member's home or status,
 * the period that ends is kept in `member_residence_history`, so coverage and the flow map can
 * be read for any past day. Runs inside the caller's transaction.
 */
import type { Database } from 'better-sqlite3';
import type { MemberStatus } from '../../shared/model';

export interface ResidenceChange {
  status: MemberStatus;
  /** The new home, or null to keep the current one. */
  buildingId: number | null;
}

export function residenceRepository(db: Database) {
  const q = {
    member: db.prepare('SELECT status, building_id FROM member WHERE id = ?'),
    periodStart: db.prepare('SELECT max(valid_to) FROM member_residence_history WHERE member_id = ?').pluck(),
    insert: db.prepare(`INSERT INTO member_residence_history (member_id, building_id, status, valid_from, valid_to, relocation_id)
      VALUES (?, ?, ?, ?, ?, ?)`),
  };
  return {
    /**
     * Keeps member `memberId`'s current home and status as a past period ending on `on`
     * (YYYY-MM-DD) when `next` changes either. Call before updating the member row.
     *
     * A change dated on the day the current period began leaves nothing behind (the old state
     * held for no whole day); one back-dated before it cannot be slotted into the past without
     * rewriting later periods, so the new state simply holds from the last change on.
     */
    recordChange(memberId: number, next: ResidenceChange, on: string, relocationId: number | null): void {
      const now = q.member.get(memberId) as { status: MemberStatus; building_id: number | null } | undefined;
      if (!now) return;
      const building = next.buildingId ?? now.building_id;
      if (now.status === next.status && now.building_id === building) return;
      const start = q.periodStart.get(memberId) as string | null;
      if (start !== null && on <= start) return;
      q.insert.run(memberId, now.building_id, now.status, start, on, relocationId);
    },
  };
}
