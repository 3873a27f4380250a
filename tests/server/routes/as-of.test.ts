import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { Feature, FeatureCollection } from 'geojson';
import { dataVersion } from '../../../server/db/version';
import { generateDataset } from '../../../server/seed/generate';
import { seedDemoZones } from '../../../server/seed/zones';
import { appWith } from '../fixtures/app';
import { decodeTile, lngLatToTile } from '../fixtures/mvt';
import { viewerInject, type SignedInject } from '../fixtures/signed';

let app: FastifyInstance;
let db: Database;
let get: SignedInject;
/** The demo's cleared zone, and one of its demolished residential buildings. */
let zone: { id: number; announced_on: string; cleared_on: string };
let building: { id: number; min_lng: number; min_lat: number; max_lng: number; max_lat: number };

beforeAll(async () => {
  ({ app, db } = await appWith(generateDataset({ scale: 'demo' })));
  seedDemoZones(db);
  get = await viewerInject(app, db);
  zone = db.prepare("SELECT id, announced_on, cleared_on FROM demolition_zone WHERE stage = 'cleared' ORDER BY id LIMIT 1").get() as typeof zone;
  building = db.prepare(`SELECT b.id, b.min_lng, b.min_lat, b.max_lng, b.max_lat FROM building b
    JOIN building_status_history h ON h.building_id = b.id AND h.zone_id = ? AND h.valid_to IS NULL
    WHERE b.status = 'demolished' AND b.use = 'residential' ORDER BY b.id LIMIT 1`).get(zone.id) as typeof building;
});
afterAll(() => app.close());

/** The day before `day` (YYYY-MM-DD). */
const dayBefore = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

