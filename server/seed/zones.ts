/**
 * Demolition zones for the demo: the old areas the generator slated for demolition become
 * zones at different stages, with their members part-way through relocation, so the ledger,
 * its counters and the map have something real-looking to show on first start.
 *
 * Written through the same repository as the API (zones announced, moves recorded), so the
 * demo's ledger obeys the state machine like any other. Deterministic: a fixed seed.
 */
import type { Database } from 'better-sqlite3';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { RelocationState } from '../../shared/relocation/states';
import { checkTransition } from '../../shared/relocation/states';
import { buildingsInZone, type ZoneStage } from '../../shared/relocation/zones';
import { relocationRepository, type Destination } from '../repositories/relocation';
import { Random } from './random';
import { daysSinceReference, seedToday } from './shift';
import { addDays } from '../../shared/as-of/days';

const SEED = 20_261_122;
const WHO = { accountId: null, username: 'demo-seed' };

/**
 * Where each demo zone stands, by its order west → east; dates are the stage dates as of the
 * reference day (figures.ts), moved with the day the demo is seeded on.
 */
const PLANS: { stage: ZoneStage; announced: string; moving?: string; cleared?: string; mix: Partial<Record<RelocationState, number>> }[] = [
  // Cleared a year ago: everyone has left; most are settled, some not yet accounted for.
  { stage: 'cleared', announced: '2024-09-01', moving: '2025-01-15', cleared: '2025-10-01', mix: { resettled: 0.3, reported: 0.25, transferred: 0.25, transitional: 0.1, floating: 0.05, lost_contact: 0.05 } },
  // Moving out now: half still there.
  { stage: 'moving_out', announced: '2025-11-01', moving: '2026-05-01', mix: { in_zone: 0.5, moving_out: 0.25, transitional: 0.15, resettled: 0.05, lost_contact: 0.05 } },
  // Just announced.
  { stage: 'announced', announced: '2026-09-15', mix: { in_zone: 0.95, moving_out: 0.05 } },
];

/** The path through the state machine to each demo state, starting from in_zone. */
const PATHS: Record<RelocationState, RelocationState[]> = {
  in_zone: [],
  moving_out: ['moving_out'],
  transitional: ['moving_out', 'transitional'],
  resettled: ['moving_out', 'transitional', 'resettled'],
  reported: ['moving_out', 'resettled', 'reported'],
  transferred: ['moving_out', 'resettled', 'transferred'],
  floating: ['moving_out', 'floating'],
  lost_contact: ['moving_out', 'lost_contact'],
};

/** Outside places members move to: new housing estates of Licang and Laoshan districts, [lng, lat]. */
const OUTSIDE: { community: string; address: string; at: [number, number] }[] = [
  { community: '李沧区虎山路街道金水路社区', address: '金水路安置小区3号楼', at: [120.431, 36.165] },
  { community: '李沧区九水街道', address: '九水东路回迁房12号楼', at: [120.452, 36.178] },
  { community: '崂山区中韩街道', address: '株洲路还迁小区5号楼', at: [120.463, 36.114] },
  { community: '城阳区流亭街道', address: '流亭安置区8号楼', at: [120.372, 36.259] },
];

/**
 * Announces one zone per community that holds slated buildings, moves the first three
 * through their stages and their members part-way through relocation. Returns the counts.
 * Call on a freshly loaded demo database, with the `today` its data was generated for (the
 * current day where the users are by default); it does nothing if zones exist already.
 */
