/**
 * Who moved out of a grid branch and who moved in, from the branch's member list (which the
 * server scopes to the branch's members and the members living in its grid). Pure.
 *
 * - Moved out: members of the branch who are moving or transferred out, or who live outside
 *   the grid (or nowhere known in the sub-district).
 * - Moved in: members living in the grid whose organisational relationship is with another
 *   branch (or none), so the branch knows who to invite to its activities.
 */
import type { MemberDto } from '../../../shared/members';

export const MOVE_OUT_REASONS = ['moving', 'transferred_out', 'outside_grid', 'no_home'] as const;
/** Why a member counts as moved out; a status reason wins over where they live. */
export type MoveOutReason = (typeof MOVE_OUT_REASONS)[number];

export interface MovedOut {
  member: MemberDto;
  reason: MoveOutReason;
}

export interface BranchMoves {
  movedOut: MovedOut[];
  movedIn: MemberDto[];
}

/** A member no longer with us: neither list is about them. */
const GONE = new Set(['deceased']);

/** Splits `members` into those who moved out of branch `branchId` and those who moved into its grid. */
export function branchMoves(members: readonly MemberDto[], branchId: number, gridBuildings: ReadonlySet<number>): BranchMoves {
  const movedOut: MovedOut[] = [];
  const movedIn: MemberDto[] = [];
  for (const m of members) {
    if (GONE.has(m.status)) continue;
    const home = m.buildingId ?? null;
    const livesInGrid = home !== null && gridBuildings.has(home);
    if (m.branchId === branchId) {
      const reason: MoveOutReason | null =
        m.status === 'moving' || m.status === 'transferred_out' ? m.status : home === null ? 'no_home' : livesInGrid ? null : 'outside_grid';
      if (reason) movedOut.push({ member: m, reason });
    } else if (livesInGrid) {
      movedIn.push(m);
    }
  }
  return { movedOut, movedIn };
}
