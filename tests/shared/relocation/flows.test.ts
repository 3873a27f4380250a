import { describe, expect, it } from 'vitest';
import { aggregateFlows, communityFlows, countByState, dominantState, endKey, FLOW_LEVELS, outsidePlaces, type FlowEnd, type FlowMove } from '../../../shared/relocation/flows';

// Two communities: 1 (neighbourhood 10 with buildings 1, 2) and 2 (building 3, no neighbourhood).
const b1: FlowEnd = { buildingId: 1, neighbourhoodId: 10, communityId: 1, communityName: '甲社区', at: [120.30, 36.08] };
const b2: FlowEnd = { buildingId: 2, neighbourhoodId: 10, communityId: 1, communityName: '甲社区', at: [120.302, 36.08] };
const b3: FlowEnd = { buildingId: 3, neighbourhoodId: null, communityId: 2, communityName: '乙社区', at: [120.32, 36.09] };
const out = (lng: number): FlowEnd => ({ buildingId: null, neighbourhoodId: null, communityId: null, communityName: '城阳区流亭街道', at: [lng, 36.26] });
const centres = { neighbourhoods: new Map([[10, [120.301, 36.081] as [number, number]]]), communities: new Map([[1, [120.305, 36.085] as [number, number]], [2, [120.32, 36.09] as [number, number]]]) };

const moves: FlowMove[] = [
  { state: 'resettled', origin: b1, destination: b3 },
  { state: 'resettled', origin: b2, destination: b3 },
  { state: 'reported', origin: b1, destination: b3 },
  { state: 'resettled', origin: b1, destination: b2 },
  { state: 'transferred', origin: b1, destination: out(120.37) },
  { state: 'transferred', origin: b2, destination: out(120.38) },
  { state: 'moving_out', origin: b1, destination: null },
];

describe('flow aggregation', () => {
  it('keys ends by level; outside places by community name at every level', () => {
    expect([endKey(b1, 'building'), endKey(b1, 'neighbourhood'), endKey(b1, 'community')]).toEqual(['b:1', 'n:10', 'c:1']);
    expect(endKey(b3, 'neighbourhood')).toBe('b:3');
    expect(endKey(out(120.37), 'building')).toBe('o:城阳区流亭街道');
  });

  it('groups building-level arcs by origin, destination and state', () => {
    const arcs = aggregateFlows(moves, 'building', centres);
    const key = (a: { fromKey: string; toKey: string; state: string; count: number }) => `${a.fromKey}>${a.toKey}:${a.state}×${a.count}`;
    expect(arcs.map(key).sort()).toEqual([
      'b:1>b:2:resettled×1', 'b:1>b:3:reported×1', 'b:1>b:3:resettled×1', 'b:1>o:城阳区流亭街道:transferred×1',
      'b:2>b:3:resettled×1', 'b:2>o:城阳区流亭街道:transferred×1',
    ]);
  });

  it('merges ends at neighbourhood level into one arc per pair of places, and drops moves inside one place', () => {
    const arcs = aggregateFlows(moves, 'neighbourhood', centres);
    // Two resettled and one reported from neighbourhood 10 to building 3: one arc, coloured resettled.
    const toB3 = arcs.filter((a) => a.toKey === 'b:3');
    expect(toB3).toHaveLength(1);
    expect(toB3[0]).toMatchObject({ fromKey: 'n:10', count: 3, state: 'resettled', byState: { resettled: 2, reported: 1 }, from: [120.301, 36.081], outside: false });
    // b1 → b2 lies inside neighbourhood 10: no arc.
    expect(arcs.some((a) => a.fromKey === a.toKey)).toBe(false);
    expect(arcs.reduce((s, a) => s + a.count, 0)).toBe(5);
  });

  it('keeps every state on its own arc at building level, and at every level the state mix sums to the count', () => {
    const building = aggregateFlows(moves, 'building', centres);
    expect(building.every((a) => Object.keys(a.byState).length === 1 && a.byState[a.state] === a.count)).toBe(true);
    for (const level of FLOW_LEVELS) {
      for (const a of aggregateFlows(moves, level, centres)) {
        expect(Object.values(a.byState).reduce((sum, n) => sum + n, 0), `${level} ${a.fromKey}>${a.toKey}`).toBe(a.count);
        expect(a.state).toBe(dominantState(a.byState));
      }
    }
    // At community level: c:1 → c:2 carries the three moves to building 3, of two states.
    expect(aggregateFlows(moves, 'community', centres).find((a) => a.toKey === 'c:2')).toMatchObject({ count: 3, byState: { resettled: 2, reported: 1 } });
  });

  it('colours a mixed arc by its most common state, a tie going to the state further along', () => {
    expect(dominantState({ moving_out: 1, transitional: 3, resettled: 2 })).toBe('transitional');
    expect(dominantState({ moving_out: 2, reported: 2 })).toBe('reported');
    expect(dominantState({ lost_contact: 1 })).toBe('lost_contact');
  });

  it('sorts arcs biggest first, then by keys, the same on every run', () => {
    const arcs = aggregateFlows(moves, 'building', centres);
    expect(arcs.map((a) => a.count)).toEqual([...arcs.map((a) => a.count)].sort((x, y) => y - x));
    const ones = arcs.filter((a) => a.count === 1).map((a) => `${a.fromKey}>${a.toKey}:${a.state}`);
    expect(ones).toEqual([...ones].sort());
    expect(aggregateFlows([...moves].reverse(), 'building', centres).map((a) => `${a.fromKey}>${a.toKey}:${a.state}`))
      .toEqual(arcs.map((a) => `${a.fromKey}>${a.toKey}:${a.state}`));
  });

  it('draws an outside destination at the mean of its addresses, with the distance in km', () => {
    const [arc] = aggregateFlows(moves, 'community', centres).filter((a) => a.outside);
    expect(arc).toMatchObject({ fromKey: 'c:1', count: 2, toName: '城阳区流亭街道' });
    expect(arc?.to[0]).toBeCloseTo(120.375, 6);
    // From (120.305, 36.085) to (120.375, 36.26): about 20 km.
    expect(arc?.distanceKm).toBeGreaterThan(19);
    expect(arc?.distanceKm).toBeLessThan(21);
  });

  it('gives ends to 6 decimals', () => {
    const odd: FlowMove[] = [1, 2, 3].map((i) => ({ state: 'transferred', origin: b1, destination: out(120.37 + i / 3) }));
    const [arc] = aggregateFlows(odd, 'building', centres);
    expect(arc?.to).toEqual([121.036667, 36.26]);
  });

  it('counts in and out per community, outside communities after', () => {
    expect(communityFlows(moves)).toEqual([
      { key: 'c:1', communityId: 1, name: '甲社区', outside: false, in: 0, out: 5 },
      { key: 'c:2', communityId: 2, name: '乙社区', outside: false, in: 3, out: 0 },
      { key: 'o:城阳区流亭街道', communityId: null, name: '城阳区流亭街道', outside: true, in: 2, out: 0 },
    ]);
  });

  it('lists outside places with count and distance, and counts every state', () => {
    const [place] = outsidePlaces(moves);
    expect(place).toMatchObject({ name: '城阳区流亭街道', count: 2 });
    expect(place?.distanceKm).toBeGreaterThan(18);
    expect(countByState(moves)).toMatchObject({ resettled: 3, reported: 1, transferred: 2, moving_out: 1, in_zone: 0 });
  });
});
