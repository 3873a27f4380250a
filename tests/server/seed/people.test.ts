/**
 * Members, household-leads, secretaries and liaisons of the demo dataset.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Dataset, Member } from '../../../shared/model';
import { EDUCATIONS, GENDERS, MEMBER_CATEGORIES, MEMBER_STATUSES, MEMBERSHIPS } from '../../../shared/model';
import { generateDataset } from '../../../server/seed/generate';
import { AS_OF_DATE, REFERENCE_DAY } from '../../../server/seed/figures';

let data: Dataset;
beforeAll(() => {
  // As written: on the reference day its dates stand where the figures put them.
  data = generateDataset({ scale: 'demo', today: REFERENCE_DAY });
});

const fullActive = (m: Member): boolean => m.membership === 'full' && m.status === 'active';
const linked = (links: Array<{ households: number }>): number => links.reduce((a, l) => a + l.households, 0);
/** Days from an ISO date to the as-of date. */
const daysBeforeAsOf = (date: string): number => (Date.parse(AS_OF_DATE) - Date.parse(date)) / 86_400_000;

describe('members', () => {
  it('fill every personal field, with phones that cannot be real (11 digits from 100), all distinct', () => {
    for (const m of data.members) {
      expect(m.name.length).toBeGreaterThanOrEqual(2);
      expect(m.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(GENDERS).toContain(m.gender);
      expect(m.birthYear).toBeGreaterThanOrEqual(1926);
      expect(m.birthYear).toBeLessThanOrEqual(2006);
      expect(m.phone).toMatch(/^100\d{8}$/);
      expect(MEMBERSHIPS).toContain(m.membership);
      expect(MEMBER_CATEGORIES).toContain(m.category);
      expect(EDUCATIONS).toContain(m.education);
      expect(MEMBER_STATUSES).toContain(m.status);
    }
    expect(new Set(data.members.map((m) => m.phone)).size).toBe(data.members.length);
  });

  it('are mostly full, active and registered with the grid branch of their residence', () => {
    const n = data.members.length;
    const probationary = data.members.filter((m) => m.membership === 'probationary').length / n;
    expect(probationary).toBeGreaterThan(0.01);
    expect(probationary).toBeLessThan(0.06);
    const active = data.members.filter((m) => m.status === 'active').length / n;
    expect(active).toBeGreaterThan(0.85);
    expect(active).toBeLessThan(0.97);
    for (const s of ['moving', 'lost_contact', 'transferred_out', 'deceased'] as const) expect(data.members.some((m) => m.status === s)).toBe(true);
    const branchOf = new Map(data.buildings.map((b) => [b.id, b.branchId]));
    const resident = data.members.filter((m) => m.buildingId !== null);
    const home = resident.filter((m) => branchOf.get(m.buildingId as number) === m.branchId).length;
    expect(home / resident.length).toBeGreaterThan(0.97);
    expect(home).toBeLessThan(resident.length);
  });

  it('were last contacted in 2025–2026: active ones within 6 months, lost-contact ones before that', () => {
    for (const m of data.members) {
      expect(m.lastContact).toMatch(/^202[56]-\d\d-\d\d$/);
      const days = daysBeforeAsOf(m.lastContact as string);
      expect(days).toBeGreaterThanOrEqual(0);
      if (m.status === 'active') expect(days).toBeLessThan(182);
      if (m.status === 'lost_contact') expect(days).toBeGreaterThan(183);
    }
  });

  it('leave at least 3 neighbourhoods without any member and at least 2 branches under 3 full active members', () => {
    const nbOf = new Map(data.buildings.map((b) => [b.id, b.neighbourhoodId]));
    const lived = new Set(data.members.map((m) => (m.buildingId === null ? null : nbOf.get(m.buildingId))));
    const emptyNeighbourhoods = data.neighbourhoods.filter((n) => !lived.has(n.id));
    expect(emptyNeighbourhoods.length).toBeGreaterThanOrEqual(3);
    expect(emptyNeighbourhoods.length).toBeLessThan(data.neighbourhoods.length / 4);
    const full = new Map<number, number>();
    for (const m of data.members.filter(fullActive)) full.set(m.branchId as number, (full.get(m.branchId as number) ?? 0) + 1);
    const weak = data.branches.filter((b) => (full.get(b.id) ?? 0) < 3);
    expect(weak.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...full.values())).toBeGreaterThan(60);
  });
});

