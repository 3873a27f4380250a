/**
 * The relocation flow map's data, pure: ledger entries as they stood on a day, aggregated into
 * arcs from origin to destination with counts, at one of three levels (building, neighbourhood,
 * community: the map picks by zoom) — per state at building level, one arc per pair of places
 * with its state mix at the coarser levels — plus per-community counts in and out and
 * the places outside the sub-district members went to. No personal data goes in or out: only
 * places, states and counts.
 *
 * Positions are `[lng, lat]` in degrees (WGS-84); distances are kilometres.
 */
import * as turf from '@turf/turf';
import { RELOCATION_STATES, type RelocationState } from './states';

export const FLOW_LEVELS = ['building', 'neighbourhood', 'community'] as const;
/** What an arc's ends are aggregated to. */
export type FlowLevel = (typeof FLOW_LEVELS)[number];

/** One end of a move: a building of the sub-district, or an outside address. */
export interface FlowEnd {
  /** Null for an address outside the sub-district. */
  buildingId: number | null;
  neighbourhoodId: number | null;
  communityId: number | null;
  /** The community's name (outside: the one recorded with the address). */
  communityName: string;
  /** `[lng, lat]`: the building's centre or the outside address. */
  at: [number, number];
}

/** One ledger entry as of a day: its state, where it came from and where it was going (null: not yet known). */
export interface FlowMove {
  state: RelocationState;
  origin: FlowEnd;
  destination: FlowEnd | null;
}

/** Centres `[lng, lat]` of neighbourhoods and communities, by id, for aggregated ends. */
export interface FlowCentres {
  neighbourhoods: ReadonlyMap<number, [number, number]>;
  communities: ReadonlyMap<number, [number, number]>;
}

/**
 * An aggregated arc: `count` entries going from one place to another. Per state at building
 * level; at the coarser levels every state of the pair joins one arc, `state` being its most
 * common one (the colour drawn) and `byState` the mix.
 */
export interface FlowArc {
  fromKey: string;
  toKey: string;
  from: [number, number];
  to: [number, number];
  state: RelocationState;
  count: number;
  /** Entries per state on this arc (states with none left out); sums to `count`. */
  byState: Partial<Record<RelocationState, number>>;
  /** The destination lies outside the sub-district. */
  outside: boolean;
  /** Destination community's name. */
  toName: string;
  /** Straight-line length of the move, km, one decimal. */
  distanceKm: number;
}

/** Entries moving into and out of one community (a move within a community counts in neither). */
export interface CommunityFlow {
  key: string;
  /** Null for a community outside the sub-district. */
  communityId: number | null;
  name: string;
  outside: boolean;
  in: number;
  out: number;
}

/** A place outside the sub-district members went to, with how many and how far. */
export interface OutsidePlace {
  name: string;
  /** Mean `[lng, lat]` of the addresses recorded there. */
  at: [number, number];
  count: number;
  /** From the centre of the sub-district's origins, km, one decimal. */
  distanceKm: number;
}

const km = (a: [number, number], b: [number, number]): number => Math.round(turf.distance(a, b, { units: 'kilometers' }) * 10) / 10;

/** `[lng, lat]` to 6 decimals (about 0.1 m): means and box middles otherwise carry 17 digits each into the response. */
const round6 = (p: [number, number]): [number, number] => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

/**
 * The key of `end` at `level`: a building `b:ID`; a neighbourhood `n:ID` (a building outside
 * any neighbourhood stays itself); a community `c:ID`. Outside addresses group by community
 * name at every level (`o:NAME`).
 */
export function endKey(end: FlowEnd, level: FlowLevel): string {
  if (end.buildingId === null) return `o:${end.communityName}`;
  if (level === 'community' && end.communityId !== null) return `c:${end.communityId}`;
  if (level !== 'building' && end.neighbourhoodId !== null) return `n:${end.neighbourhoodId}`;
  return `b:${end.buildingId}`;
}

/** Where the end's key at `level` is drawn: the centre of its neighbourhood or community, else its own place. */
export function endPoint(end: FlowEnd, level: FlowLevel, centres: FlowCentres): [number, number] {
  if (end.buildingId === null) return end.at;
  if (level === 'community' && end.communityId !== null) return centres.communities.get(end.communityId) ?? end.at;
  if (level !== 'building' && end.neighbourhoodId !== null) return centres.neighbourhoods.get(end.neighbourhoodId) ?? end.at;
  return end.at;
}

/** Whether arcs at `level` keep states apart (building level) or join them per pair of places. */
export const splitsStates = (level: FlowLevel): boolean => level === 'building';

/** The most common state of a mix; a tie goes to the state further along the ledger. */
export function dominantState(byState: Partial<Record<RelocationState, number>>): RelocationState {
  let best: RelocationState = RELOCATION_STATES[0];
  for (const s of RELOCATION_STATES) if ((byState[s] ?? 0) >= (byState[best] ?? 0)) best = s;
  return best;
}

