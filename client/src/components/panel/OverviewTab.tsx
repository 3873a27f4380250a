/**
 * 概况: the unit's KPI header (coverage first, then households, residents, members, leads, gaps
 * and violations), its members by category and age band, and the list of its children; on a
 * worked branch its rule violations instead (its buildings have a tab of their own).
 */
import type { CoverageResponse } from '../../../../shared/api';
import { formatCount } from '../../../../shared/format/figures';
import { ageBars, categoryBars, unitKpis } from '../../coverage/kpis';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { BarChart } from './BarChart';
import { ChildrenList } from './ChildrenList';
import { CoverageMeter } from './CoverageMeter';
import { ViolationsTab } from './ViolationsTab';

function KpiHeader({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const f = report.unit.figures;
  return (
    <section className="kpis" aria-label={t('tab.overview')}>
      <div className="kpis__hero" data-kpi="coverage">
        <span className="kpis__hero-label">{t('kpi.coverage')}</span>
        <CoverageMeter coverage={f.coverage} size="large" />
        <span className="kpis__hero-note">
          {f.households > 0
            ? t('kpi.reachedOf', { reached: formatCount(f.reached, locale), households: formatCount(f.households, locale) })
            : t('kpi.noHouseholds')}
        </span>
      </div>
      <dl className="kpis__grid">
        {unitKpis(report, locale, t).map((kpi) => (
          <div key={kpi.id} className={`kpi${kpi.alert ? ' kpi--alert' : ''}`} data-kpi={kpi.id}>
            <dt className="kpi__label">{kpi.label}</dt>
            <dd className="kpi__value">{kpi.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function OverviewTab({ report, work = false }: { report: CoverageResponse; work?: boolean }) {
  const t = useTranslate();
  const categories = categoryBars(report, t);
  const ages = ageBars(report, t);
  return (
    <>
      <KpiHeader report={report} />
      {categories.length > 0 && (
        <div className="charts">
          <BarChart id="category" title={t('chart.byCategory')} bars={categories} />
          <BarChart id="age" title={t('chart.byAgeBand')} bars={ages} />
        </div>
      )}
      {work ? <ViolationsTab report={report} /> : <ChildrenList report={report} />}
    </>
  );
}
