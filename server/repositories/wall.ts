/**
 * The SQL behind the wall's own aggregates: the rows the clocks count and the relocation
 * ledger's events. Nothing personal is selected: no name, phone or birth year.
 */
import type { Database } from 'better-sqlite3';
import type { LedgerEvent } from '../services/relocation-history';
import type { ClockInput, LedgerClockRow, MemberClockRow } from '../services/wall-alerts';

export function wallRepository(db: Database) {
  const q = {
    // Active and moving members: the ones whose lost-contact clock still runs.
    members: db.prepare(`SELECT branch_id AS branchId, last_contact AS lastContact FROM member WHERE status IN ('active', 'moving')`),
    ledger: db.prepare(`SELECT m.branch_id AS branchId, r.state, r.last_contact AS lastContact, r.moved_out_on AS movedOutOn
      FROM relocation r JOIN member m ON m.id = r.member_id WHERE r.state != 'transferred'`),
    events: db.prepare(`SELECT id, relocation_id AS relocationId, to_state AS toState, on_date AS onDate FROM relocation_event`),
  };
  return {
    clocks: (): ClockInput => ({ members: q.members.all() as MemberClockRow[], ledger: q.ledger.all() as LedgerClockRow[] }),
    events: () => q.events.all() as LedgerEvent[],
  };
}

export type WallRepository = ReturnType<typeof wallRepository>;
