/**
 * Coverage by community: one bar per community in code order, coloured by the same classes
 * as the map; the community the tour is on stands out.
 */
import { coverageClassOf } from '../../../../../shared/dashboard/coverage-classes';
import { formatPercent } from '../../../../../shared/format/figures';
import { useT, useWall } from '../../context';
import { WALL_PALETTE } from '../../map/palette';
import { communityName } from '../../names';
import { BarChart, type BarItem } from './BarChart';
import { ChartPanel } from './ChartPanel';

export function CoverageChart() {
  const t = useT();
  const children = useWall((s) => s.data?.subdistrict.children);
  const overlays = useWall((s) => s.overlays);
  const locale = useWall((s) => s.params.locale);
  const unit = useWall((s) => s.unit);
  const focus = useWall((s) => {
    const step = s.tour.steps[s.tour.index];
    return step?.kind === 'community' ? step.id : null;
  });
  const items: BarItem[] = [...(children ?? [])]
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''))
    .map((c) => {
      const cls = coverageClassOf(c.figures.coverage);
      return {
        key: String(c.id),
        // "Yidu Road" reads as well as "Yidu Road Community" in a list of communities, and fits.
        label: communityName(c.id, c.name, locale, overlays).replace(/ Community$/, ''),
        value: c.figures.coverage ?? 0,
        valueText: formatPercent(c.figures.coverage, locale),
        color: cls === null ? WALL_PALETTE.coverageNone : (WALL_PALETTE.coverageRamp[cls] ?? WALL_PALETTE.coverageNone),
        highlight: c.id === focus,
      };
    });
  const max = Math.max(0.5, ...items.map((i) => i.value));
  return (
    <ChartPanel id="coverage" title={t('chart.coverageByCommunity')}>
      {(size) => <BarChart items={items} width={size.width} height={size.height} max={Math.min(1, Math.ceil(max * 10) / 10)} unit={unit} labelShare={locale === 'en' ? 0.42 : 0.3} />}
    </ChartPanel>
  );
}
