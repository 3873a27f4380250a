/**
 * The relocation ledger's state machine (拆迁党员动态台账): every member living in a demolition
 * zone is followed from the zone's announcement until a new organisation receives them.
 *
 *   in_zone ──► moving_out ──► transitional ──► resettled ──► reported ──► transferred
 *      │            │  └──────────────────────────┘  │           │           (final)
 *      │            └──► floating ◄───────────────────┘           │
 *      └──► lost_contact ◄── (from any state but transferred) ◄───┘
 *
 * A lost-contact member who is found again may be put back in any state but in_zone and
 * transferred; a floating member may settle, report or transfer. `transferred` is final: the
 * new organisation has received the member and the ledger entry closes.
 */

export const RELOCATION_STATES = [
  'in_zone',
  'moving_out',
  'transitional',
  'resettled',
  'reported',
  'transferred',
  'floating',
  'lost_contact',
] as const;
/**
 * in_zone 居住在征收区域; moving_out 动迁中; transitional 过渡安置; resettled 回迁/安置;
 * reported 已向新社区报到; transferred 组织关系已转接; floating 流动; lost_contact 失联.
 */
export type RelocationState = (typeof RELOCATION_STATES)[number];

export const ALLOWED_TRANSITIONS: Record<RelocationState, readonly RelocationState[]> = {
  in_zone: ['moving_out', 'floating', 'lost_contact'],
  moving_out: ['transitional', 'resettled', 'floating', 'lost_contact'],
  transitional: ['resettled', 'floating', 'lost_contact'],
  resettled: ['reported', 'transferred', 'floating', 'lost_contact'],
  reported: ['transferred', 'floating', 'lost_contact'],
  floating: ['resettled', 'reported', 'transferred', 'lost_contact'],
  lost_contact: ['moving_out', 'transitional', 'resettled', 'reported', 'floating'],
  transferred: [],
};

/** Until the new organisation receives the member, the old branch stays responsible. */
export function oldBranchResponsible(state: RelocationState): boolean {
  return state !== 'transferred';
}

/** Neither reported to a new community nor transferred: still to be accounted for. */
export function unaccountedFor(state: RelocationState): boolean {
  return state !== 'reported' && state !== 'transferred';
}

export type TransitionCheck = { ok: true } | { ok: false; message: string; allowed: readonly RelocationState[] };

/** Whether `from → to` is allowed; if not, a message naming the allowed next states. */
export function checkTransition(from: RelocationState, to: RelocationState): TransitionCheck {
  const allowed = ALLOWED_TRANSITIONS[from];
  if (allowed.includes(to)) return { ok: true };
  const message = allowed.length === 0
    ? `A member in state "${from}" is final: the ledger entry is closed and cannot move to "${to}".`
    : `A member in state "${from}" cannot move to "${to}"; allowed next states: ${allowed.join(', ')}.`;
  return { ok: false, message, allowed };
}