async function layer(name: string, asOf?: string): Promise<FeatureCollection> {
  const res = await get(`/api/layers/${name}${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FeatureCollection>();
}

const byId = (collection: FeatureCollection, id: number): Feature | undefined => collection.features.find((f) => f.id === id);

/** The buildings of the z16 tile holding the building's corner, as decoded by MapLibre's reader. */
async function tileBuildings(asOf?: string): Promise<Feature[]> {
  const z = 16;
  const { x, y } = lngLatToTile(building.min_lng, building.min_lat, z);
  const res = await get(`/api/tiles/${z}/${x}/${y}.mvt${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode).toBe(200);
  return decodeTile(res.rawPayload, z, x, y).buildings ?? [];
}

describe('asOf on layers and tiles, around the demo zone that was cleared', () => {
  it('leaves the demolished building out of today\'s buildings layer and brings it back, slated, the day before clearing', async () => {
    expect(zone.cleared_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byId(await layer('buildings'), building.id)).toBeUndefined();
    const before = byId(await layer('buildings', dayBefore(zone.cleared_on)), building.id);
    expect(before?.properties).toMatchObject({ id: building.id, status: 'slated_demolition' });
  });

  it('gives the building the status its history holds that day, and leaves it out before it stood', async () => {
    // The demo generator already had these old buildings slated; the history says so from 2020.
    const first = db.prepare('SELECT status, valid_from FROM building_status_history WHERE building_id = ? ORDER BY valid_from LIMIT 1').get(building.id) as { status: string; valid_from: string };
    const onFirstDay = byId(await layer('buildings', first.valid_from), building.id);
    expect(onFirstDay?.properties?.status).toBe(first.status);
    // Before the building stood at all (its valid_from), it is absent.
    expect(byId(await layer('buildings', dayBefore(first.valid_from)), building.id)).toBeUndefined();
  });

  it('leaves a building out before the day it was built', async () => {
    const built = db.prepare("SELECT id, valid_from FROM building WHERE status = 'new' ORDER BY valid_from DESC LIMIT 1").get() as { id: number; valid_from: string };
    expect(byId(await layer('buildings', built.valid_from), built.id)).toBeDefined();
    expect(byId(await layer('buildings', dayBefore(built.valid_from)), built.id)).toBeUndefined();
  });

  it('does the same in the vector tiles, today and as of the day before clearing', async () => {
    expect((await tileBuildings()).some((f) => f.id === building.id)).toBe(false);
    const past = (await tileBuildings(dayBefore(zone.cleared_on))).find((f) => f.id === building.id);
    expect(past?.properties).toMatchObject({ status: 'slated_demolition' });
    // The cache keeps the two days apart: today's tile is still today's.
    expect((await tileBuildings()).some((f) => f.id === building.id)).toBe(false);
  });

  it('carries that day\'s figures: the community held the zone\'s households before clearing', async () => {
    const community = db.prepare('SELECT g.community_id FROM building b JOIN grid_branch g ON g.id = b.branch_id WHERE b.id = ?').pluck().get(building.id) as number;
    const households = (c: FeatureCollection) => byId(c, community)?.properties?.households as number;
    const now = households(await layer('communities'));
    const then = households(await layer('communities', dayBefore(zone.cleared_on)));
    const zoneHouseholds = db.prepare('SELECT sum(b.households) FROM building b JOIN building_status_history h ON h.building_id = b.id AND h.zone_id = ? AND h.valid_to IS NULL JOIN grid_branch g ON g.id = b.branch_id WHERE g.community_id = ?').pluck().get(zone.id, community) as number;
    expect(zoneHouseholds).toBeGreaterThan(0);
    expect(then - now).toBe(zoneHouseholds);
    const report = await get(`/api/coverage?level=community&id=${community}&asOf=${dayBefore(zone.cleared_on)}`);
    expect(report.json().unit.figures.households).toBe(then);
  });

  it('shows the household-leads who were active members that day', async () => {
    // A lead of the cleared zone who is away now (moving or transferred) was at home when it was announced.
    const away = db.prepare(`SELECT l.id FROM household_lead l JOIN member m ON m.id = l.member_id
      JOIN building_status_history h ON h.building_id = l.building_id AND h.zone_id = ? AND h.valid_to IS NULL
      WHERE m.status != 'active' ORDER BY l.id LIMIT 1`).pluck().get(zone.id) as number;
    expect(away).toBeGreaterThan(0);
    expect(byId(await layer('leads'), away)).toBeUndefined();
    expect(byId(await layer('leads', zone.announced_on), away)).toBeDefined();
  });

  it('serves a write to a past day on the next tile request, not the cached one', async () => {
    const day = dayBefore(zone.cleared_on);
    expect((await tileBuildings(day)).find((f) => f.id === building.id)?.properties?.floors).not.toBe(42);
    db.transaction(() => {
      db.prepare('UPDATE building SET floors = 42 WHERE id = ?').run(building.id);
      dataVersion(db).bump();
    })();
    expect((await tileBuildings(day)).find((f) => f.id === building.id)?.properties?.floors).toBe(42);
  });

  it('tags past tiles with their day, so a client holding today\'s tile gets the past one', async () => {
    const z = 16;
    const { x, y } = lngLatToTile(building.min_lng, building.min_lat, z);
    const today = await get(`/api/tiles/${z}/${x}/${y}.mvt`);
    const past = await get({ url: `/api/tiles/${z}/${x}/${y}.mvt?asOf=${zone.announced_on}`, headers: { 'if-none-match': String(today.headers.etag) } });
    expect(past.statusCode).toBe(200);
    expect(past.headers.etag).not.toBe(today.headers.etag);
  });

  it('tells the slider its range: the first day with history to the server\'s today', async () => {
    const res = await get('/api/as-of/range');
    expect(res.statusCode).toBe(200);
    const first = db.prepare('SELECT min(valid_from) FROM building').pluck().get() as string;
    expect(res.json()).toEqual({ from: first, today: app.today() });
    expect(first <= zone.announced_on).toBe(true);
  });

  it.each([
    ['/api/layers/buildings?asOf=2999-01-01', 'in the future'],
    ['/api/layers/buildings?asOf=2025-02-30', 'not a real day'],
    ['/api/tiles/16/0/0.mvt?asOf=2999-01-01', 'in the future'],
    ['/api/tiles/16/0/0.mvt?asOf=2025-13-01', 'not a real day'],
    ['/api/tiles/16/0/0.mvt?asOf=yesterday', 'asOf'],
  ])('refuses %s with a 400 naming asOf (%s)', async (url, why) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('asOf');
    expect(res.json().message).toContain(why);
  });
});
