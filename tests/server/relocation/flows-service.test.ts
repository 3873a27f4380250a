import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FlowsResponse } from '../../../shared/relocation/api';
import { dataVersion } from '../../../server/db/version';
import { FLOWS_CACHE_SIZE, flowsService } from '../../../server/relocation/flows-service';
import { appWith } from '../fixtures/app';
import { createAccount, scenePost, signIn } from '../fixtures/accounts';
import { rect } from '../fixtures/tiny-dataset';

// Tiny fixture (tests/server/fixtures/tiny-dataset.ts): member 5 lives in building 4 (community 2).
// A zone around building 4 is announced on 2026-03-01 through the real app, opening one entry.
async function setup() {
  const { app, db } = await appWith();
  await createAccount(db, 'plan', 'planner');
  const planner = await signIn(app, 'plan');
  const post = scenePost(app, planner);
  const zone = await post('/api/zones', { name: '东片区', announcedOn: '2026-03-01', polygon: rect(120.311, 36.081, 120.315, 36.083) });
  const entry = db.prepare('SELECT id FROM relocation WHERE member_id = 5').pluck().get() as number;
  return { app, db, planner, post, zoneId: zone.id as number, entry };
}

const parse = (text: string): FlowsResponse => JSON.parse(text) as FlowsResponse;
/** Moves the zone's opening step to another day behind the service's back: no version bump, no new step. */
const backdateOpening = (db: Database, day: string): void =>
  void db.prepare("UPDATE relocation_event SET on_date = ? WHERE to_state = 'in_zone'").run(day);

describe('the flows service', () => {
  it('answers a repeat from its cache, and builds again once the data version moves', async () => {
    const { app, db } = await setup();
    try {
      const service = flowsService(db);
      const first = service.json('2026-02-01', null);
      expect(parse(first)).toEqual(service.build('2026-02-01', null));
      expect(parse(first).byState.in_zone).toBe(0);
      backdateOpening(db, '2026-01-15');
      // The data did change (a new service sees it), but nothing told the cache: the repeat is the cached text.
      expect(parse(flowsService(db).json('2026-02-01', null)).byState.in_zone).toBe(1);
      expect(service.json('2026-02-01', null)).toBe(first);
      dataVersion(db).bump();
      expect(parse(service.json('2026-02-01', null)).byState.in_zone).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('gives a new answer once a move is recorded through the app, here and on the route', async () => {
    const { app, db, planner, post, entry } = await setup();
    try {
      const service = flowsService(db);
      const route = async () => {
        const res = await app.inject({ url: '/api/relocations/flows?asOf=2026-05-15', headers: { cookie: planner.cookie } });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        return res.json() as FlowsResponse;
      };
      expect(parse(service.json('2026-05-15', null)).arcs.building).toEqual([]);
      expect((await route()).arcs.building).toEqual([]);
      await post(`/api/relocations/${entry}/transitions`, { to: 'moving_out', on: '2026-04-01', expectedVersion: 1 });
      await post(`/api/relocations/${entry}/transitions`, { to: 'resettled', on: '2026-05-01', expectedVersion: 2, destination: { buildingId: 1 } });
      const after = parse(service.json('2026-05-15', null));
      expect(after.arcs.building).toMatchObject([{ fromKey: 'b:4', toKey: 'b:1', state: 'resettled', count: 1 }]);
      expect(after.arcs.community).toMatchObject([{ fromKey: 'c:2', toKey: 'c:1', count: 1, byState: { resettled: 1 } }]);
      expect((await route()).arcs.building).toMatchObject([{ fromKey: 'b:4', toKey: 'b:1' }]);
    } finally {
      await app.close();
    }
  });

  it('keeps days and zones apart', async () => {
    const { app, db, post, entry, zoneId } = await setup();
    try {
      await post(`/api/relocations/${entry}/transitions`, { to: 'moving_out', on: '2026-04-01', expectedVersion: 1 });
      const service = flowsService(db);
      expect(parse(service.json('2026-03-15', null)).byState).toMatchObject({ in_zone: 1, moving_out: 0 });
      expect(parse(service.json('2026-04-15', null)).byState).toMatchObject({ in_zone: 0, moving_out: 1 });
      expect(parse(service.json('2026-04-15', zoneId)).byState.moving_out).toBe(1);
      expect(parse(service.json('2026-04-15', zoneId + 1)).byState.moving_out).toBe(0);
      // And again, now from the cache: each key still has its own answer.
      expect(parse(service.json('2026-03-15', null)).byState.in_zone).toBe(1);
      expect(parse(service.json('2026-04-15', zoneId + 1)).byState.moving_out).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('forgets the least recently asked answer past its size', async () => {
    const { app, db } = await setup();
    try {
      const service = flowsService(db);
      const kept = service.json('2026-02-01', null);
      const dropped = service.json('2026-02-02', null);
      for (let i = 0; i < FLOWS_CACHE_SIZE - 2; i++) service.json(`2026-06-${String(10 + i)}`, null);
      // Asked again, 02-01 is now the most recent; one more key pushes 02-02 out.
      service.json('2026-02-01', null);
      service.json('2026-07-01', null);
      backdateOpening(db, '2026-01-15');
      expect(service.json('2026-02-01', null)).toBe(kept);
      expect(service.json('2026-02-02', null)).not.toBe(dropped);
      expect(parse(service.json('2026-02-02', null)).byState.in_zone).toBe(1);
    } finally {
      await app.close();
    }
  });
});