const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Biggest first, then by keys and state in code-unit order (ICU collation costs ~100 ms on 12k arcs, and order is all we need). */
const byCountThenKeys = (a: FlowArc, b: FlowArc): number =>
  b.count - a.count || ordinal(a.fromKey, b.fromKey) || ordinal(a.toKey, b.toKey) || ordinal(a.state, b.state);

/**
 * Arcs at `level`: moves with a known destination, grouped by origin key and destination key
 * (and state, where the level splits states), biggest first. A move whose ends aggregate to the
 * same place draws no arc. Outside destinations are drawn at the mean of their addresses.
 * Ends are given to 6 decimals.
 */
export function aggregateFlows(moves: readonly FlowMove[], level: FlowLevel, centres: FlowCentres): FlowArc[] {
  const split = splitsStates(level);
  const arcs = new Map<string, FlowArc & { sumLng: number; sumLat: number }>();
  for (const m of moves) {
    if (!m.destination) continue;
    const fromKey = endKey(m.origin, level);
    const toKey = endKey(m.destination, level);
    if (fromKey === toKey) continue;
    const key = split ? `${fromKey}>${toKey}>${m.state}` : `${fromKey}>${toKey}`;
    const arc = arcs.get(key);
    if (arc) {
      arc.count += 1;
      arc.byState[m.state] = (arc.byState[m.state] ?? 0) + 1;
      arc.sumLng += m.destination.at[0];
      arc.sumLat += m.destination.at[1];
      continue;
    }
    const outside = m.destination.buildingId === null;
    arcs.set(key, {
      fromKey, toKey, state: m.state, count: 1, byState: { [m.state]: 1 }, outside, toName: m.destination.communityName, distanceKm: 0,
      from: endPoint(m.origin, level, centres), to: endPoint(m.destination, level, centres),
      sumLng: m.destination.at[0], sumLat: m.destination.at[1],
    });
  }
  return [...arcs.values()]
    .map(({ sumLng, sumLat, ...arc }) => {
      const to: [number, number] = arc.outside ? [sumLng / arc.count, sumLat / arc.count] : arc.to;
      return { ...arc, state: split ? arc.state : dominantState(arc.byState), from: round6(arc.from), to: round6(to), distanceKm: km(arc.from, to) };
    })
    .sort(byCountThenKeys);
}

/**
 * Per community, entries that left it for elsewhere (`out`) and that arrived from another
 * community (`in`); outside communities appear by name with their `in`. Only moves with a
 * known destination count. Sub-district communities first (by id), then outside ones by name.
 */
export function communityFlows(moves: readonly FlowMove[]): CommunityFlow[] {
  const rows = new Map<string, CommunityFlow>();
  const row = (end: FlowEnd): CommunityFlow => {
    const outside = end.buildingId === null;
    const key = outside ? `o:${end.communityName}` : `c:${end.communityId ?? 0}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, communityId: outside ? null : end.communityId, name: end.communityName, outside, in: 0, out: 0 }));
    return r;
  };
  for (const m of moves) {
    if (!m.destination) continue;
    const from = row(m.origin);
    const to = row(m.destination);
    if (from === to) continue;
    from.out += 1;
    to.in += 1;
  }
  return [...rows.values()].sort((a, b) =>
    Number(a.outside) - Number(b.outside) || (a.communityId ?? 0) - (b.communityId ?? 0) || a.name.localeCompare(b.name));
}

/** The places outside the sub-district, each with its count and distance from the mean origin; farthest first. */
export function outsidePlaces(moves: readonly FlowMove[]): OutsidePlace[] {
  const groups = new Map<string, { lng: number; lat: number; count: number }>();
  let lng = 0;
  let lat = 0;
  for (const m of moves) {
    lng += m.origin.at[0];
    lat += m.origin.at[1];
    const d = m.destination;
    if (!d || d.buildingId !== null) continue;
    const g = groups.get(d.communityName) ?? { lng: 0, lat: 0, count: 0 };
    g.lng += d.at[0];
    g.lat += d.at[1];
    g.count += 1;
    groups.set(d.communityName, g);
  }
  const centre: [number, number] = [lng / Math.max(moves.length, 1), lat / Math.max(moves.length, 1)];
  return [...groups.entries()]
    .map(([name, g]) => {
      const at: [number, number] = [g.lng / g.count, g.lat / g.count];
      return { name, at, count: g.count, distanceKm: km(centre, at) };
    })
    .sort((a, b) => b.distanceKm - a.distanceKm || a.name.localeCompare(b.name));
}

/** Entries per state (every state present, 0 when none). */
export function countByState(moves: readonly { state: RelocationState }[]): Record<RelocationState, number> {
  const out = Object.fromEntries(RELOCATION_STATES.map((s) => [s, 0])) as Record<RelocationState, number>;
  for (const m of moves) out[m.state] += 1;
  return out;
}
