import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/open';

let app: FastifyInstance;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gridmap-client-'));
  writeFileSync(join(dir, 'index.html'), '<p>dashboard</p>');
  writeFileSync(join(dir, 'wall.html'), '<p>wall</p>');
  app = await buildApp({ db: openDatabase(':memory:'), clientDir: dir });
});
afterAll(() => app.close());

describe('pages', () => {
  it.each([
    ['/', 'dashboard'],
    ['/branch/3', 'dashboard'],
    ['/wallpaper', 'dashboard'],
    ['/wall', 'wall'],
    ['/wall?wall=abc&community=2', 'wall'],
    ['/wall/4k', 'wall'],
  ])('%s serves the %s page', async (url, page) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<p>${page}</p>`);
  });
});
