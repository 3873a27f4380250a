import { describe, expect, it } from 'vitest';
import { BEAT_MS, PULSE_DURATION_MS, pulseFeatures, pulsePaint } from '../../../../client/src/wall/map/pulse';

describe('pulse', () => {
  it('spreads a ring each beat and fades out by the end', () => {
    const start = pulsePaint(0);
    const late = pulsePaint(BEAT_MS - 1);
    expect(late.ringRadius).toBeGreaterThan(start.ringRadius);
    expect(late.ringOpacity).toBeLessThan(start.ringOpacity);
    expect(pulsePaint(BEAT_MS).ringRadius).toBe(start.ringRadius);
    expect(pulsePaint(PULSE_DURATION_MS - 1).boxOpacity).toBeLessThan(start.boxOpacity);
    expect(pulsePaint(PULSE_DURATION_MS)).toEqual({ ringRadius: 0, ringOpacity: 0, boxOpacity: 0 });
  });

  it('draws the box and its centre for each change', () => {
    const fc = pulseFeatures([[120, 36, 120.2, 36.1]]);
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    expect(fc.features[1]?.geometry.coordinates).toEqual([120.1, 36.05]);
  });
});
