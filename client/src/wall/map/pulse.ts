/**
 * The pulse drawn where something just changed: the changed box lights up and a ring spreads
 * from its centre, twice, then fades. Pure: the adapter asks for the features once and for
 * the paint every animation frame.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { BBox } from '../../../../shared/model';

/** One beat of the ring, ms; the pulse lasts `BEATS` of them. */
export const BEAT_MS = 1200;
export const BEATS = 2;
export const PULSE_DURATION_MS = BEAT_MS * BEATS;

export interface PulsePaint {
  /** Ring radius, design px (the adapter multiplies by the layout unit). */
  ringRadius: number;
  ringOpacity: number;
  boxOpacity: number;
}

/** The paint `ageMs` after a pulse started; all zero once it is over. */
export function pulsePaint(ageMs: number): PulsePaint {
  if (ageMs < 0 || ageMs >= PULSE_DURATION_MS) return { ringRadius: 0, ringOpacity: 0, boxOpacity: 0 };
  const beat = (ageMs % BEAT_MS) / BEAT_MS;
  const overall = 1 - ageMs / PULSE_DURATION_MS;
  return {
    ringRadius: 12 + 78 * beat,
    ringOpacity: (1 - beat) * 0.95,
    boxOpacity: 0.35 + 0.65 * overall,
  };
}

/** The box outline and its centre point per pulse, to draw with the pulse layers. */
export function pulseFeatures(boxes: readonly BBox[]): FeatureCollection<Polygon | Point> {
  const features: Array<Feature<Polygon | Point>> = [];
  for (const [w, s, e, n] of boxes) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } });
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [(w + e) / 2, (s + n) / 2] } });
  }
  return { type: 'FeatureCollection', features };
}
