/**
 * The KPI header of a unit: which figures it shows and how they read. Pure; every figure is
 * taken from the unit's `GET /api/coverage` report, never computed here.
 */
import type { CoverageResponse } from '../../../shared/api';
import { AGE_BANDS, type AgeBand } from '../../../shared/coverage/types';
import { formatCount } from '../../../shared/format/figures';
import { MEMBER_CATEGORIES, type MemberCategory } from '../../../shared/model';
import type { Locale, MessageKey, Translate } from '../i18n';
import { coverageStateLabel } from './states';

export const KPI_IDS = [
  'households', 'residents', 'buildings', 'members', 'fullMembers', 'residentMembers',
  'leads', 'gapNeighbourhoods', 'gapBuildings', 'violations', 'state',
] as const;
/** Names a KPI; pages and tests find a figure by it (`data-kpi`). */
export type KpiId = (typeof KPI_IDS)[number];

export interface Kpi {
  id: KpiId;
  label: string;
  text: string;
  /** Draws the eye: a gap or violation count above zero. */
  alert: boolean;
}

const LABEL: Record<KpiId, MessageKey> = {
  households: 'kpi.households',
  residents: 'kpi.residents',
  buildings: 'kpi.buildings',
  members: 'kpi.members',
  fullMembers: 'kpi.fullMembers',
  residentMembers: 'kpi.residentMembers',
  leads: 'kpi.leads',
  gapNeighbourhoods: 'kpi.gapNeighbourhoods',
  gapBuildings: 'kpi.gapBuildings',
  violations: 'kpi.violations',
  state: 'kpi.state',
};

const ALERTING: ReadonlySet<KpiId> = new Set(['gapNeighbourhoods', 'gapBuildings', 'violations']);

/**
 * The KPIs of `report`'s unit. Party units (sub-district, community, branch) show their members
 * by organisational relationship; compounds and buildings the members who live there.
 */
export function unitKpis(report: CoverageResponse, locale: Locale, t: Translate): Kpi[] {
  const f = report.unit.figures;
  const count = (id: KpiId, value: number | undefined): Kpi[] =>
    value === undefined ? [] : [{ id, label: t(LABEL[id]), text: formatCount(value, locale), alert: ALERTING.has(id) && value > 0 }];
  const level = report.unit.level;
  if (level === 'building') {
    const state = coverageStateLabel(f.state ?? '', t);
    return [
      ...count('households', f.households),
      ...count('residents', f.residents),
      ...count('residentMembers', f.residentMembers),
      ...count('leads', f.leads),
      { id: 'state', label: t(LABEL.state), text: state, alert: f.state === 'gap' },
    ];
  }
  const party = level === 'subdistrict' || level === 'community' || level === 'branch';
  return [
    ...count('households', f.households),
    ...count('residents', f.residents),
    ...count('buildings', f.buildings),
    ...(party ? [...count('members', f.members), ...count('fullMembers', f.fullMembers)] : count('residentMembers', f.residentMembers)),
    ...count('leads', f.leads),
    ...(party ? count('gapNeighbourhoods', f.gapNeighbourhoods) : []),
    ...count('gapBuildings', f.gapBuildings),
    ...(party ? count('violations', report.violations.length) : []),
  ];
}

/** One bar of a small chart. */
export interface Bar {
  key: string;
  label: string;
  value: number;
}

/** Members by category, in the model's order; empty when the unit has no such figures. */
export function categoryBars(report: CoverageResponse, t: Translate): Bar[] {
  const by = report.unit.figures.byCategory;
  if (!by) return [];
  return MEMBER_CATEGORIES.map((c: MemberCategory) => ({ key: c, label: t(`category.${c}`), value: by[c] ?? 0 }));
}

/** Members by age band, youngest first; empty when the unit has no such figures. */
export function ageBars(report: CoverageResponse, t: Translate): Bar[] {
  const by = report.unit.figures.byAgeBand;
  if (!by) return [];
  return AGE_BANDS.map((a: AgeBand) => ({ key: a, label: t(`age.${a}`), value: by[a] ?? 0 }));
}
