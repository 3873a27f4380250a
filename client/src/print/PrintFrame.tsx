/**
 * Everything on the printed sheet but the map itself, as one SVG in layout units (A4 mm):
 * title (branch name and code, community, sub-district), date, the map's frame with north arrow
 * and scale bar, the legend and the grid's figures, and a footer. Styled by attributes only, so
 * the same SVG draws on screen, on paper and onto the PNG.
 */
import { forwardRef } from 'react';
import type { CoverageResponse } from '../../../shared/api';
import { formatCount, formatDistance, formatPercent } from '../../../shared/format/figures';
import type { Locale, Translate } from '../i18n';
import { PALETTE } from '../map/palette';
import type { PaperSize } from '../route';
import { LAYOUT_HEIGHT, LAYOUT_WIDTH, PAPER_MM, paperScale, printLayout, type Rect } from './layout';
import { printLegendItems } from './legendItems';
import { representativeFraction, scaleBar } from './scale';
import { SvgSwatch, SvgSwatchDefs } from './SvgSwatch';

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const INK = '#1f1c18';
const MUTED = '#5f584d';

export interface FrameProps {
  size: PaperSize;
  report: CoverageResponse;
  /** Ground metres per real millimetre of paper, once the map has settled; null before. */
  metresPerMm: number | null;
  /** The sub-district's name in the UI language. */
  place: string;
  today: string;
  locale: Locale;
  t: Translate;
}

function NorthArrow({ map }: { map: Rect }) {
  const cx = map.x + map.width - 9;
  const cy = map.y + 10;
  return (
    <g data-part="north-arrow">
      <circle cx={cx} cy={cy} r={6.2} fill="#ffffff" fillOpacity={0.88} stroke={MUTED} strokeWidth={0.25} />
      <path d={`M${cx} ${cy - 4.6} L${cx + 2.3} ${cy + 2.6} L${cx} ${cy + 1.2} Z`} fill={INK} />
      <path d={`M${cx} ${cy - 4.6} L${cx - 2.3} ${cy + 2.6} L${cx} ${cy + 1.2} Z`} fill="#ffffff" stroke={INK} strokeWidth={0.25} />
      <text x={cx} y={cy + 5.4} textAnchor="middle" fontFamily={FONT} fontSize={2.6} fontWeight={700} fill={INK}>N</text>
    </g>
  );
}

function ScaleBar({ map, metresPerUnit, locale, fraction }: { map: Rect; metresPerUnit: number; locale: Locale; fraction: number }) {
  const bar = scaleBar(metresPerUnit, 36);
  const x = map.x + 5;
  const y = map.y + map.height - 8;
  const half = bar.length / 2;
  return (
    <g data-part="scale-bar" data-metres={bar.metres}>
      <rect x={x - 2.5} y={y - 5.2} width={bar.length + 5 + 16} height={9.4} fill="#ffffff" fillOpacity={0.88} rx={0.8} />
      <rect x={x} y={y} width={half} height={1.4} fill={INK} />
      <rect x={x + half} y={y} width={half} height={1.4} fill="#ffffff" stroke={INK} strokeWidth={0.25} />
      <rect x={x} y={y} width={bar.length} height={1.4} fill="none" stroke={INK} strokeWidth={0.25} />
      <text x={x} y={y - 1.2} fontFamily={FONT} fontSize={2.4} fill={INK}>0</text>
      <text x={x + bar.length} y={y - 1.2} textAnchor="middle" fontFamily={FONT} fontSize={2.4} fill={INK}>{formatDistance(bar.metres, locale)}</text>
      <text x={x + bar.length + 3} y={y + 1.4} fontFamily={FONT} fontSize={2.4} fill={MUTED}>1:{formatCount(fraction, locale)}</text>
    </g>
  );
}

