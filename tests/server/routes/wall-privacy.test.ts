/**
 * The wall token never receives personal data: every response the wall display asks for
 * (meta, coverage of the sub-district and every community, relocation counters and history,
 * alerts, zones, outlines, vector tiles) and every event pushed to it while writes of every
 * kind happen, scanned for any member's name or phone and for fields naming personal data.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { CoverageResponse, MetaResponse } from '../../../shared/api';
import { accountRepository } from '../../../server/repositories/accounts';
import { generateDataset } from '../../../server/seed/generate';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { decodeTile, lngLatToTile } from '../fixtures/mvt';
import { findPersonalData, personalData, type PersonalData } from '../../e2e/wall/personalData';

let app: FastifyInstance;
let db: Database;
let token: string;
let base: string;
let data: PersonalData;

beforeAll(async () => {
  ({ app, db } = await appWith(generateDataset({ scale: 'demo' })));
  token = accountRepository(db).createWallToken('privacy wall').token;
  data = personalData(db);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

const wallGet = async (url: string) => {
  const res = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode, url).toBeLessThan(300);
  return res;
};
const post = (who: Signed, url: string, payload: object) =>
  app.inject({ method: 'POST', url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload });

/** Opens the wall's event stream (token in the URL, as EventSource sends it); `stop` returns what came. */
function openStream(): Promise<{ stop: () => string }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const req = httpRequest(`${base}/api/events?wall=${encodeURIComponent(token)}`, (res) => {
      if (res.statusCode !== 200) reject(new Error(`events: HTTP ${res.statusCode}`));
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      resolve({ stop: () => { req.destroy(); return text; } });
    });
    req.on('error', () => undefined);
    req.end();
  });
}

describe('what the wall token receives', () => {
  it('pushes events for every kind of write without a name, phone or home', async () => {
    const stream = await openStream();
    await createAccount(db, 'plan', 'planner');
    const planner = await signIn(app, 'plan');
    const member = db.prepare("SELECT id, building_id FROM member WHERE status = 'active' AND building_id IS NOT NULL LIMIT 1").get() as { id: number; building_id: number };
    const today = app.today();
    expect((await post(planner, `/api/members/${member.id}/contacts`, { date: today, method: 'phone', note: '电话联系' })).statusCode).toBe(201);
    expect((await post(planner, '/api/verifications', { kind: 'member', id: member.id })).statusCode).toBe(200);
    expect((await post(planner, '/api/verifications', { kind: 'building', id: member.building_id })).statusCode).toBe(200);
    const hood = db.prepare('SELECT n.polygon FROM neighbourhood n JOIN building b ON b.neighbourhood_id = n.id WHERE b.id = ?').pluck().get(member.building_id) as string;
    const zone = await post(planner, '/api/zones', { name: '隐私测试片区', polygon: JSON.parse(hood), announcedOn: today });
    expect(zone.statusCode).toBe(201);
    const entry = (await app.inject({ url: '/api/relocations', headers: { cookie: planner.cookie } })).json().entries[0] as { id: number; version: number };
    expect((await post(planner, `/api/relocations/${entry.id}/transitions`, { to: 'moving_out', on: today, expectedVersion: entry.version })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    const text = stream.stop();
    expect(text.match(/event: change/g)).toHaveLength(5);
    expect(findPersonalData(text, 'events', data)).toEqual([]);
    // A change about a member (contact, verification) is placed at their grid, never at their home.
    const home = db.prepare('SELECT min_lng, min_lat, max_lng, max_lat FROM building WHERE id = ?').raw().get(member.building_id) as number[];
    const changes = [...text.matchAll(/event: change\ndata: (.*)\n/g)].map((m) => JSON.parse(m[1] ?? '{}') as { kind: string; bbox?: number[] });
    const aboutMember = changes.slice(0, 2);
    expect(aboutMember.map((c) => c.kind)).toEqual(['contact', 'verify']);
    for (const c of aboutMember) expect(c.bbox).not.toEqual(home);
  });

  it('answers every request the wall makes without a name, phone or birth year', async () => {
    const meta = (await wallGet('/api/meta')).json() as MetaResponse;
    const sub = (await wallGet('/api/coverage?level=subdistrict')).json() as CoverageResponse;
    const urls = [
      '/api/meta', '/api/coverage?level=subdistrict', '/api/relocations/summary', '/api/wall/alerts',
      '/api/wall/relocation-history?days=90', '/api/zones', '/api/layers/communities', '/api/layers/branches', '/api/layers/neighbourhoods',
      ...sub.children.map((c) => `/api/coverage?level=community&id=${c.id}`),
    ];
    const found: string[] = [];
    for (const url of urls) found.push(...findPersonalData((await wallGet(url)).body, url, data));
    // The tiles round the middle of the sub-district at the zooms the wall shows.
    const [w, s, e, n] = meta.bbox ?? [0, 0, 0, 0];
    let features = 0;
    for (const z of [13, 15, 17]) {
      const { x, y } = lngLatToTile((w + e) / 2, (s + n) / 2, z);
      const res = await wallGet(`/api/tiles/${z}/${x}/${y}.mvt`);
      if (res.statusCode === 204) continue;
      const layers = decodeTile(res.rawPayload, z, x, y);
      for (const [layer, list] of Object.entries(layers)) {
        features += list.length;
        found.push(...findPersonalData(JSON.stringify(list.map((f) => f.properties)), `tile ${z}/${x}/${y} ${layer}`, data));
      }
    }
    expect(features).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('finds personal data when it is there (the scanner is not blind)', () => {
    const m = db.prepare('SELECT name, phone FROM member LIMIT 1').get() as { name: string; phone: string };
    expect(findPersonalData(`{"x":"${m.name}"}`, 't', data)).toHaveLength(1);
    expect(findPersonalData(`{"tel":"${m.phone}"}`, 't', data)).toHaveLength(1);
    expect(findPersonalData('{"birthYear":1950}', 't', data)).toEqual(['t: field birthYear']);
    expect(findPersonalData('{"name":"益都路社区","nameEn":"Yidu Road"}', 't', data)).toEqual([]);
  });
});
