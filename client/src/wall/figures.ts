/**
 * What the KPI tiles show, read straight from the API answers the desk views use (coverage
 * report, relocation counters, the communities layer): the wall computes no figure of its
 * own, so it and a secretary never disagree. Pure.
 */
import type { CoverageResponse } from '../../../shared/api';
import { formatCount, formatPercent, NO_FIGURE } from '../../../shared/format/figures';
import type { RelocationSummary } from './api';
import type { WallMessageKey } from './i18n';

export const KPI_IDS = [
  'branches', 'members', 'coverage', 'gapNeighbourhoods', 'branchesUnderMin',
  'relocAffected', 'relocResettled', 'relocUnaccounted', 'relocLostContact',
] as const;
/** Names a tile; pages and tests find it by `data-kpi`. */
export type KpiId = (typeof KPI_IDS)[number];

/** How a tile is coloured: `alert` (red) and `warn` (amber) only when the figure is above zero. */
export type KpiTone = 'plain' | 'accent' | 'warn' | 'alert';

export interface WallKpi {
  id: KpiId;
  label: WallMessageKey;
  /** The figure, or null before it has loaded. */
  value: number | null;
  text: string;
  tone: KpiTone;
  /** Tiles of one group sit together (Party organisation; relocation). */
  group: 'party' | 'relocation';
}

export interface KpiSources {
  subdistrict: CoverageResponse | null;
  relocation: RelocationSummary | null;
  /** Grid branches per community, from the communities layer. */
  branchCounts: readonly number[] | null;
}

/** The rule the "branches under N" tile counts. */
export const UNDER_MIN_RULE = 'branch_min_full_members';

/** The nine tiles, in order, with their figures formatted for `locale`. */
export function wallKpis({ subdistrict, relocation, branchCounts }: KpiSources, locale: string): WallKpi[] {
  const f = subdistrict?.unit.figures;
  const count = (value: number | null | undefined): { value: number | null; text: string } =>
    value === null || value === undefined ? { value: null, text: NO_FIGURE } : { value, text: formatCount(value, locale) };
  const tone = (value: number | null, when: KpiTone): KpiTone => (value !== null && value > 0 ? when : 'plain');
  const kpi = (id: KpiId, label: WallMessageKey, figure: { value: number | null; text: string }, t: KpiTone, group: WallKpi['group']): WallKpi => ({
    id, label, ...figure, tone: t, group,
  });
  const branches = count(branchCounts ? branchCounts.reduce((s, n) => s + n, 0) : null);
  const members = count(f?.members);
  const coverage = f ? { value: f.coverage, text: formatPercent(f.coverage, locale) } : { value: null, text: NO_FIGURE };
  const gaps = count(f?.gapNeighbourhoods);
  const under = count(subdistrict ? subdistrict.violations.filter((v) => v.rule === UNDER_MIN_RULE).length : null);
  const affected = count(relocation?.affected);
  const resettled = count(relocation?.resettled);
  const unaccounted = count(relocation?.unaccountedFor);
  const lost = count(relocation?.lostContact);
  return [
    kpi('branches', 'kpi.branches', branches, 'plain', 'party'),
    kpi('members', 'kpi.members', members, 'plain', 'party'),
    kpi('coverage', 'kpi.coverage', coverage, 'accent', 'party'),
    kpi('gapNeighbourhoods', 'kpi.gapNeighbourhoods', gaps, tone(gaps.value, 'alert'), 'party'),
    kpi('branchesUnderMin', 'kpi.branchesUnderMin', under, tone(under.value, 'alert'), 'party'),
    kpi('relocAffected', 'kpi.relocAffected', affected, 'plain', 'relocation'),
    kpi('relocResettled', 'kpi.relocResettled', resettled, 'plain', 'relocation'),
    kpi('relocUnaccounted', 'kpi.relocUnaccounted', unaccounted, tone(unaccounted.value, 'warn'), 'relocation'),
    kpi('relocLostContact', 'kpi.relocLostContact', lost, tone(lost.value, 'alert'), 'relocation'),
  ];
}

/** The minimum full members a branch needs, read from the rules the report was judged by. */
export function minFullMembers(report: CoverageResponse | null): number | null {
  const rule = report?.rules['branchMinFullMembers'];
  if (typeof rule !== 'object' || rule === null) return null;
  const value = (rule as { value?: unknown }).value;
  return typeof value === 'number' ? value : null;
}
