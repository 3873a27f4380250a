/**
 * How the dashboard writes its figures, in the UI language (a BCP 47 tag such as `zh-CN` or
 * `en`). Pure: `Intl` only, so the same text comes out in the browser and in tests that check
 * the page against the API.
 */

/** What stands in for a figure that does not exist (coverage of a unit with no households). */
export const NO_FIGURE = '—';

/** A whole count with grouped thousands: 28,123. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A fraction 0..1 as a percentage, `fractionDigits` decimals at most: 0.2936 → "29.4%".
 * Null (no households, so no coverage) gives `NO_FIGURE`.
 */
export function formatPercent(fraction: number | null, locale: string, fractionDigits = 1): string {
  if (fraction === null) return NO_FIGURE;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
}

/** A distance given in metres: whole metres below 1 km, else kilometres to one decimal ("41米", "1.2 km"). */
export function formatDistance(metres: number, locale: string): string {
  if (metres < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(metres);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(metres / 1000);
}

/** An area given in m², in whole square metres ("1,234 m²"; the symbol reads the same in Chinese). */
export function formatArea(squareMetres: number, locale: string): string {
  return `${formatCount(Math.round(squareMetres), locale)} m²`;
}

/** A class of the coverage ramp, fractions `from`..`to`, as whole percentages: "20–40%". */
export function formatPercentRange(from: number, to: number): string {
  return `${Math.round(from * 100)}–${Math.round(to * 100)}%`;
}
