import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../fixtures/app';
import { createAccount, signIn, type Signed } from '../fixtures/accounts';
import { tinyDataset } from '../fixtures/tiny-dataset';

let app: FastifyInstance;
let db: Database;
let base: string;
let sec: Signed;
beforeAll(async () => {
  ({ app, db } = await appWith());
  await createAccount(db, 'sec', 'secretary', 1);
  sec = await signIn(app, 'sec');
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

/** Opens the event stream and collects its text until `until` matches or 5 s pass. */
function stream(until: RegExp): Promise<{ text: string; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}/api/events`, { headers: { cookie: sec.cookie } }, (res) => {
      let text = '';
      const timer = setTimeout(() => { req.destroy(); reject(new Error(`no ${until} in: ${text}`)); }, 5000);
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (until.test(text)) {
          clearTimeout(timer);
          req.destroy();
          resolve({ text, res });
        }
      });
    });
    req.end();
  });
}

describe('GET /api/events', () => {
  it('says hello with the data version, then pushes a change when a contact is recorded', async () => {
    const version = app.dataVersion.get();
    const received = stream(/event: change/);
    await new Promise((r) => setTimeout(r, 100));
    const res = await app.inject({
      method: 'POST', url: '/api/members/2/contacts', headers: { cookie: sec.cookie, 'x-csrf-token': sec.csrf },
      payload: { date: '2026-11-01', method: 'phone' },
    });
    expect(res.statusCode).toBe(201);
    const { text, res: sse } = await received;
    expect(sse.headers['content-type']).toMatch(/text\/event-stream/);
    expect(text).toContain(`event: hello\ndata: {"version":${version}}`);
    const change = JSON.parse(/event: change\ndata: (.*)\n/.exec(text)?.[1] ?? '{}');
    expect(change).toMatchObject({ version: version + 1, kind: 'contact' });
    // The member's grid (branch 1), not their building.
    expect(change.bbox).toEqual([120.3, 36.085, 120.31, 36.09]);
    for (const m of tinyDataset().members) expect(text).not.toContain(m.name);
  });

  it('lets go of the subscriber when the client disconnects', async () => {
    await stream(/event: hello/);
    await new Promise((r) => setTimeout(r, 100));
    expect(app.events.subscribers).toBe(0);
  });
});
