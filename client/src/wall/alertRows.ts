/**
 * Which alerts the list shows, in what order, for the tour step on screen. Pure.
 * - the gaps step: gap neighbourhoods only, new ones first;
 * - a community: that community's alerts;
 * - otherwise: new gaps, then branches under the minimum, over the maximum, the two clocks,
 *   then the other gaps.
 */
import type { WallAlert, WallAlertKind, WallAlertsResponse } from '../../../shared/wall';
import type { TourStep } from './tour';

const RANK: Record<WallAlertKind, number> = {
  gap_neighbourhood: 5,
  branch_under_min: 1,
  branch_over_max: 2,
  contact_clock: 3,
  transfer_clock: 4,
};

/** The alerts to list, best first; `fresh` marks new gap ids (see newGaps.ts). */
export function orderAlerts(alerts: readonly WallAlert[], step: TourStep | undefined, fresh: Readonly<Record<number, number>>): WallAlert[] {
  const isNew = (a: WallAlert): boolean => a.kind === 'gap_neighbourhood' && fresh[a.id] !== undefined;
  const rank = (a: WallAlert): number => (isNew(a) ? 0 : RANK[a.kind]);
  let list = [...alerts];
  if (step?.kind === 'gaps') list = list.filter((a) => a.kind === 'gap_neighbourhood');
  else if (step?.kind === 'community') list = list.filter((a) => a.communityId === step.id);
  // Stable sort: within a rank the server's order (reading order, biggest figure first) stays.
  return list.sort((a, b) => rank(a) - rank(b));
}

/** The months of a clock as the server's rules set them (6 by default), for its label. */
export function clockMonths(alerts: WallAlertsResponse | null, kind: WallAlertKind): number | null {
  if (!alerts) return null;
  return kind === 'transfer_clock' ? alerts.clockMonths.transfer : alerts.clockMonths.contact;
}
