/**
 * Household-leads (党员中心户) and the households each is linked to ("1+10").
 *
 * Most residential buildings with an active full member get one lead (big ones sometimes
 * two). Each lead is linked first to households of its own building, then to those of the
 * nearest buildings of the same grid; a household is linked to one lead at most. A very few
 * leads are given more than the limit so the rule check has something to find.
 */
import type { HouseholdLead, LeadLink, Member } from '../../shared/model';
import { bilinear, distance, toLngLat, type Projection, type Quad } from './geo';
import type { BuildingInfo } from './places';
import type { Random } from './random';

/** Share of buildings with eligible members that get a lead. */
const SHARE_BUILDINGS_WITH_LEAD = 0.85;
/** Households from which a building may get a second lead. */
const SECOND_LEAD_FROM = 40;
/** Share of leads linked to a few more households than the limit. */
const SHARE_OVER_LIMIT = 0.012;

interface Pending {
  lead: Omit<HouseholdLead, 'id'>;
  building: BuildingInfo;
  want: number;
  links: Map<number, number>;
}

/** Takes up to `want` unlinked households of `building` for a lead. */
function take(p: Pending, building: BuildingInfo, left: Map<number, number>): void {
  const available = left.get(building.id) ?? 0;
  const have = [...p.links.values()].reduce((a, b) => a + b, 0);
  const n = Math.min(available, p.want - have);
  if (n <= 0) return;
  left.set(building.id, available - n);
  p.links.set(building.id, (p.links.get(building.id) ?? 0) + n);
}

/**
 * Chooses leads among `members` (with their final IDs) living in `buildings`, linking each to
 * about `linksPerLead` households.
 */
export function planLeads(random: Random, buildings: readonly BuildingInfo[], members: readonly Member[], linksPerLead: number, proj: Projection): Array<Omit<HouseholdLead, 'id'>> {
  const eligible = new Map<number, Member[]>();
  for (const m of members) {
    if (m.buildingId === null || m.status !== 'active' || m.membership !== 'full') continue;
    eligible.set(m.buildingId, [...(eligible.get(m.buildingId) ?? []), m]);
  }
  const left = new Map(buildings.map((b) => [b.id, b.households] as [number, number]));
  const pending: Pending[] = [];
  for (const building of buildings) {
    const candidates = eligible.get(building.id);
    if (building.households === 0 || !candidates || !random.chance(SHARE_BUILDINGS_WITH_LEAD)) continue;
    const count = building.households >= SECOND_LEAD_FROM && candidates.length >= 2 && random.chance(0.5) ? 2 : 1;
    for (const member of random.shuffle([...candidates]).slice(0, count)) {
      // A point well inside the footprint rectangle (its middle half each way).
      const point = bilinear(building.footprint as Quad, random.range(0.25, 0.75), random.range(0.25, 0.75));
      const want = random.chance(SHARE_OVER_LIMIT) ? linksPerLead + random.int(1, 4) : linksPerLead;
      pending.push({
        lead: { memberId: member.id, buildingId: building.id, point: { type: 'Point', coordinates: toLngLat(point, proj) }, links: [] },
        building,
        want,
        links: new Map(),
      });
    }
  }
  for (const p of pending) take(p, p.building, left);
  const byBranch = new Map<number, BuildingInfo[]>();
  for (const b of buildings) if (b.households > 0) byBranch.set(b.branchId, [...(byBranch.get(b.branchId) ?? []), b]);
  for (const p of pending) {
    const near = [...(byBranch.get(p.building.branchId) ?? [])].sort((a, b) => distance(a.centre, p.building.centre) - distance(b.centre, p.building.centre) || a.id - b.id);
    for (const b of near) take(p, b, left);
  }
  return pending.map((p) => {
    const links: LeadLink[] = [...p.links].map(([buildingId, households]) => ({ buildingId, households }));
    return { ...p.lead, links };
  });
}