describe('household-leads', () => {
  it('sit in most residential buildings that have an active full member, each an active full resident', () => {
    const byId = new Map(data.members.map((m) => [m.id, m]));
    for (const l of data.leads) {
      const m = byId.get(l.memberId) as Member;
      expect(fullActive(m)).toBe(true);
      expect(m.buildingId).toBe(l.buildingId);
    }
    expect(new Set(data.leads.map((l) => l.memberId)).size).toBe(data.leads.length);
    const withMembers = new Set(data.members.filter(fullActive).map((m) => m.buildingId));
    const withLeads = new Set(data.leads.map((l) => l.buildingId));
    const covered = [...withMembers].filter((b) => b !== null && withLeads.has(b)).length;
    expect(covered / withMembers.size).toBeGreaterThan(0.7);
    expect(covered).toBeLessThan(withMembers.size);
  });

  it('stand inside their building', () => {
    const footprint = new Map(data.buildings.map((b) => [b.id, b.footprint]));
    for (const l of data.leads) expect(turf.booleanPointInPolygon(l.point, footprint.get(l.buildingId) as Polygon)).toBe(true);
  });

  it('link about 10 households, own building first, then buildings of the same grid, a very few over the limit', () => {
    const building = new Map(data.buildings.map((b) => [b.id, b]));
    const totals = data.leads.map((l) => linked(l.links));
    expect(totals.filter((t) => t === 10).length / totals.length).toBeGreaterThan(0.9);
    const over = totals.filter((t) => t > 10).length;
    expect(over).toBeGreaterThanOrEqual(1);
    expect(over / totals.length).toBeLessThan(0.03);
    for (const l of data.leads) {
      const own = building.get(l.buildingId);
      for (const link of l.links) {
        expect(link.households).toBeGreaterThan(0);
        expect(building.get(link.buildingId)?.branchId).toBe(own?.branchId);
      }
      expect(l.links[0]?.buildingId).toBe(l.buildingId);
    }
  });

  it('never link more households of a building than it has', () => {
    const perBuilding = new Map<number, number>();
    for (const l of data.leads) for (const x of l.links) perBuilding.set(x.buildingId, (perBuilding.get(x.buildingId) ?? 0) + x.households);
    const households = new Map(data.buildings.map((b) => [b.id, b.households]));
    for (const [id, n] of perBuilding) expect(n).toBeLessThanOrEqual(households.get(id) as number);
  });

  it('follow linksPerLead when it is given', () => {
    const five = generateDataset({ scale: 'demo', linksPerLead: 5 });
    const totals = five.leads.map((l) => linked(l.links));
    expect(totals.filter((t) => t === 5).length / totals.length).toBeGreaterThan(0.9);
  });
});

describe('posts', () => {
  it('give every branch a secretary who is an active full member of it, bar a few vacant posts', () => {
    const byId = new Map(data.members.map((m) => [m.id, m]));
    const vacant = data.branches.filter((b) => b.secretaryMemberId === null);
    expect(vacant.length).toBeGreaterThanOrEqual(1);
    expect(vacant.length).toBeLessThanOrEqual(6);
    for (const b of data.branches.filter((x) => x.secretaryMemberId !== null)) {
      const s = byId.get(b.secretaryMemberId as number) as Member;
      expect(s.branchId).toBe(b.id);
      expect(fullActive(s)).toBe(true);
    }
  });

  it('appoint a few dozen in-service liaisons for buildings and neighbourhoods', () => {
    expect(data.liaisons.length).toBeGreaterThanOrEqual(20);
    expect(data.liaisons.length).toBeLessThanOrEqual(100);
    const byId = new Map(data.members.map((m) => [m.id, m]));
    for (const l of data.liaisons) expect(byId.get(l.memberId)?.category).toBe('in_service');
    expect(new Set(data.liaisons.map((l) => l.targetKind))).toEqual(new Set(['building', 'neighbourhood']));
    expect(new Set(data.liaisons.map((l) => `${l.memberId}/${l.targetKind}/${l.targetId}`)).size).toBe(data.liaisons.length);
  });
});
