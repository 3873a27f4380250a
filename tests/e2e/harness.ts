/**
 * End-to-end harness: the built client, the real server on a temp SQLite file loaded with the
 * demo dataset, and headless Chromium (software WebGL) driving the page.
 */
import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { AccountRole } from '../../shared/auth/roles';
import { buildApp } from '../../server/app';
import { DEMO_ACCOUNTS, setupAccounts } from '../../server/auth/accounts-setup';
import { openDatabase } from '../../server/db/open';
import { generateDataset } from '../../server/seed/generate';
import { loadDataset } from '../../server/seed/load';
import { CLIENT_DIR } from './clientBuild';

export { CLIENT_DIR, buildClientOnce } from './clientBuild';

export const SCREENSHOT_DIR = resolve('tests/screenshots');

/** Viewports the screenshots are taken at: the command-centre wall and a laptop. */
export const VIEWPORTS = {
  wall: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
} as const;

export interface RunningServer {
  /** Origin the server listens on, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  db: Database;
  app: FastifyInstance;
  close: () => Promise<void>;
}

/**
 * Starts the real app on 127.0.0.1 and a free port, over a temp database with the demo data and
 * the demo accounts (`admin`/`admin-demo` …, the secretary on the first grid), as `npm start`
 * makes them.
 */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gridmap-e2e-'));
  const db = openDatabase(join(dir, 'e2e.db'));
  loadDataset(db, generateDataset({ scale: 'demo' }));
  await setupAccounts(db, true, {});
  const app = await buildApp({ db, clientDir: CLIENT_DIR });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('server did not report its port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    db,
    app,
    close: async () => {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with software WebGL and no background traffic of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Resolves once the map has drawn everything it has asked for (the `idle` event). */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__gridmap?.map), undefined, { timeout });
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolveIdle, reject) => {
        const map = window.__gridmap?.map;
        if (!map) return reject(new Error('no map'));
        const timer = setTimeout(() => reject(new Error('map never became idle')), ms);
        map.once('idle', () => {
          clearTimeout(timer);
          resolveIdle();
        });
        // An already idle map fires `idle` again after one more frame.
        map.triggerRepaint();
      }),
    timeout,
  );
}

/** Moves the map (no animation) and waits until it has drawn the new view. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__gridmap?.map.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await waitForMapIdle(page);
}

/** How many features each style layer draws in the current view. */
export async function renderedCounts(page: Page, layers: string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const map = window.__gridmap?.map;
    const out: Record<string, number> = {};
    for (const id of ids) out[id] = map ? map.queryRenderedFeatures({ layers: [id] }).length : 0;
    return out;
  }, layers);
}

/** What the pages of one test file asked for and which errors they raised, to prove nothing left the machine. */
export class PageLog {
  readonly requested: string[] = [];
  readonly errors: string[] = [];

  /**
   * Starts recording `page`'s requests, uncaught errors and console errors. The one expected
   * failure is not an error: the page asks `/api/auth/session` whether anyone is signed in, and
   * 401 is the answer "nobody" (Chromium logs every 4xx response to the console).
   */
  watch(page: Page): void {
    page.on('request', (request) => this.requested.push(request.url()));
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => {
      const sessionProbe = message.location().url.endsWith('/api/auth/session') && message.text().includes('401');
      if (message.type() === 'error' && !sessionProbe) this.errors.push(message.text());
    });
  }

  /** Requested URLs that are neither on `origin` nor data/blob URLs. */
  foreign(origin: string): string[] {
    return this.requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  }
}

/** A demo account's password (see server/auth/accounts-setup.ts). */
export function demoPassword(role: AccountRole): string {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role}`);
  return account.password;
}

/**
 * Signs in on the sign-in page the app shows to a visitor without a session, as the demo
 * account of `role` (its username is the role's name), and waits for the page it opens on.
 */
export async function signInAs(page: Page, role: AccountRole): Promise<void> {
  const form = page.locator('form.signin__card');
  await form.waitFor({ timeout: 30_000 });
  await form.locator('input[name="username"]').fill(role);
  await form.locator('input[name="password"]').fill(demoPassword(role));
  await form.locator('button[type="submit"]').click();
  // The workspace (or the print page) takes the sign-in page's place.
  await form.waitFor({ state: 'detached', timeout: 30_000 });
}

/** The session cookie and CSRF token of the demo account of `role`, for requests outside the browser. */
export async function signInHttp(origin: string, role: AccountRole): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: role, password: demoPassword(role) }),
  });
  if (!res.ok) throw new Error(`sign-in of ${role}: HTTP ${res.status} ${await res.text()}`);
  const cookie = /gridmap_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const signedIn = new Map<string, Promise<{ cookie: string; csrf: string }>>();

/** `GET path` as JSON, signed in as the demo account of `role` (a viewer unless said; one session per server and role). */
export async function apiGet<T>(origin: string, path: string, role: AccountRole = 'viewer'): Promise<T> {
  const key = `${origin} ${role}`;
  if (!signedIn.has(key)) signedIn.set(key, signInHttp(origin, role));
  const { cookie } = await (signedIn.get(key) as Promise<{ cookie: string }>);
  const res = await fetch(`${origin}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Opens `origin` + `path` in a fresh browser context (its own cookies; downloads allowed) with
 * its page recorded by `log`, and signs in as the demo account of `role`.
 */
export async function openSignedIn(
  browser: Browser,
  origin: string,
  log: PageLog,
  viewport: { width: number; height: number },
  role: AccountRole,
  path = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
  const page = await context.newPage();
  log.watch(page);
  await page.goto(`${origin}${path}`);
  await signInAs(page, role);
  return { context, page };
}

/**
 * Opens the app at `origin/query` in a new page recorded by `log`, signs in as `role` (a viewer
 * unless said: the sub-district dashboard without personal data), and waits until the map has
 * drawn its labels.
 */
export async function openAppPage(browser: Browser, origin: string, log: PageLog, viewport: { width: number; height: number }, query = '', role: AccountRole = 'viewer'): Promise<Page> {
  const { page } = await openSignedIn(browser, origin, log, viewport, role, `/${query}`);
  await waitForMapIdle(page);
  // The label sources are filled from whole-layer requests that may land after the first idle.
  await page.waitForFunction(() => (window.__gridmap?.map.querySourceFeatures('branch-labels').length ?? 0) > 0);
  await waitForMapIdle(page);
  return page;
}
