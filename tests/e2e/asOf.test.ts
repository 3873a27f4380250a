/**
 * The dashboard-wide as-of date in real Chromium against the real server and the demo data with
 * its demolition zones: a demolished building of the cleared zone is not among today's
 * buildings (only its grey plot is drawn); dragging the slider back before the clearing brings
 * it back, slated, with a banner saying the day is not today, the day in the address and the
 * panel's figures of that day; "back to today" undoes it all. A shared link opens on its day.
 * Screenshots at 1920×1080 and 1366×768 in both languages go to tests/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResponse } from '../../shared/api';
import { formatCount } from '../../shared/format/figures';
import { seedDemoZones } from '../../server/seed/zones';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, buildClientOnce, jumpTo, launchBrowser, openAppPage, startServer, waitForMapIdle, type RunningServer } from './harness';
import { bannerFits, dragSliderTo, drawsFeature, panelHouseholds, shownDay, waitForAppliedDay, waitForFeature } from './asOfPage';
import { placeOnMap, waitForUnit } from './dashboardPage';

let server: RunningServer;
let browser: Browser;
const log = new PageLog();
/** The cleared demo zone, and one of its demolished homes with the middle of its footprint. */
let zone: { id: number; announced_on: string; cleared_on: string };
let building: { id: number; centre: [number, number] };

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  server = await startServer();
  // The harness loads the demo without its zones (as a bare import would); `npm start` adds them.
  seedDemoZones(server.db);
  zone = server.db.prepare("SELECT id, announced_on, cleared_on FROM demolition_zone WHERE stage = 'cleared' ORDER BY id LIMIT 1").get() as typeof zone;
  const row = server.db.prepare(`SELECT b.id, (b.min_lng + b.max_lng) / 2 AS lng, (b.min_lat + b.max_lat) / 2 AS lat FROM building b
    JOIN building_status_history h ON h.building_id = b.id AND h.zone_id = ? AND h.valid_to IS NULL
    WHERE b.status = 'demolished' AND b.use = 'residential' ORDER BY b.households DESC LIMIT 1`).get(zone.id) as { id: number; lng: number; lat: number };
  building = { id: row.id, centre: [row.lng, row.lat] };
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Resizes the page to `viewport`, lets the map redraw and takes a screenshot. */
async function shootAt(page: Page, viewport: { width: number; height: number }, name: string): Promise<void> {
  await page.setViewportSize(viewport);
  await waitForMapIdle(page);
  await shoot(page, name);
}

async function households(asOf: string | null): Promise<string> {
  const report = await apiGet<CoverageResponse>(server.origin, `/api/coverage?level=subdistrict&id=1${asOf ? `&asOf=${asOf}` : ''}`);
  return formatCount(report.unit.figures.households, 'zh-CN');
}

describe('as-of date slider on the dashboard (1920×1080, Chinese)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAppPage(browser, server.origin, log, VIEWPORTS.wall);
    await page.locator('.kpis').waitFor();
    await page.locator('.as-of-bar__range').waitFor();
    await jumpTo(page, building.centre, 17.2);
  });

  it('opens on today: the cleared zone\'s building is only a grey plot, not a building', async () => {
    expect(await shownDay(page)).toBe('');
    await expect(page.locator('.as-of-bar__banner').count()).resolves.toBe(0);
    expect(await page.locator('.as-of-bar__date').innerText()).toContain('今天');
    await waitForFeature(page, 'zone-demolished-fill', building.id);
    expect(await drawsFeature(page, 'building-fill', building.id)).toBe(false);
    await shoot(page, 'asof-today-1920-zh');
  });

  it('brings the building back, slated, when the slider is dragged to before the clearing', async () => {
    const today = await panelHouseholds(page);
    // The slider runs from 2020 to today: a third from the end lies in 2024–2025.
    const day = await dragSliderTo(page, 0.72);
    expect(day < zone.cleared_on, `${day} should be before ${zone.cleared_on}`).toBe(true);
    await waitForFeature(page, 'building-fill', building.id);
    expect(await drawsFeature(page, 'zone-demolished-fill', building.id)).toBe(false);
    const status = await page.evaluate((id) => window.__gridmap?.map.queryRenderedFeatures({ layers: ['building-fill'] }).find((f) => f.properties?.id === id)?.properties?.status, building.id);
    // Slated from its zone's announcement, which comes before this day: hatched.
    expect(status).toBe('slated_demolition');
    // Nobody can take it for today: a banner, the day in the address and on the panel.
    await expect(page.locator('.as-of-bar__banner').innerText()).resolves.toMatch(/^正在查看 \d{4}年\d{1,2}月\d{1,2}日，不是今天$/);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(day);
    await expect(page.locator('.panel-as-of').getAttribute('data-as-of')).resolves.toBe(day);
    // The panel's figures are that day's, as the API gives them.
    const expected = await households(day);
    await page.waitForFunction((h) => document.querySelector('[data-kpi="coverage"]')?.textContent?.includes(h) ?? false, expected);
    expect(await panelHouseholds(page)).not.toBe(today);
    await shoot(page, 'asof-past-1920-zh');
    await shootAt(page, VIEWPORTS.laptop, 'asof-past-1366-zh');
    expect(await bannerFits(page)).toBe(true);
    await page.setViewportSize(VIEWPORTS.wall);
  });

  it('steps one day at a time from the keyboard', async () => {
    const before = await shownDay(page);
    await page.locator('.as-of-bar__range').focus();
    await page.keyboard.press('ArrowLeft');
    await waitForAppliedDay(page);
    const after = await shownDay(page);
    expect(Date.parse(before) - Date.parse(after)).toBe(86_400_000);
  });

  it('goes back to today with one button', async () => {
    await page.locator('.as-of-bar__today').click();
    await waitForAppliedDay(page);
    expect(await shownDay(page)).toBe('');
    expect(new URL(page.url()).searchParams.has('asOf')).toBe(false);
    await waitForFeature(page, 'building-fill', building.id, false);
    await expect(page.locator('.as-of-bar__banner').count()).resolves.toBe(0);
    await page.waitForFunction((h) => document.querySelector('[data-kpi="coverage"]')?.textContent?.includes(h) ?? false, await households(null));
  });
});

