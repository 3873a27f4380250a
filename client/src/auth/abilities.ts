/**
 * What the page offers a signed-in user. The server enforces every one of these on its own;
 * the client only decides which screens and buttons to show, so nobody is offered what the
 * server would refuse.
 */
import type { UnitKey } from '../coverage/levels';
import type { Session } from '../api/auth';

type Who = Pick<Session, 'role' | 'branchId'> | null;

/** A secretary's own branch, or null for every other role (or a secretary without one). */
export function ownBranch(who: Who): number | null {
  return who?.role === 'secretary' ? who.branchId : null;
}

/** Where the user lands after signing in: a secretary on their branch, everyone else on the sub-district (null). */
export function landingUnit(who: Who): UnitKey | null {
  const branch = ownBranch(who);
  return branch === null ? null : { level: 'branch', id: branch };
}

/**
 * Whether the branch's work lists (members with personal data, verification, contacts, moves)
 * are offered on `unit`: a secretary on their own branch, an administrator on any. Planners see
 * masked phones and no homes, too little for these lists; viewers no personal data at all.
 */
export function canWorkOn(who: Who, unit: UnitKey | null): boolean {
  if (!who || unit?.level !== 'branch') return false;
  return who.role === 'admin' || ownBranch(who) === unit.id;
}

/** Whether the branch's CSV and GeoJSON downloads are offered: admins and planners any branch, a secretary their own. */
export function canExport(who: Who, unit: UnitKey | null): boolean {
  if (!who || unit?.level !== 'branch') return false;
  return who.role === 'admin' || who.role === 'planner' || ownBranch(who) === unit.id;
}

/** Whether the administration page is offered. */
export function canAdminister(who: Who): boolean {
  return who?.role === 'admin';
}

/** Whether the planner's workspace is offered: planners and administrators. */
export function canPlan(who: Who): boolean {
  return who?.role === 'planner' || who?.role === 'admin';
}

/**
 * Whether the demolition and relocation page is offered: everyone signed in sees zones, flows
 * and counters (aggregates); `canRecordMoves` decides whether the ledger's names are shown.
 */
export function canSeeRelocation(who: Who): boolean {
  return who !== null;
}

/** Whether the relocation ledger (names, moves) is offered: secretaries (own members), planners, administrators. */
export function canRecordMoves(who: Who): boolean {
  return who?.role === 'secretary' || who?.role === 'planner' || who?.role === 'admin';
}
