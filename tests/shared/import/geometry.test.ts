import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { toWgs84 } from '../../../shared/crs/systems';
import { metresBetween } from '../../../shared/crs/systems';
import { wgs84ToGcj02 } from '../../../shared/crs/gcj02';
import { prepareGeometry } from '../../../shared/import/geometry';
import { isRfc7946Wound } from '../../../shared/geo/winding';

const wgs = toWgs84('wgs84');
const square = (w: number, s: number, d = 0.001): number[][] => [[w, s], [w, s + d], [w + d, s + d], [w + d, s], [w, s]]; // clockwise

describe('prepareGeometry', () => {
  it('closes, dedupes and rewinds a footprint and says so', () => {
    const ring = square(120.3, 36.08).slice(0, 4);
    ring.splice(1, 0, ring[0] as number[]);
    const r = prepareGeometry({ type: 'Polygon', coordinates: [ring] }, 'polygon', wgs);
    expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['fixed:duplicate_vertices', 'fixed:not_closed', 'fixed:winding']);
    expect(isRfc7946Wound(r.parts[0] as Polygon)).toBe(true);
  });

  it('refuses a bow-tie with where it crosses', () => {
    const r = prepareGeometry({ type: 'Polygon', coordinates: [[[120.3, 36.08], [120.301, 36.081], [120.301, 36.08], [120.3, 36.081], [120.3, 36.08]]] }, 'polygon', wgs);
    expect(r.parts).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'self_intersection', message: expect.stringMatching(/crosses itself.*\[120\.3005000, 36\.0805000\]/) })]);
  });

  it('splits a multi-part footprint into buildings and drops heights', () => {
    const r = prepareGeometry({ type: 'MultiPolygon', coordinates: [[square(120.3, 36.08).map((p) => [...p, 18])], [square(120.31, 36.08)]] }, 'polygon', wgs);
    expect(r.parts.map((p) => p.type)).toEqual(['Polygon', 'Polygon']);
    expect(r.issues.map((i) => i.code)).toEqual(['dropped_z', 'split_multipart', 'winding']);
  });

  it('refuses places outside China, coordinates off the globe (naming a swap) and the wrong kind', () => {
    expect(prepareGeometry({ type: 'Point', coordinates: [13.37, 52.51] }, 'point', wgs).issues[0]?.code).toBe('outside_china');
    expect(prepareGeometry({ type: 'Point', coordinates: [36.08, 120.3] }, 'point', wgs).issues[0]).toMatchObject({ code: 'out_of_range', message: expect.stringMatching(/swapped/) });
    expect(prepareGeometry({ type: 'LineString', coordinates: [[120.3, 36.08], [120.31, 36.09]] }, 'area', wgs).issues[0]?.code).toBe('wrong_geometry_type');
    expect(prepareGeometry(null, 'area', wgs).issues[0]?.code).toBe('missing_geometry');
    expect(prepareGeometry({ type: 'Polygon', coordinates: 'x' }, 'area', wgs).issues[0]?.code).toBe('bad_geometry');
  });

  it('refuses a hole outside its polygon and a ring of two points', () => {
    const outer = square(120.3, 36.08).reverse();
    const hole = square(120.4, 36.08, 0.0001);
    expect(prepareGeometry({ type: 'Polygon', coordinates: [outer, hole] }, 'area', wgs).issues[0]).toMatchObject({ code: 'hole_outside', path: 'coordinates[1]' });
    expect(prepareGeometry({ type: 'Polygon', coordinates: [[[120.3, 36.08], [120.31, 36.08], [120.3, 36.08]]] }, 'area', wgs).issues[0]?.code).toBe('too_few_positions');
  });

  it('converts from GCJ-02 before storing', () => {
    const gcj = wgs84ToGcj02(120.33, 36.08);
    const r = prepareGeometry({ type: 'Point', coordinates: gcj }, 'point', toWgs84('gcj02'));
    const [lng, lat] = (r.parts[0] as { coordinates: number[] }).coordinates as [number, number];
    expect(metresBetween([lng, lat], [120.33, 36.08])).toBeLessThan(0.01);
  });
});

describe('firstCrossing (the fast path for small footprints)', () => {
  it('finds a bow-tie and a spike folding back, and lets a plain or touching ring be', async () => {
    const { firstCrossing } = await import('../../../shared/import/crossings');
    expect(firstCrossing([[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]])).toEqual([1, 1]);
    expect(firstCrossing([[0, 0], [4, 0], [4, 4], [4, 2], [4, 6], [0, 4], [0, 0]])).not.toBeNull();
    expect(firstCrossing(square(120.3, 36.08))).toBeNull();
    // Two lobes meeting at one vertex: a touch, not a crossing.
    expect(firstCrossing([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]])).toBeNull();
  });
});