describe('a building built later, on a day before it stood (1366×768, Chinese)', () => {
  it('says it did not exist that day, not an error, and leads back to the sub-district', async () => {
    const row = server.db.prepare(`SELECT b.id, b.address, b.valid_from, n.name AS nb, (b.min_lng + b.max_lng) / 2 AS lng, (b.min_lat + b.max_lat) / 2 AS lat
      FROM building b JOIN neighbourhood n ON n.id = b.neighbourhood_id
      WHERE b.status = 'new' AND b.valid_to IS NULL AND b.valid_from > '2021-01-01' ORDER BY b.households DESC LIMIT 1`).get() as { id: number; address: string; valid_from: string; nb: string; lng: number; lat: number };
    // Its own log: asking for the building's figures on that day is answered 404, which Chromium logs.
    const absentLog = new PageLog();
    const page = await openAppPage(browser, server.origin, absentLog, VIEWPORTS.laptop);
    await page.locator('.kpis').waitFor();
    await jumpTo(page, [row.lng, row.lat], 17.5);
    await waitForFeature(page, 'building-fill', row.id);
    // A click there opens its neighbourhood (drawn over it at this zoom); its list opens the building.
    const { point } = await placeOnMap(page, [row.lng, row.lat]);
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    await page.mouse.click((canvas?.x ?? 0) + point[0], (canvas?.y ?? 0) + point[1]);
    await page.keyboard.press('Escape'); // closes the popup
    await waitForUnit(page, row.nb);
    await page.locator('.child__button', { hasText: row.address }).click();
    await waitForUnit(page, row.address);
    // The year before it was built.
    const before = `${Number(row.valid_from.slice(0, 4)) - 1}${row.valid_from.slice(4)}`;
    await page.locator('.as-of-bar input[type="date"]').fill(before);
    await waitForAppliedDay(page);
    const note = page.locator('[data-part="absent-on-day"]');
    await note.waitFor();
    await expect(note.innerText()).resolves.toMatch(/^该楼栋在 \d{4}年\d{1,2}月\d{1,2}日 尚不存在/);
    await expect(page.locator('.panel-status--error').count()).resolves.toBe(0);
    await shoot(page, 'asof-absent-1366-zh');
    await note.getByRole('button', { name: '回到街道' }).click();
    await page.locator('[data-kpi="coverage"]').waitFor();
    await expect(note.count()).resolves.toBe(0);
    await page.context().close();
    expect(absentLog.foreign(server.origin)).toEqual([]);
    expect(absentLog.errors.length).toBeGreaterThan(0);
    expect(absentLog.errors.every((e) => e.includes('404'))).toBe(true);
  }, 120_000);
});

describe('a shared link of a past day', () => {
  it('opens on that day, in English too', async () => {
    const day = '2025-06-01';
    const page = await openAppPage(browser, server.origin, log, VIEWPORTS.laptop, `?lang=en&asOf=${day}`);
    await page.locator('.kpis').waitFor();
    expect(await shownDay(page)).toBe(day);
    await expect(page.locator('.as-of-bar__banner').innerText()).resolves.toMatch(/^Showing 1 Jun 2025, not today$/);
    await jumpTo(page, building.centre, 17.2);
    await waitForFeature(page, 'building-fill', building.id);
    await shoot(page, 'asof-past-1366-en');
    expect(await bannerFits(page)).toBe(true);
    await shootAt(page, VIEWPORTS.wall, 'asof-past-1920-en');
    await page.locator('.as-of-bar__today').click();
    await waitForAppliedDay(page);
    await waitForFeature(page, 'zone-demolished-fill', building.id);
    await shootAt(page, VIEWPORTS.laptop, 'asof-today-1366-en');
    await page.context().close();
  }, 120_000);

  it('asked for nothing outside this server and raised no errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
