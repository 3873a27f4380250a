import { describe, expect, it } from 'vitest';
import { arcCoordinates, arcFeatures, screenBearing } from '../../../shared/relocation/arcs';
import type { FlowArc } from '../../../shared/relocation/flows';

const arc = (from: [number, number], to: [number, number], count: number): FlowArc => ({
  fromKey: 'a', toKey: 'b', from, to, state: 'resettled', count, outside: false, toName: '乙社区', distanceKm: 1,
});

describe('flow arcs', () => {
  it('start and end at the places and bend to the right of travel', () => {
    const line = arcCoordinates([120, 36], [120.1, 36], 8);
    expect(line).toHaveLength(9);
    expect(line[0]).toEqual([120, 36]);
    expect(line[8]?.[0]).toBeCloseTo(120.1, 12);
    // Travelling east, right is south.
    expect(line[4]?.[1]).toBeLessThan(36);
    const back = arcCoordinates([120.1, 36], [120, 36], 8);
    expect(back[4]?.[1]).toBeGreaterThan(36);
  });

  it('give bearings clockwise from north as the map draws them', () => {
    expect(screenBearing([120, 36], [120, 36.1])).toBeCloseTo(0, 6);
    expect(screenBearing([120, 36], [120.1, 36])).toBeCloseTo(90, 6);
    expect(screenBearing([120, 36], [119.9, 36])).toBeCloseTo(270, 6);
    // One degree north is drawn 1/cos(36°) times longer than one degree east.
    expect(screenBearing([120, 36], [121, 37])).toBeLessThan(45);
  });

  it('put an arrowhead at each destination, turned along the last stretch; thin arcs first', () => {
    const { lines, arrows } = arcFeatures([arc([120, 36], [120.1, 36], 5), arc([120, 36], [120, 36.1], 1)]);
    expect(lines.features.map((f) => f.properties.count)).toEqual([1, 5]);
    expect(arrows.features[1]?.geometry.coordinates[0]).toBeCloseTo(120.1, 12);
    // The eastward arc, bent south, arrives heading a little north of east.
    const bearing = arrows.features[1]?.properties.bearing ?? 0;
    expect(bearing).toBeGreaterThan(45);
    expect(bearing).toBeLessThan(90);
  });
});
