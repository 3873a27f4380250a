import { describe, expect, it } from 'vitest';
import { bd09ToGcj02, bd09ToWgs84, gcj02ToBd09, wgs84ToBd09 } from '../../../shared/crs/bd09';
import { gcj02ToWgs84, gcj02ToWgs84OneStep, wgs84ToGcj02 } from '../../../shared/crs/gcj02';
import { fromWgs84, metresBetween, parseCrs, toWgs84, transformGeometry } from '../../../shared/crs/systems';

// Published reference pairs (WGS-84 → GCJ-02) used by the eviltransform ports' test suites.
const KNOWN_GCJ: [string, [number, number], [number, number]][] = [
  ['Shanghai', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
  ['Shenzhen', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
  ['Beijing', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
];

// Places across the country where the offsets differ, the demo's Qingdao first.
const PLACES: [number, number][] = [
  [120.33, 36.08], [116.39, 39.9], [121.47, 31.23], [113.26, 23.13], [104.06, 30.67], [87.6, 43.8], [126.6, 45.75], [109.5, 18.25],
];

describe('WGS-84 ↔ GCJ-02', () => {
  it.each(KNOWN_GCJ)('matches the published forward value for %s to 0.1 m', (_, wgs, gcj) => {
    expect(metresBetween(wgs84ToGcj02(...wgs), gcj)).toBeLessThan(0.1);
  });

  it.each(KNOWN_GCJ)('inverts the published GCJ-02 value for %s back to WGS-84 within 0.1 m', (_, wgs, gcj) => {
    expect(metresBetween(gcj02ToWgs84(...gcj), wgs)).toBeLessThan(0.1);
  });

  it('inverts its own forward transform to a millimetre everywhere, where the one-step inverse drifts by metres', () => {
    let worstOneStep = 0;
    for (const p of PLACES) {
      const gcj = wgs84ToGcj02(...p);
      expect(metresBetween(gcj02ToWgs84(...gcj), p)).toBeLessThan(0.001);
      worstOneStep = Math.max(worstOneStep, metresBetween(gcj02ToWgs84OneStep(...gcj), p));
    }
    expect(worstOneStep).toBeGreaterThan(0.5);
  });

  it('shifts Qingdao by hundreds of metres and leaves places outside China alone', () => {
    const shift = metresBetween(wgs84ToGcj02(120.33, 36.08), [120.33, 36.08]);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(800);
    expect(wgs84ToGcj02(7.42, 43.73)).toEqual([7.42, 43.73]);
    expect(gcj02ToWgs84(24.94, 60.17)).toEqual([24.94, 60.17]);
  });
});

describe('GCJ-02 ↔ BD-09', () => {
  it('matches the published GCJ-02 → BD-09 value at (123, 45)', () => {
    const [lng, lat] = gcj02ToBd09(123, 45);
    expect(lng).toBeCloseTo(123.00636499, 6);
    expect(lat).toBeCloseTo(45.00636899, 6);
  });

  it('inverts BD-09 precisely, through GCJ-02 and straight to WGS-84', () => {
    for (const p of PLACES) {
      const gcj = wgs84ToGcj02(...p);
      const bd = wgs84ToBd09(...p);
      expect(metresBetween(bd09ToGcj02(...bd), gcj)).toBeLessThan(0.001);
      expect(metresBetween(bd09ToWgs84(...bd), p)).toBeLessThan(0.001);
    }
  });

  it('inverts the published GCJ-02 value at (123, 45) as gcoord does, and BD-09 on top of it', () => {
    // gcoord's test: GCJ-02 (123, 45) → WGS-84 (122.99395597, 44.99804071), 8 decimals.
    expect(metresBetween(gcj02ToWgs84(123, 45), [122.99395597, 44.99804071])).toBeLessThan(0.1);
    expect(metresBetween(bd09ToWgs84(123.00636499, 45.00636899), [122.99395597, 44.99804071])).toBeLessThan(0.1);
  });
});

describe('systems', () => {
  it('names systems the way users and files do', () => {
    expect(parseCrs('GCJ-02')).toBe('gcj02');
    expect(parseCrs('AMap')).toBe('gcj02');
    expect(parseCrs('EPSG:4490')).toBe('cgcs2000');
    expect(parseCrs('百度')).toBe('bd09');
    expect(parseCrs('EPSG:3857')).toBeNull();
  });

  it('converts whole geometries and keeps extra ordinates', () => {
    const g = transformGeometry({ type: 'LineString', coordinates: [[120.33, 36.08, 12], [120.34, 36.09]] }, fromWgs84('gcj02'));
    const back = transformGeometry(g, toWgs84('gcj02'));
    expect(back.coordinates[0]?.[2]).toBe(12);
    expect(metresBetween(back.coordinates[1] as [number, number], [120.34, 36.09])).toBeLessThan(0.001);
    expect(toWgs84('cgcs2000')(120.33, 36.08)).toEqual([120.33, 36.08]);
  });
});
