/**
 * Horizontal bars in plain SVG: a label, a bar and its figure per row. Sized in CSS px by the
 * panel around it; type scales with the layout unit.
 */
import { barLength, textWidthEm } from '../../chartGeometry';
import { WALL_PALETTE } from '../../map/palette';

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** The figure as written at the bar's end. */
  valueText: string;
  color: string;
  /** Drawn brighter, with a marker (the community the tour is on). */
  highlight?: boolean;
}

/** The widest the label column may grow, as a share of the chart's width. */
const MAX_LABEL_SHARE = 0.5;

interface Props {
  items: readonly BarItem[];
  width: number;
  height: number;
  /** Value at the full bar length. */
  max: number;
  /** Share of the width given to labels at least. */
  labelShare?: number;
  unit: number;
}

export function BarChart({ items, width, height, max, labelShare = 0.34, unit }: Props) {
  const n = Math.max(1, items.length);
  const row = height / n;
  const pad = 10 * unit;
  // As large as the rows allow, up to 20 design px; the label column widens (to half the
  // chart at most) before the type shrinks, so labels stay readable across the room.
  const widest = Math.max(1, ...items.map((i) => textWidthEm(i.label)));
  const rowFont = Math.min(row * 0.66, 20 * unit);
  const labelWidth = Math.min(width * MAX_LABEL_SHARE, Math.max(width * labelShare, widest * rowFont + pad));
  const font = Math.min(rowFont, (labelWidth - pad) / widest);
  const valueWidth = font * Math.max(1, ...items.map((i) => textWidthEm(i.valueText))) + pad;
  const barSpace = Math.max(0, width - labelWidth - valueWidth);
  const thickness = Math.max(2, row * 0.6);
  return (
    <svg width={width} height={height} role="img" className="bar-chart">
      {items.map((item, i) => {
        const y = i * row;
        const length = barLength(item.value, max, barSpace);
        const mid = y + row / 2;
        return (
          <g key={item.key} data-bar={item.key} className={item.highlight ? 'bar bar--highlight' : 'bar'}>
            {item.highlight ? <rect x={0} y={y + 1} width={width} height={row - 2} rx={4 * unit} fill={WALL_PALETTE.panelEdge} /> : null}
            <text x={labelWidth - pad} y={mid} fontSize={font} textAnchor="end" dominantBaseline="central" fill={item.highlight ? WALL_PALETTE.text : WALL_PALETTE.muted}>
              {item.label}
            </text>
            <rect x={labelWidth} y={mid - thickness / 2} width={length} height={thickness} rx={3 * unit} fill={item.color} />
            <text x={labelWidth + length + 8 * unit} y={mid} fontSize={font} dominantBaseline="central" fill={WALL_PALETTE.text} className="bar-value">
              {item.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