function Legend({ box, report, locale, t }: { box: Rect; report: CoverageResponse; locale: Locale; t: Translate }) {
  const items = printLegendItems();
  const f = report.unit.figures;
  const rowHeight = 5.2;
  const figures: Array<[string, string]> = [
    [t('kpi.coverage'), formatPercent(f.coverage, locale)],
    [t('kpi.households'), formatCount(f.households, locale)],
    [t('kpi.residents'), formatCount(f.residents, locale)],
    [t('kpi.members'), formatCount(f.members ?? 0, locale)],
    [t('kpi.leads'), formatCount(f.leads, locale)],
    [t('kpi.gapNeighbourhoods'), formatCount(report.gaps.neighbourhoods.length, locale)],
    [t('kpi.gapBuildings'), formatCount(f.gapBuildings, locale)],
  ];
  const figuresY = box.y + 8 + items.length * rowHeight + 6;
  return (
    <g data-part="legend">
      <SvgSwatchDefs kinds={items.map((i) => i.swatch)} />
      <text x={box.x} y={box.y + 4} fontFamily={FONT} fontSize={3.6} fontWeight={700} fill={INK}>{t('legend.title')}</text>
      {items.map((item, i) => {
        const y = box.y + 7 + i * rowHeight;
        return (
          <g key={item.label}>
            <SvgSwatch kind={item.swatch} box={{ x: box.x, y, width: 7, height: 3.4 }} />
            <text x={box.x + 9.5} y={y + 2.8} fontFamily={FONT} fontSize={2.8} fill={INK}>{t(item.label, item.vars)}</text>
          </g>
        );
      })}
      <text x={box.x} y={figuresY} fontFamily={FONT} fontSize={3.6} fontWeight={700} fill={INK}>{t('print.figures')}</text>
      {figures.map(([label, value], i) => (
        <g key={label} data-figure={label}>
          <text x={box.x} y={figuresY + 5.5 + i * 4.6} fontFamily={FONT} fontSize={2.8} fill={MUTED}>{label}</text>
          <text x={box.x + box.width} y={figuresY + 5.5 + i * 4.6} textAnchor="end" fontFamily={FONT} fontSize={3} fontWeight={700} fill={INK}>{value}</text>
        </g>
      ))}
    </g>
  );
}

export const PrintFrame = forwardRef<SVGSVGElement, FrameProps>(function PrintFrame({ size, report, metresPerMm, place, today, locale, t }, ref) {
  const layout = printLayout();
  const { title, map, legend, footer } = layout;
  const unit = report.unit;
  const community = report.path.find((p) => p.level === 'community')?.name ?? '';
  const k = paperScale(size);
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      className="print-frame"
      viewBox={`0 0 ${LAYOUT_WIDTH} ${LAYOUT_HEIGHT}`}
      width={`${PAPER_MM[size].width}mm`}
      height={`${PAPER_MM[size].height}mm`}
    >
      <g data-part="title">
        <text x={title.x} y={title.y + 7.5} fontFamily={FONT} fontSize={7.2} fontWeight={700} fill={PALETTE.communityLabel}>
          {unit.name}
          <tspan dx={3} fontSize={3.8} fontWeight={400} fill={MUTED}>{unit.code ?? ''}</tspan>
        </text>
        <text x={title.x} y={title.y + 14} fontFamily={FONT} fontSize={3.4} fill={MUTED}>
          {[community, place, t('print.subtitle')].filter(Boolean).join(' · ')}
        </text>
        <text x={title.x + title.width} y={title.y + 7.5} textAnchor="end" fontFamily={FONT} fontSize={3.4} fill={INK}>{t('print.date', { date: today })}</text>
        <text x={title.x + title.width} y={title.y + 14} textAnchor="end" fontFamily={FONT} fontSize={2.8} fill={MUTED}>{t('print.paper', { size })}</text>
        <line x1={title.x} y1={title.y + title.height} x2={title.x + title.width} y2={title.y + title.height} stroke={PALETTE.communityLine} strokeWidth={0.6} />
      </g>
      <rect x={map.x} y={map.y} width={map.width} height={map.height} fill="none" stroke={INK} strokeWidth={0.4} />
      <NorthArrow map={map} />
      {metresPerMm !== null && <ScaleBar map={map} metresPerUnit={metresPerMm * k} locale={locale} fraction={representativeFraction(metresPerMm)} />}
      <Legend box={legend} report={report} locale={locale} t={t} />
      <text x={footer.x} y={footer.y + 4} fontFamily={FONT} fontSize={2.4} fill={MUTED}>{t('map.attribution')}</text>
      <text x={footer.x + footer.width} y={footer.y + 4} textAnchor="end" fontFamily={FONT} fontSize={2.4} fill={MUTED}>{t('print.scaleNote')}</text>
    </svg>
  );
});
