/**
 * Relocation states over time: ledger entries in each of four groups at the end of each day,
 * as stacked areas in plain SVG, with the latest figures in the legend.
 */
import { formatCount } from '../../../../../shared/format/figures';
import { HISTORY_DAYS } from '../../api';
import { RELOCATION_GROUPS, groupRelocationSeries, niceMax, stackedAreaPaths, type RelocationGroup } from '../../chartGeometry';
import { useT, useWall } from '../../context';
import { WALL_PALETTE } from '../../map/palette';
import { ChartPanel } from './ChartPanel';

export const GROUP_COLOURS: Record<RelocationGroup, string> = {
  in_zone: WALL_PALETTE.zone,
  moving: '#b48cff',
  settled: WALL_PALETTE.good,
  lost_contact: WALL_PALETTE.alert,
};

export function RelocationChart() {
  const t = useT();
  const history = useWall((s) => s.data?.history);
  const locale = useWall((s) => s.params.locale);
  const unit = useWall((s) => s.unit);
  const grouped = history ? groupRelocationSeries(history.series) : null;
  const series = RELOCATION_GROUPS.map((g) => grouped?.[g] ?? []);
  const days = history?.days ?? [];
  const totals = days.map((_, i) => series.reduce((sum, s) => sum + (s[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const empty = totals.every((n) => n === 0);
  const font = 17 * unit;
  return (
    <ChartPanel id="relocation" title={t('chart.relocation', { days: HISTORY_DAYS })}>
      {(size) => {
        if (empty) return <p className="chart-empty">{t('chart.noRelocation')}</p>;
        const legend = 3.1 * font;
        const axis = 1.5 * font;
        const left = 3 * font;
        const plotW = Math.max(0, size.width - left);
        const plotH = Math.max(0, size.height - legend - axis);
        const paths = stackedAreaPaths(series, plotW, plotH, max);
        return (
          <svg width={size.width} height={size.height} role="img" className="area-chart">
            {RELOCATION_GROUPS.map((g, i) => {
              const latest = grouped?.[g][days.length - 1] ?? 0;
              const x = (i % 2) * (size.width / 2);
              const y = Math.floor(i / 2) * font * 1.45;
              return (
                <g key={g} transform={`translate(${x},${y})`} data-group={g}>
                  <rect y={font * 0.2} width={font} height={font} rx={3 * unit} fill={GROUP_COLOURS[g]} />
                  <text x={font * 1.35} y={font * 0.7} fontSize={font} dominantBaseline="central" fill={WALL_PALETTE.text}>
                    {t(`relgroup.${g}`)} <tspan fontWeight={700}>{formatCount(latest, locale)}</tspan>
                  </text>
                </g>
              );
            })}
            <g transform={`translate(${left},${legend})`}>
              {paths.map((d, i) => (
                <path key={RELOCATION_GROUPS[i]} d={d} fill={GROUP_COLOURS[RELOCATION_GROUPS[i] ?? 'in_zone']} fillOpacity={0.85} />
              ))}
              <line x1={0} x2={plotW} y1={plotH} y2={plotH} stroke={WALL_PALETTE.panelEdge} strokeWidth={unit} />
              <text x={-8 * unit} y={0} fontSize={font} textAnchor="end" dominantBaseline="hanging" fill={WALL_PALETTE.muted}>{formatCount(max, locale)}</text>
              <text x={-8 * unit} y={plotH} fontSize={font} textAnchor="end" fill={WALL_PALETTE.muted}>0</text>
              <text x={0} y={plotH + axis * 0.75} fontSize={font} fill={WALL_PALETTE.muted}>{days[0]?.slice(5)}</text>
              <text x={plotW} y={plotH + axis * 0.75} fontSize={font} textAnchor="end" fill={WALL_PALETTE.muted}>{days[days.length - 1]?.slice(5)}</text>
            </g>
          </svg>
        );
      }}
    </ChartPanel>
  );
}
