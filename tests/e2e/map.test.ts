/**
 * The map in a real browser against the real server: layers drawn, popups, language switch,
 * no request leaving the machine, and screenshots for a person to look at (tests/screenshots/).
 * The coverage dashboard beside it, and the README screenshot, are in coverage.test.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { LeadProps, MetaResponse } from '../../shared/api';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  apiGet,
  buildClientOnce,
  jumpTo,
  launchBrowser,
  openAppPage,
  PageLog,
  renderedCounts,
  startServer,
  waitForMapIdle,
  type RunningServer,
} from './harness';
import { findClickTarget, popupText } from './mapPage';

let server: RunningServer;
let browser: Browser;
let meta: MetaResponse;
let bbox: [number, number, number, number];
/** A household-lead near the middle of the sub-district: where the detail views look. */
let focus: [number, number];
const log = new PageLog();

function openMap(viewport: { width: number; height: number }, query = ''): Promise<Page> {
  return openAppPage(browser, server.origin, log, viewport, query);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  server = await startServer();
  browser = await launchBrowser();
  meta = await apiGet<MetaResponse>(server.origin, '/api/meta');
  const leads = await apiGet<FeatureCollection<Point, LeadProps>>(server.origin, '/api/layers/leads');
  if (!meta.bbox) throw new Error('the demo dataset has no extent');
  bbox = meta.bbox;
  const [minLng, minLat, maxLng, maxLat] = bbox;
  const mid = [(minLng + maxLng) / 2, (minLat + maxLat) / 2];
  const nearest = leads.features
    .map((f) => f.geometry.coordinates as [number, number])
    .sort((a, b) => Math.hypot(a[0] - (mid[0] ?? 0), a[1] - (mid[1] ?? 0)) - Math.hypot(b[0] - (mid[0] ?? 0), b[1] - (mid[1] ?? 0)))[0];
  if (!nearest) throw new Error('the demo dataset has no household-leads');
  focus = nearest;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('map on the wall display (1920×1080)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openMap(VIEWPORTS.wall);
  });

  it('opens in Chinese, fitted to the sub-district, with communities and grids drawn', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toContain('社区党建网格地图');
    expect(await page.locator('.app-header').textContent()).toContain(meta.subdistrict?.name ?? '?');
    const bounds = await page.evaluate(() => window.__gridmap?.map.getBounds().toArray());
    const [minLng, minLat, maxLng, maxLat] = bbox;
    expect(bounds?.[0]?.[0]).toBeLessThanOrEqual(minLng);
    expect(bounds?.[1]?.[0]).toBeGreaterThanOrEqual(maxLng);
    expect(bounds?.[0]?.[1]).toBeLessThanOrEqual(minLat);
    expect(bounds?.[1]?.[1]).toBeGreaterThanOrEqual(maxLat);
    const counts = await renderedCounts(page, ['community-line', 'community-label', 'branch-fill', 'road-fill']);
    expect(counts['community-line']).toBeGreaterThan(0);
    expect(counts['community-label']).toBeGreaterThan(0);
    expect(counts['branch-fill']).toBeGreaterThan(0);
    expect(counts['road-fill']).toBeGreaterThan(0);
    await shoot(page, 'wall-zh-overview');
  });

  it('draws buildings, household-leads and grid labels when zoomed in', async () => {
    await jumpTo(page, focus, 16.5);
    const counts = await renderedCounts(page, ['building-fill', 'lead-symbol', 'branch-label', 'neighbourhood-fill', 'road-label-minor']);
    for (const [layer, count] of Object.entries(counts)) expect(count, layer).toBeGreaterThan(0);
    await shoot(page, 'wall-zh-detail');
  });

  it('shows a grid branch\u2019s code and name when it is clicked', async () => {
    const target = await findClickTarget(page, 'branch-fill');
    await page.mouse.click(target.x, target.y);
    const text = await popupText(page);
    expect(text).toContain('网格党支部');
    expect(text).toContain(String(target.props.code));
    expect(text).toContain(String(target.props.name));
    expect(text).toContain('户数');
    await shoot(page, 'wall-zh-popup');
  });

  it('shows a household-lead\u2019s facts when its star is clicked', async () => {
    const target = await findClickTarget(page, 'lead-symbol');
    await page.mouse.click(target.x, target.y);
    const text = await popupText(page);
    expect(text).toContain('党员中心户');
    expect(text).toContain('联系户数');
    expect(text).toContain(String(target.props.address));
  });

  it('switches to English: page language, title, legend, popup', async () => {
    const target = await findClickTarget(page, 'branch-fill');
    await page.mouse.click(target.x, target.y);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toContain('Community Party-Building Grid Map');
    expect(await page.locator('.legend').textContent()).toContain('Grid Party branches');
    const text = await popupText(page);
    expect(text).toContain('Households');
    expect(text).toContain(String(target.props.code));
    await waitForMapIdle(page);
    await shoot(page, 'wall-en-popup');
    await page.locator('.feature-popup__close').click();
    await page.evaluate((b) => window.__gridmap?.map.fitBounds(b, { padding: 48, animate: false }), bbox);
    await waitForMapIdle(page);
    await shoot(page, 'wall-en-overview');
  });
});

describe('map on a laptop (1366×768)', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`is readable in ${locale}`, async () => {
      const page = await openMap(VIEWPORTS.laptop, `?lang=${locale}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await shoot(page, `laptop-${locale}-overview`);
      await jumpTo(page, focus, 16);
      const counts = await renderedCounts(page, ['building-fill', 'branch-label']);
      expect(counts['building-fill']).toBeGreaterThan(0);
      expect(counts['branch-label']).toBeGreaterThan(0);
      await shoot(page, `laptop-${locale}-detail`);
      await page.close();
    });
  }
});

describe('the whole session', () => {
  it('asked only the local server for anything (tiles included) and raised no page errors', () => {
    expect(log.requested.some((url) => url.includes('/api/tiles/'))).toBe(true);
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