export function seedDemoZones(db: Database, today: string = seedToday()): { zones: number; entries: number } {
  const shift = daysSinceReference(today);
  if ((db.prepare('SELECT count(*) FROM demolition_zone').pluck().get() as number) > 0) return { zones: 0, entries: 0 };
  const repo = relocationRepository(db);
  const random = new Random(SEED);
  const rows = db.prepare(`SELECT c.id AS community, c.name AS community_name, b.id, b.neighbourhood_id, b.footprint, n.polygon AS nb_polygon,
      (SELECT count(*) FROM building x WHERE x.neighbourhood_id = b.neighbourhood_id AND x.status != 'slated_demolition') AS unslated_in_nb
    FROM building b JOIN grid_branch g ON g.id = b.branch_id JOIN community c ON c.id = g.community_id
      LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
    WHERE b.status = 'slated_demolition' AND b.valid_to IS NULL ORDER BY c.id, b.id`).all() as {
    community: number; community_name: string; id: number; neighbourhood_id: number | null; footprint: string; nb_polygon: string | null; unslated_in_nb: number;
  }[];
  const byCommunity = new Map<number, typeof rows>();
  for (const r of rows) byCommunity.set(r.community, [...(byCommunity.get(r.community) ?? []), r]);
  // West to east by the mean longitude of their slated buildings.
  const groups = [...byCommunity.values()]
    .map((g) => ({ g, lng: g.reduce((s, r) => s + (JSON.parse(r.footprint) as Polygon).coordinates[0]![0]![0]!, 0) / g.length }))
    .sort((a, b) => a.lng - b.lng);
  const destinations = db.prepare(`SELECT id FROM building WHERE status = 'normal' AND use = 'residential' AND valid_to IS NULL ORDER BY id`).pluck().all() as number[];

  // The generator marks old areas slated as a hint; until its zone is announced a building stood
  // as any other, so it goes back to normal and the announcement slates it from that day on
  // (its history then reads normal → slated on the announcement → demolished on clearing).
  const unslate = db.prepare(`UPDATE building SET status = 'normal' WHERE id = ? AND status = 'slated_demolition'
    AND NOT EXISTS (SELECT 1 FROM building_status_history h WHERE h.building_id = building.id)`);

  let entries = 0;
  db.transaction(() => {
    groups.forEach(({ g }, k) => {
      // Beyond the three planned stages, the other old areas are announced, nobody moved yet.
      const written = PLANS[k] ?? { stage: 'announced' as const, announced: '2026-10-20', mix: { in_zone: 1 } };
      const plan = { ...written, announced: addDays(written.announced, shift), moving: written.moving && addDays(written.moving, shift), cleared: written.cleared && addDays(written.cleared, shift) };
      for (const r of g) unslate.run(r.id);
      // A neighbourhood whose buildings are all slated joins whole; other slated buildings
      // join by their own footprint, so the zone takes exactly the slated buildings.
      const parts: Position[][][] = [];
      const seenNb = new Set<number>();
      for (const r of g) {
        if (r.neighbourhood_id !== null && r.nb_polygon && r.unslated_in_nb === 0) {
          if (seenNb.has(r.neighbourhood_id)) continue;
          seenNb.add(r.neighbourhood_id);
          parts.push((JSON.parse(r.nb_polygon) as Polygon).coordinates);
        } else parts.push((JSON.parse(r.footprint) as Polygon).coordinates);
      }
      const polygon: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
      const name = `${g[0]?.community_name.replace(/社区$/, '')}片区旧城改造`;
      const zone = repo.announceZone(name, polygon, plan.announced, WHO, (c) => buildingsInZone(polygon, c));
      const ledger = repo.ledger({ zoneId: zone.zoneId });
      const states = Object.entries(plan.mix) as [RelocationState, number][];
      for (const e of ledger) {
        const target = states[random.weightedIndex(states.map(([, w]) => w))]?.[0] ?? 'in_zone';
        let version = e.row_version;
        let day = plan.moving ?? plan.announced;
        let current = repo.entry(e.id);
        for (const to of PATHS[target]) {
          if (!current || !checkTransition(current.state, to).ok) break;
          day = addDays(day, random.int(10, 60));
          // Nothing is recorded after the day the demo is seeded on.
          if (day > today) day = today;
          const outside = OUTSIDE[random.int(0, OUTSIDE.length - 1)];
          const settled = to === 'resettled' || to === 'reported' || to === 'transferred';
          const destination: Destination | null = !settled ? null
            : to === 'resettled' && random.chance(0.6) && destinations.length > 0
              ? { buildingId: destinations[random.int(0, destinations.length - 1)] }
              : outside ? { address: outside.address, communityName: outside.community, lng: outside.at[0] + random.range(-0.004, 0.004), lat: outside.at[1] + random.range(-0.004, 0.004) } : null;
          repo.transition(current, { to, on: day, note: '', expectedVersion: version, destination }, WHO);
          version += 1;
          current = repo.entry(e.id);
        }
        entries += 1;
      }
      if (plan.stage !== 'announced' && plan.moving) repo.setZoneStage(zone.zoneId, 'moving_out', plan.moving);
      if (plan.stage === 'cleared' && plan.cleared) repo.setZoneStage(zone.zoneId, 'cleared', plan.cleared);
    });
    db.prepare('UPDATE data_version SET version = version + 1').run();
  })();
  return { zones: groups.length, entries };
}
