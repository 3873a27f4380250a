/**
 * The CPC clocks on a relocated member, as of a given day:
 * - no recorded contact for `lostContactMonths` (6) → flag as lost contact (失联), with the
 *   national reason code; for a member whose home was demolished the code is ⑥ residence changed;
 * - moved out for `transferDueMonths` (6) without an organisation transfer → flag for transfer.
 * Months are whole calendar months (shared/freshness.ts).
 */
import { monthsBetween } from '../freshness';
import { meetsMin, type Limit } from '../rules/config';
import type { RelocationState } from './states';

/**
 * National reason codes for losing contact (《经查找取得联系党员登记表》): ① went out to work or do
 * business 外出务工经商, ② employer restructured or bankrupt 单位改制或破产, ③ whereabouts unknown
 * after graduating 毕业后去向不明, ④ changed employer 工作单位改变, ⑤ went abroad 出国(境),
 * ⑥ residence changed 居住地改变, ⑦ other 其他.
 */
export const LOST_CONTACT_REASONS = {
  1: '外出务工经商',
  2: '单位改制或破产',
  3: '毕业后去向不明',
  4: '工作单位改变',
  5: '出国(境)',
  6: '居住地改变',
  7: '其他',
} as const;
export type LostContactReason = keyof typeof LOST_CONTACT_REASONS;

export interface ClockInput {
  state: RelocationState;
  /** Last recorded contact, YYYY-MM-DD, or null if none was ever recorded. */
  lastContact: string | null;
  /** The day the member moved out of the zone (entered moving_out), or null if not yet. */
  movedOutOn: string | null;
}

export interface ClockFlags {
  lostContact: { due: boolean; months: number | null; reason: LostContactReason };
  transferDue: { due: boolean; months: number | null };
}

export interface ClockRules {
  lostContactMonths: Limit;
  transferDueMonths: Limit;
}

/** The two flags for one ledger entry as of `today` (YYYY-MM-DD). A transferred member has none. */
export function clockFlags(entry: ClockInput, today: string, rules: ClockRules): ClockFlags {
  const done = entry.state === 'transferred';
  const sinceContact = entry.lastContact === null ? null : monthsBetween(entry.lastContact, today);
  const sinceMove = entry.movedOutOn === null ? null : monthsBetween(entry.movedOutOn, today);
  return {
    lostContact: {
      // Never contacted counts as overdue: nobody has heard from them since the zone was announced.
      due: !done && entry.state !== 'lost_contact' && (sinceContact === null || meetsMin(sinceContact, rules.lostContactMonths)),
      months: sinceContact,
      reason: 6,
    },
    transferDue: {
      due: !done && entry.state !== 'in_zone' && sinceMove !== null && meetsMin(sinceMove, rules.transferDueMonths),
      months: sinceMove,
    },
  };
}
