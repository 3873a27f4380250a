/**
 * Roles and what each may see. The server enforces these; the client only uses them to
 * decide which screens to offer.
 *
 * - admin: everything, manages accounts and wall tokens.
 * - planner: edits grids, assignments, demolition zones and the relocation ledger for the
 *   whole sub-district; sees members' names with phones masked.
 * - secretary: one grid branch; sees personal data of its members and of members living in
 *   its grid; records contacts and moves for them.
 * - viewer: sub-district aggregates and maps; no personal data.
 * - wall: a display token bound to one screen; aggregates only.
 */

export const ACCOUNT_ROLES = ['admin', 'planner', 'secretary', 'viewer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export type Role = AccountRole | 'wall';

/** How much of a member's personal data a role gets for a member within its reach. */
export type PersonalDataAccess = 'full' | 'masked_phone' | 'none';

export function personalDataAccess(role: Role): PersonalDataAccess {
  switch (role) {
    case 'admin':
    case 'secretary':
      return 'full';
    case 'planner':
      return 'masked_phone';
    case 'viewer':
    case 'wall':
      return 'none';
  }
}

/**
 * Masks a phone number to its first 3 and last 4 digits, `138****1234`, as Chinese
 * government systems print them. Shorter strings are masked whole.
 */
export function maskPhone(phone: string): string {
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
