/**
 * Which of a branch's members are due a contact: none for `staleAfterMonths` (3) or for
 * `lostContactMonths` (6), never contacted counting as both. Pure.
 */
import { freshness, type Freshness } from '../../../shared/freshness';
import type { MemberDto } from '../../../shared/members';
import type { FreshnessRules } from './freshnessRules';

export const CONTACT_FILTERS = ['all', 'stale', 'lost'] as const;
/** all members; `stale`: not contacted for 3 months or more; `lost`: for 6 months or more. */
export type ContactFilter = (typeof CONTACT_FILTERS)[number];

/** Members the branch no longer looks after. */
const NOT_FOLLOWED = new Set(['deceased', 'transferred_out']);

const MATCHES: Record<ContactFilter, ReadonlySet<Freshness>> = {
  all: new Set(['fresh', 'stale', 'lost', 'never']),
  stale: new Set(['stale', 'lost', 'never']),
  lost: new Set(['lost', 'never']),
};

/** The branch's own members (not those merely living in the grid), in the server's order. */
export function ownMembers(members: readonly MemberDto[], branchId: number): MemberDto[] {
  return members.filter((m) => m.branchId === branchId);
}

/** How fresh a member's last contact is as of `today`. */
export function contactFreshness(member: Pick<MemberDto, 'lastContact'>, today: string, rules: FreshnessRules): Freshness {
  return freshness(member.lastContact, today, rules);
}

/**
 * The members `filter` lists, longest without contact first for the due lists (never
 * contacted first of all); `all` keeps the given order and includes everyone.
 */
export function membersFor(filter: ContactFilter, members: readonly MemberDto[], today: string, rules: FreshnessRules): MemberDto[] {
  if (filter === 'all') return [...members];
  const due = members.filter((m) => !NOT_FOLLOWED.has(m.status) && MATCHES[filter].has(contactFreshness(m, today, rules)));
  return due.sort((a, b) => (a.lastContact ?? '').localeCompare(b.lastContact ?? '') || a.id - b.id);
}

/** How many members each filter lists. */
export function filterCounts(members: readonly MemberDto[], today: string, rules: FreshnessRules): Record<ContactFilter, number> {
  return {
    all: members.length,
    stale: membersFor('stale', members, today, rules).length,
    lost: membersFor('lost', members, today, rules).length,
  };
}
