/**
 * The wall's alert list, from the same coverage snapshot and rule findings the desk views read
 * (so the wall and a secretary never disagree) plus the two CPC clocks counted per grid branch.
 * Pure given its inputs; members are only counted, never named.
 */
import type { BBox } from '../../shared/model';
import { freshness } from '../../shared/freshness';
import { readingOrderOfPoints } from '../../shared/geo/reading-order';
import { clockFlags } from '../../shared/relocation/clocks';
import type { RelocationState } from '../../shared/relocation/states';
import { describeLimit, type RuleConfig } from '../../shared/rules/config';
import { WALL_ALERT_KINDS, type WallAlert, type WallAlertKind, type WallAlertsResponse } from '../../shared/wall';
import type { CoverageSnapshot } from './coverage';
import { addDays } from './relocation-history';

/** How far ahead "soon" looks for the clocks, days. */
export const SOON_DAYS = 30;

/** A member whose contact clock runs: active or moving, with the branch holding their relationship. */
export interface MemberClockRow {
  branchId: number | null;
  lastContact: string | null;
}

/** An open ledger entry, for the transfer clock. */
export interface LedgerClockRow {
  branchId: number | null;
  state: RelocationState;
  lastContact: string | null;
  movedOutOn: string | null;
}

export interface ClockInput {
  members: readonly MemberClockRow[];
  ledger: readonly LedgerClockRow[];
}

const centre = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** Counts due now and due within `SOON_DAYS`, per branch. */
function countPerBranch<T extends { branchId: number | null }>(rows: readonly T[], dueOn: (row: T, day: string) => boolean, today: string): Map<number, { due: number; soon: number }> {
  const later = addDays(today, SOON_DAYS);
  const out = new Map<number, { due: number; soon: number }>();
  for (const row of rows) {
    if (row.branchId === null) continue;
    const due = dueOn(row, today);
    const soon = !due && dueOn(row, later);
    if (!due && !soon) continue;
    const c = out.get(row.branchId) ?? { due: 0, soon: 0 };
    if (due) c.due += 1;
    else c.soon += 1;
    out.set(row.branchId, c);
  }
  return out;
}

/** Every alert of the sub-district as of `today` (YYYY-MM-DD), in the order the wall lists them. */
export function wallAlerts(snap: CoverageSnapshot, clocks: ClockInput, today: string, rules: RuleConfig): WallAlertsResponse {
  const dir = snap.directory;
  const communityOf = (id: number | null): { communityId: number | null; communityName: string | null } => {
    const c = id === null ? undefined : dir.communities.get(id);
    return { communityId: c?.id ?? null, communityName: c?.name ?? null };
  };
  const branchAlert = (kind: WallAlertKind, branchId: number, figure: number, limit: string, soon?: number): WallAlert[] => {
    const b = dir.branches.get(branchId);
    if (!b) return [];
    return [{ kind, level: 'branch', id: b.id, name: b.name, ...communityOf(b.parentId), figure, limit, ...(soon === undefined ? {} : { soon }), bbox: b.bbox }];
  };

  const gaps: WallAlert[] = [];
  for (const n of snap.result.neighbourhoods.values()) {
    const e = n.gap ? dir.neighbourhoods.get(n.id) : undefined;
    if (e) gaps.push({ kind: 'gap_neighbourhood', level: 'neighbourhood', id: e.id, name: e.name, ...communityOf(e.parentId), figure: n.households, limit: null, bbox: e.bbox });
  }
  const gapsInOrder = gaps.length === 0 ? gaps : readingOrderOfPoints(gaps.map((g) => centre(g.bbox))).map((k) => gaps[k] as WallAlert);

  const findings = (rule: string, kind: WallAlertKind): WallAlert[] =>
    snap.violations
      .filter((v) => v.rule === rule && v.level === 'branch' && typeof v.figure === 'number')
      .flatMap((v) => branchAlert(kind, v.id, v.figure as number, v.limit));
  const under = findings('branch_min_full_members', 'branch_under_min').sort((a, b) => a.figure - b.figure);
  const over = findings('branch_max_members', 'branch_over_max').sort((a, b) => b.figure - a.figure);

  const clockAlerts = (kind: WallAlertKind, counts: Map<number, { due: number; soon: number }>, limit: string): WallAlert[] =>
    [...counts.entries()]
      .filter(([, c]) => c.due > 0)
      .flatMap(([branchId, c]) => branchAlert(kind, branchId, c.due, limit, c.soon))
      .sort((a, b) => b.figure - a.figure || (b.soon ?? 0) - (a.soon ?? 0));
  const contact = clockAlerts(
    'contact_clock',
    countPerBranch(clocks.members, (m, day) => {
      const f = freshness(m.lastContact, day, rules);
      return f === 'lost' || f === 'never';
    }, today),
    describeLimit('min', rules.lostContactMonths),
  );
  const transfer = clockAlerts(
    'transfer_clock',
    countPerBranch(clocks.ledger, (e, day) => clockFlags(e, day, rules).transferDue.due, today),
    describeLimit('min', rules.transferDueMonths),
  );

  const alerts = [...gapsInOrder, ...under, ...over, ...contact, ...transfer];
  const counts = Object.fromEntries(WALL_ALERT_KINDS.map((k) => [k, alerts.filter((a) => a.kind === k).length])) as Record<WallAlertKind, number>;
  const clockMonths = { contact: rules.lostContactMonths.value, transfer: rules.transferDueMonths.value };
  return { dataVersion: snap.version, today, clockMonths, counts, alerts };
}
