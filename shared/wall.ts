/**
 * HTTP contract of the aggregates only the command-centre wall display asks for
 * (`GET /api/wall/alerts`, `GET /api/wall/relocation-history`). Like every aggregate they carry
 * no personal data: units are named, members are only counted.
 */
import type { BBox } from './model';
import type { RelocationState } from './relocation/states';

export const WALL_ALERT_KINDS = [
  'gap_neighbourhood',
  'branch_under_min',
  'branch_over_max',
  'contact_clock',
  'transfer_clock',
] as const;
/**
 * gap_neighbourhood 空白小区; branch_under_min a grid branch with too few active full members
 * (< 3); branch_over_max one with too many active members (> 50); contact_clock members of a
 * branch with no recorded contact for the lost-contact months (6) or never; transfer_clock
 * relocated members of a branch moved out that long ago without an organisation transfer.
 */
export type WallAlertKind = (typeof WALL_ALERT_KINDS)[number];

export interface WallAlert {
  kind: WallAlertKind;
  /** The unit the alert is about: a neighbourhood for gaps, a grid branch otherwise. */
  level: 'neighbourhood' | 'branch';
  id: number;
  name: string;
  communityId: number | null;
  communityName: string | null;
  /**
   * The figure: households of a gap neighbourhood; active full members (under the minimum);
   * active members (over the maximum); members whose clock has run out (the two clocks).
   */
  figure: number;
  /** The limit as it reads (e.g. "≥ 3", "≤ 50", "≥ 6"): months for the clocks; null for gaps. */
  limit: string | null;
  /** Clocks only: members who will reach the limit within the next 30 days. */
  soon?: number;
  /** `[minLng, minLat, maxLng, maxLat]` of the unit, to draw on the map. */
  bbox: BBox;
}

export interface WallAlertsResponse {
  /** The data version the alerts were computed at. */
  dataVersion: number;
  /** The day the clocks were read on, YYYY-MM-DD. */
  today: string;
  /** The clocks' months, as the rules set them (whole calendar months, the edge counts). */
  clockMonths: { contact: number; transfer: number };
  /** How many alerts of each kind (before any limit on the list). */
  counts: Record<WallAlertKind, number>;
  /** Every alert: gaps in reading order, then branch findings, then clocks, biggest figure first. */
  alerts: WallAlert[];
}

export interface RelocationHistoryResponse {
  dataVersion: number;
  /** Days, oldest first, YYYY-MM-DD; the last one is today. */
  days: string[];
  /** Ledger entries in each state at the end of each day (same order as `days`). */
  series: Record<RelocationState, number[]>;
}
