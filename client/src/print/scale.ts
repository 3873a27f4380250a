/**
 * The printed map's scale: ground metres per millimetre of paper from the map's zoom and
 * latitude, a scale bar of a round length, and the representative fraction (1 : n). Pure.
 */

/** Web Mercator: the equator's length in metres. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's tiles are 512 CSS px at zoom 0. */
const TILE_SIZE = 512;
/** CSS pixels per millimetre (96 per inch). */
export const PX_PER_MM = 96 / 25.4;

/** Ground metres per CSS pixel at `zoom` and latitude `lat` (degrees). */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** Ground metres per millimetre of paper (the map is laid out in CSS mm and printed at 100 %). */
export function metresPerMm(zoom: number, lat: number): number {
  return metresPerPixel(zoom, lat) * PX_PER_MM;
}

export interface ScaleBar {
  /** The ground length the bar stands for, metres: 1, 2 or 5 times a power of ten. */
  metres: number;
  /** How long the bar is drawn, in the same paper unit as `maxLength`. */
  length: number;
}

/** The longest round bar (1, 2, 5 × 10ⁿ metres) no longer than `maxLength` paper units. */
export function scaleBar(metresPerUnit: number, maxLength: number): ScaleBar {
  const most = metresPerUnit * maxLength;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= most) ?? power;
  return { metres, length: metres / metresPerUnit };
}

/** The scale as 1 : n, n rounded to two significant figures (a printer's 100 % is never exact). */
export function representativeFraction(metresPerMmOfPaper: number): number {
  const n = metresPerMmOfPaper * 1000;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
