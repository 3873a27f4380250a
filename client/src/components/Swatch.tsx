/** A small picture of how a layer is drawn, in the map's own colours (`PALETTE`). */
import type { CSSProperties } from 'react';
import { PALETTE } from '../map/palette';

/** The household-lead star (24 × 24 box), as the map's star image draws it. */
export const STAR_PATH = 'M12 2.5l2.7 6.1 6.6.6-5 4.4 1.5 6.5L12 16.7l-5.8 3.4 1.5-6.5-5-4.4 6.6-.6z';

export type SwatchKind =
  | { type: 'line'; color: string; width: number; casing?: string }
  | { type: 'dashed'; color: string }
  | { type: 'fill'; color: string; outline: string; opacity?: number }
  | { type: 'hatch'; color: string; outline: string; hatch: string }
  | { type: 'star' };

function swatchStyle(kind: SwatchKind): CSSProperties {
  switch (kind.type) {
    case 'line':
      return {
        height: kind.width,
        background: kind.color,
        boxShadow: kind.casing ? `0 0 0 1.5px ${kind.casing}` : undefined,
        borderRadius: kind.width,
        alignSelf: 'center',
      };
    case 'dashed':
      return { height: 0, borderTop: `2px dashed ${kind.color}`, alignSelf: 'center' };
    case 'fill':
      return {
        background: kind.color,
        opacity: kind.opacity,
        border: `1.5px solid ${kind.outline}`,
      };
    case 'hatch':
      return {
        background: `repeating-linear-gradient(-45deg, ${kind.hatch} 0 1.5px, transparent 1.5px 4px), ${kind.color}`,
        border: `1.5px solid ${kind.outline}`,
      };
    case 'star':
      return {};
  }
}

export function Swatch({ kind }: { kind: SwatchKind }) {
  if (kind.type === 'star') {
    return (
      <svg className="swatch swatch--star" viewBox="0 0 24 24" aria-hidden="true">
        <path
          d={STAR_PATH}
          fill={PALETTE.lead}
          stroke={PALETTE.leadHalo}
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  return <span className="swatch" style={swatchStyle(kind)} aria-hidden="true" />;
}
