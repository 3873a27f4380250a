/**
 * Page-side helpers for the wall's browser tests: open the wall with its token, record every
 * request, response body and error the page makes, wait for the map to settle, and read the
 * wall's state from the attributes its root carries.
 */
import type { Browser, Page } from 'playwright-core';
import { waitForMapIdle } from '../harness';

export interface WallVisit {
  page: Page;
  /** Every URL the page asked for, with the authorization header it sent (if any). */
  requests: Array<{ url: string; authorization: string | undefined }>;
  /** Text bodies of the page's API responses (JSON and GeoJSON), by URL. */
  bodies: Array<{ url: string; text: string }>;
  /** Page errors and console errors. */
  errors: string[];
}

/** Opens `/wall?wall=<token>&<query>` at `viewport` and waits until its map is idle. */
export async function openWall(browser: Browser, origin: string, token: string, viewport: { width: number; height: number }, query = ''): Promise<WallVisit> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const visit: WallVisit = { page, requests: [], bodies: [], errors: [] };
  page.on('request', (r) => visit.requests.push({ url: r.url(), authorization: r.headers()['authorization'] }));
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.url().includes('/api/') && /json/.test(type)) void r.text().then((text) => visit.bodies.push({ url: r.url(), text }), () => undefined);
  });
  page.on('pageerror', (e) => visit.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') visit.errors.push(m.text());
  });
  await page.goto(`${origin}/wall?wall=${encodeURIComponent(token)}${query ? `&${query}` : ''}`);
  // Generous: CI runs two browser files at once on two cores, and a 4K wall in software WebGL is slow.
  await page.waitForSelector('.wall[data-ready=true]', { timeout: 120_000 });
  await waitForMapIdle(page, 120_000);
  return visit;
}

/** An attribute of the wall's root (`data-version`, `data-step-index`, `data-connection`…). */
export async function wallAttr(page: Page, name: string): Promise<string> {
  return (await page.getAttribute('.wall', `data-${name}`)) ?? '';
}

/** The text of a KPI tile's figure. */
export async function kpiText(page: Page, id: string): Promise<string> {
  return (await page.textContent(`[data-kpi="${id}"] .kpi-value`)) ?? '';
}

/** Waits until `read` returns something other than `before`; resolves with it and the ms taken. */
export async function changeOf(page: Page, read: () => Promise<string>, before: string, timeout = 10_000): Promise<{ value: string; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (value !== before) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeout) throw new Error(`still "${before}" after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}
