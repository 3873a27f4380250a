/**
 * What the map shows for a tour step: where to fly and what to light up. Pure: the adapter
 * turns it into a camera move and layer filters.
 */
import type { CoverageResponse } from '../../../../shared/api';
import { unionBBox } from '../../../../shared/geo/bbox';
import type { BBox } from '../../../../shared/model';
import type { WallAlertsResponse } from '../../../../shared/wall';
import type { TourStep } from '../tour';

export interface StepView {
  /** Box to fit, `[minLng, minLat, maxLng, maxLat]`; null leaves the camera where it is. */
  bbox: BBox | null;
  /** The community outlined, with everything outside it dimmed; null for none. */
  focusCommunity: number | null;
  /** Gap neighbourhoods glow (the gaps step). */
  gapGlow: boolean;
  /** Grid branches outlined as alerts (the alerts step). */
  alertBranches: number[];
}

/** The view of `step` given the loaded figures. */
export function stepView(step: TourStep | undefined, subdistrict: CoverageResponse | null, alerts: WallAlertsResponse | null): StepView {
  const whole = subdistrict?.unit.bbox ?? null;
  const none: StepView = { bbox: whole, focusCommunity: null, gapGlow: false, alertBranches: [] };
  if (!step || step.kind === 'overview') return none;
  if (step.kind === 'community') {
    const community = subdistrict?.children.find((c) => c.id === step.id);
    return { ...none, bbox: community?.bbox ?? whole, focusCommunity: community ? step.id : null };
  }
  if (step.kind === 'gaps') {
    const gaps = alerts?.alerts.filter((a) => a.kind === 'gap_neighbourhood') ?? [];
    const box = gaps.reduce<BBox | null>((acc, g) => (acc ? unionBBox(acc, g.bbox) : g.bbox), null);
    return { ...none, bbox: box ?? whole, gapGlow: true };
  }
  const branches = new Set((alerts?.alerts ?? []).filter((a) => a.level === 'branch').map((a) => a.id));
  return { ...none, alertBranches: [...branches].sort((a, b) => a - b) };
}
