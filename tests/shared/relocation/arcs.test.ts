import { describe, expect, it } from 'vitest';
import { arcCoordinates, arcFeatures, boxContains, pickBox, screenBearing, selectArcs } from '../../../shared/relocation/arcs';
import type { FlowArc } from '../../../shared/relocation/flows';

const arc = (from: [number, number], to: [number, number], count: number): FlowArc => ({
  fromKey: 'a', toKey: 'b', from, to, state: 'resettled', count, byState: { resettled: count }, outside: false, toName: '乙社区', distanceKm: 1,
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

// Arcs of counts `counts`, each from its own place on a line eastward from 120°E (so a box can pick some).
const many = (counts: readonly number[]): FlowArc[] => counts.map((count, i) => ({
  ...arc([120 + i * 0.01, 36], [125, 40], count), fromKey: `b:${i}`,
}));
const countsOf = (arcs: readonly FlowArc[]): number[] => arcs.map((a) => a.count);

describe('which arcs a view draws', () => {
  it('draws every arc, biggest first, while they fit the budget', () => {
    const picked = selectArcs(many([1, 3, 2]), null, 3);
    expect(countsOf(picked.arcs)).toEqual([3, 2, 1]);
    expect(picked.hidden).toEqual({ arcs: 0, members: 0, largest: 0 });
    expect(picked.minCount).toBe(1);
  });

  it('leaves the smallest out past the budget and counts what it leaves out', () => {
    const picked = selectArcs(many([9, 7, 5, 3, 2, 1]), null, 3);
    expect(countsOf(picked.arcs)).toEqual([9, 7, 5]);
    expect(picked.hidden).toEqual({ arcs: 3, members: 6, largest: 3 });
    expect(picked.minCount).toBe(5);
  });

  it('keeps or leaves out all arcs tied at the threshold, never some of them', () => {
    // Budget 3: the third and fourth tie at 4, so both go and only two arcs are drawn.
    const picked = selectArcs(many([8, 6, 4, 4, 1]), null, 3);
    expect(countsOf(picked.arcs)).toEqual([8, 6]);
    expect(picked.hidden).toEqual({ arcs: 3, members: 9, largest: 4 });
    expect(picked.minCount).toBe(5);
    // A tie that ends exactly at the budget is kept whole.
    expect(countsOf(selectArcs(many([8, 4, 4, 1]), null, 3).arcs)).toEqual([8, 4, 4]);
  });

  it('draws the first arcs in the given order when more than the budget share the biggest count', () => {
    const picked = selectArcs(many([2, 2, 2, 2, 1]), null, 3);
    expect(picked.arcs.map((a) => a.fromKey)).toEqual(['b:0', 'b:1', 'b:2']);
    expect(picked.hidden).toEqual({ arcs: 2, members: 3, largest: 2 });
  });

  it('given a box, draws only arcs with an end inside it, the budget spent on those', () => {
    // Origins at 120.00, 120.01, …, 120.05; the box holds 120.02–120.04. Arc 5's destination is moved into it.
    const arcs = many([6, 5, 4, 3, 2, 1]);
    const last = arcs[5];
    if (last) arcs[5] = { ...last, to: [120.03, 36] };
    const box: [number, number, number, number] = [120.015, 35.9, 120.045, 36.1];
    const picked = selectArcs(arcs, box, 3);
    expect(picked.arcs.map((a) => a.fromKey)).toEqual(['b:2', 'b:3', 'b:4']);
    expect(picked.hidden).toEqual({ arcs: 1, members: 1, largest: 1 });
    expect(countsOf(selectArcs(arcs, box, 10).arcs)).toEqual([4, 3, 2, 1]);
  });

  it('does not reorder the arcs it was given', () => {
    const arcs = many([1, 3, 2]);
    selectArcs(arcs, null, 2);
    expect(countsOf(arcs)).toEqual([1, 3, 2]);
  });

  it('picks for a box half the view bigger on every side, and tells when a view has left it', () => {
    const box = pickBox([120, 36, 120.2, 36.1]);
    expect(box[0]).toBeCloseTo(119.9, 12);
    expect(box[1]).toBeCloseTo(35.95, 12);
    expect(box[2]).toBeCloseTo(120.3, 12);
    expect(box[3]).toBeCloseTo(36.15, 12);
    expect(boxContains(box, [120.05, 36.02, 120.25, 36.12])).toBe(true);
    expect(boxContains(box, [120.15, 36.02, 120.35, 36.12])).toBe(false);
    expect(boxContains(box, [119.95, 35.9, 120.15, 36])).toBe(false);
    expect(boxContains(box, box)).toBe(true);
  });
});
