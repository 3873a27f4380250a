import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { buildingsInZone, nextZoneStages } from '../../../shared/relocation/zones';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

describe('zones', () => {
  it('only move forward', () => {
    expect(nextZoneStages('announced')).toEqual(['moving_out']);
    expect(nextZoneStages('cleared')).toEqual(['rebuilt', 'resettled']);
    expect(nextZoneStages('resettled')).toEqual([]);
  });

  it('take the buildings whose centroid lies inside', () => {
    const zone = rect(0, 0, 10, 10);
    const buildings = [
      { id: 1, footprint: rect(1, 1, 2, 2) },
      // Straddles the edge but its centroid (10.5, 5) is outside.
      { id: 2, footprint: rect(9, 4, 12, 6) },
      // Centroid (9.5, 5) inside although part sticks out.
      { id: 3, footprint: rect(8.5, 4, 10.5, 6) },
    ];
    expect(buildingsInZone(zone, buildings)).toEqual([1, 3]);
  });
});
