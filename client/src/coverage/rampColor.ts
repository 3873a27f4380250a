/** The coverage ramp's colour for a figure, for the panel's bars and legend (the map's own comes from its style). */
import { coverageClassOf } from '../../../shared/dashboard/coverage-classes';
import { PALETTE } from '../map/palette';

/** Ramp colour of a coverage fraction (0..1); grey when there is none (no households). */
export function rampColor(coverage: number | null | undefined): string {
  const cls = coverageClassOf(coverage);
  return cls === null ? PALETTE.coverageNone : (PALETTE.coverageRamp[cls] ?? PALETTE.coverageNone);
}
