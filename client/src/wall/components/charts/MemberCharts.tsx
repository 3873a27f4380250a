/**
 * Members by category and by age band, of the unit on screen (the community the tour is on,
 * or the whole sub-district): two bar charts from its coverage report.
 */
import { AGE_BANDS } from '../../../../../shared/coverage/types';
import { formatCount } from '../../../../../shared/format/figures';
import { MEMBER_CATEGORIES } from '../../../../../shared/model';
import { niceMax } from '../../chartGeometry';
import { useT, useWall } from '../../context';
import type { WallMessageKey } from '../../i18n';
import { WALL_PALETTE } from '../../map/palette';
import { shownReport } from '../../state/selectors';
import { BarChart, type BarItem } from './BarChart';
import { ChartPanel } from './ChartPanel';

function bars(by: Record<string, number> | undefined, keys: readonly string[], label: (k: string) => string, color: string, locale: string): BarItem[] {
  return keys.map((k) => ({ key: k, label: label(k), value: by?.[k] ?? 0, valueText: formatCount(by?.[k] ?? 0, locale), color }));
}

export function MemberCharts() {
  const t = useT();
  const report = useWall(shownReport);
  const locale = useWall((s) => s.params.locale);
  const unit = useWall((s) => s.unit);
  const f = report?.unit.figures;
  const category = bars(f?.byCategory, MEMBER_CATEGORIES, (k) => t(`category.${k}` as WallMessageKey), WALL_PALETTE.accent, locale);
  const age = bars(f?.byAgeBand, AGE_BANDS, (k) => t(`age.${k}` as WallMessageKey), WALL_PALETTE.community, locale);
  const chart = (items: BarItem[]) => (size: { width: number; height: number }) => (
    <BarChart items={items} width={size.width} height={size.height} max={niceMax(Math.max(...items.map((i) => i.value)))} unit={unit} labelShare={locale === 'en' ? 0.48 : 0.42} />
  );
  return (
    <div className="member-charts" data-unit={report ? `${report.unit.level}:${report.unit.id}` : ''}>
      <ChartPanel id="category" title={t('chart.byCategory')}>{chart(category)}</ChartPanel>
      <ChartPanel id="age" title={t('chart.byAge')}>{chart(age)}</ChartPanel>
    </div>
  );
}
