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

/** A part of the wall to watch: a KPI tile's figure, or an attribute of the wall's root. */
export type Watched = { kpi: string } | { attr: string };

interface Watch {
  value: string | null;
  /** The page's clock when the DOM changed, ms since the epoch. */
  at: number | null;
}

declare global {
  interface Window {
    __watch?: Watch;
  }
}

/**
 * Starts watching `what` in the page; the returned function waits (up to `timeout` ms) until it
 * shows something else, and resolves with the new text and the moment the page's DOM changed
 * (ms since the epoch: the browser and the test read the same machine clock). Timing the change
 * in the page leaves out the test's own polling, which on a busy two-core machine adds hundreds
 * of ms that no person watching the wall would see.
 */
export async function watchChange(page: Page, what: Watched, timeout = 10_000): Promise<() => Promise<{ value: string; at: number }>> {
  await page.evaluate((w) => {
    const read = (): string => ('kpi' in w
      ? document.querySelector(`[data-kpi="${w.kpi}"] .kpi-value`)?.textContent
      : document.querySelector('.wall')?.getAttribute(`data-${w.attr}`)) ?? '';
    const before = read();
    const watch: Watch = { value: null, at: null };
    window.__watch = watch;
    const observer = new MutationObserver(() => {
      const value = read();
      if (value === before) return;
      watch.value = value;
      watch.at = Date.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  }, what);
  return async () => {
    await page.waitForFunction(() => window.__watch?.at != null, undefined, { timeout, polling: 100 });
    const seen = await page.evaluate(() => window.__watch);
    if (!seen || seen.value === null || seen.at === null) throw new Error('the watch was replaced before it saw a change');
    return { value: seen.value, at: seen.at };
  };
}
