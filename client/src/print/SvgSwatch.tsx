/**
 * A legend swatch drawn in SVG (the printed frame is one SVG, so that it can be drawn onto the
 * PNG as it is): the same kinds and colours as the screen legend's `Swatch`.
 */
import { PALETTE } from '../map/palette';
import { STAR_PATH, type SwatchKind } from '../components/Swatch';
import type { Rect } from './layout';

/** Pattern ids the swatches use; `SvgSwatchDefs` must be in the same SVG. */
const hatchId = (hatch: string) => `hatch-${hatch.replace('#', '')}`;

/** The hatch patterns of `kinds`, once each. */
export function SvgSwatchDefs({ kinds }: { kinds: readonly SwatchKind[] }) {
  const hatches = [...new Set(kinds.flatMap((k) => (k.type === 'hatch' ? [k.hatch] : [])))];
  return (
    <defs>
      {hatches.map((hatch) => (
        <pattern key={hatch} id={hatchId(hatch)} width="1.2" height="1.2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="0.45" height="1.2" fill={hatch} />
        </pattern>
      ))}
    </defs>
  );
}

export function SvgSwatch({ kind, box }: { kind: SwatchKind; box: Rect }) {
  const { x, y, width, height } = box;
  const midY = y + height / 2;
  switch (kind.type) {
    case 'line':
      return (
        <g>
          {kind.casing && <line x1={x} y1={midY} x2={x + width} y2={midY} stroke={kind.casing} strokeWidth={kind.width * 0.25 + 0.9} strokeLinecap="round" />}
          <line x1={x} y1={midY} x2={x + width} y2={midY} stroke={kind.color} strokeWidth={kind.width * 0.25} strokeLinecap="round" />
        </g>
      );
    case 'dashed':
      return <line x1={x} y1={midY} x2={x + width} y2={midY} stroke={kind.color} strokeWidth={0.5} strokeDasharray="1.2 0.8" />;
    case 'fill':
      return <rect x={x} y={y} width={width} height={height} fill={kind.color} fillOpacity={kind.opacity ?? 1} stroke={kind.outline} strokeWidth={0.35} />;
    case 'hatch':
      return (
        <g>
          <rect x={x} y={y} width={width} height={height} fill={kind.color} />
          <rect x={x} y={y} width={width} height={height} fill={`url(#${hatchId(kind.hatch)})`} stroke={kind.outline} strokeWidth={0.35} />
        </g>
      );
    case 'star': {
      const size = Math.min(width, height) * 1.2;
      const scale = size / 24;
      return (
        <path
          d={STAR_PATH}
          transform={`translate(${x + (width - size) / 2} ${y + (height - size) / 2}) scale(${scale})`}
          fill={PALETTE.lead}
          stroke={PALETTE.leadHalo}
          strokeWidth={1.6}
        />
      );
    }
  }
}
