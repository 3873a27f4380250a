import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { appWith } from '../fixtures/app';
import { signIn } from '../fixtures/accounts';
import { lngLatToTile } from '../fixtures/mvt';
import { viewerInject, type SignedInject } from '../fixtures/signed';

let app: FastifyInstance;
let db: Database;
let get: SignedInject;
beforeAll(async () => {
  ({ app, db } = await appWith());
  get = await viewerInject(app, db);
});
afterAll(() => app.close());

describe('response compression', () => {
  it('gzips a layer for a client that accepts it, giving the same GeoJSON', async () => {
    const plain = await get('/api/layers/buildings');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await get({ url: '/api/layers/buildings', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('sends coverage brotli-compressed when the client prefers it, unchanged inside', async () => {
    const url = '/api/coverage?level=subdistrict&id=1';
    const plain = await get(url);
    const br = await get({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('leaves answers under 1 KiB plain: compressing them saves nothing', async () => {
    const small = await get({ url: '/api/meta', headers: { 'accept-encoding': 'gzip' } });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().dataVersion).toBeGreaterThan(0);
  });

  it('compresses vector tiles too', async () => {
    // The z16 tile of building 1 of the tiny fixture (120.302E 36.087N).
    const { x, y } = lngLatToTile(120.3022, 36.0871, 16);
    const url = `/api/tiles/16/${x}/${y}.mvt`;
    const plain = await get(url);
    expect(plain.statusCode).toBe(200);
    const zipped = await get({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
  });

  it('leaves the event stream alone, so changes arrive at once', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const { cookie } = await signIn(app, 'test-viewer');
    const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = httpRequest(`${base}/api/events`, { headers: { cookie, 'accept-encoding': 'gzip, br' } }, (res) => {
        res.once('data', (chunk: Buffer) => {
          expect(chunk.toString()).toContain('retry: 2000');
          req.destroy();
          resolve(res.headers);
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(headers['content-type']).toMatch(/text\/event-stream/);
    expect(headers['content-encoding']).toBeUndefined();
  });
});
