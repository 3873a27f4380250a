/**
 * Geometry of the wall's plain-SVG charts: axis tops, bar lengths and stacked areas, in CSS px
 * with y growing downwards. Pure, so the charts' shapes are tested without a browser.
 */
import type { RelocationState } from '../../../shared/relocation/states';

/** Round tops for an axis, per power of ten. */
const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above `value` (at least 1): a round top for an axis. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((s) => s * power >= value * (1 - 1e-12)) ?? 10;
  return Math.round(step * power * 1e6) / 1e6;
}

/** Length in px of a bar for `value` on an axis from 0 to `max` drawn `length` px long. */
export function barLength(value: number, max: number, length: number): number {
  if (max <= 0 || value <= 0) return 0;
  return (Math.min(value, max) / max) * length;
}

/**
 * Rough width of `text` in em: CJK characters take a full em, others a little over half.
 * Enough to choose a font size that keeps labels inside their column without measuring.
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return em;
}

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * SVG path data of stacked areas, one per series (bottom one first), over `width` × `height`
 * px, the top of the axis at `max`. Each series has one value per day, oldest first.
 */
export function stackedAreaPaths(series: readonly (readonly number[])[], width: number, height: number, max: number): string[] {
  const days = series[0]?.length ?? 0;
  if (days === 0 || max <= 0) return series.map(() => '');
  const x = (i: number): number => (days === 1 ? width / 2 : (i / (days - 1)) * width);
  const y = (v: number): number => height - (Math.min(v, max) / max) * height;
  const below = new Array<number>(days).fill(0);
  return series.map((values) => {
    const top = below.map((b, i) => b + (values[i] ?? 0));
    const upper = top.map((v, i) => `${i === 0 ? 'M' : 'L'}${fmt(x(i))},${fmt(y(v))}`).join('');
    const lower = below.map((v, i) => `L${fmt(x(i))},${fmt(y(v))}`).reverse().join('');
    for (let i = 0; i < days; i++) below[i] = top[i] ?? 0;
    return `${upper}${lower}Z`;
  });
}

export const RELOCATION_GROUPS = ['in_zone', 'moving', 'settled', 'lost_contact'] as const;
/** The ledger's eight states read as four on the wall, matching the relocation tiles. */
export type RelocationGroup = (typeof RELOCATION_GROUPS)[number];

const GROUP_OF: Record<RelocationState, RelocationGroup> = {
  in_zone: 'in_zone',
  moving_out: 'moving',
  transitional: 'moving',
  floating: 'moving',
  resettled: 'settled',
  reported: 'settled',
  transferred: 'settled',
  lost_contact: 'lost_contact',
};

/** Per-day counts of the four groups from per-day counts of the eight states. */
export function groupRelocationSeries(series: Readonly<Record<RelocationState, readonly number[]>>): Record<RelocationGroup, number[]> {
  const days = Math.max(0, ...Object.values(series).map((s) => s.length));
  const out = Object.fromEntries(RELOCATION_GROUPS.map((g) => [g, new Array<number>(days).fill(0)])) as Record<RelocationGroup, number[]>;
  for (const [state, values] of Object.entries(series) as Array<[RelocationState, readonly number[]]>) {
    const target = out[GROUP_OF[state]];
    values.forEach((v, i) => {
      target[i] = (target[i] ?? 0) + v;
    });
  }
  return out;
}
