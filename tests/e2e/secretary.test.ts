/**
 * A grid branch secretary in real Chromium against the real server and demo data: signs in,
 * lands on the own branch with the map fitted to it, sees only the own branch's members (the
 * server refuses another branch), marks a building verified and sees its colour change, records
 * a contact and sees the last contact move, exports the members CSV, prints the A4 map (PDF and
 * PNG saved next to the screenshots, to be looked at) and signs out. Screenshots at 1920×1080 and
 * 1366×768, Chinese and English, go to tests/screenshots/secretary-*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResponse } from '../../shared/api';
import { formatCount } from '../../shared/format/figures';
import type { MemberDto } from '../../shared/members';
import { PALETTE } from '../../client/src/map/palette';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, buildClientOnce, launchBrowser, openSignedIn, startServer, waitForMapIdle, type RunningServer } from './harness';
import { texts, waitForMapSettled, waitForUnit } from './dashboardPage';
import { buildingColour, download, pngSize, rowIds, sessionCookie, waitForBuildingColour } from './secretaryPage';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let branchId: number;
let report: CoverageResponse;
let members: MemberDto[];
let today: string;
const log = new PageLog();

const shot = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** Opens the app in a fresh browser context, signs in as the secretary and waits for the branch. */
async function openAsSecretary(viewport: { width: number; height: number }, query = ''): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openSignedIn(browser, server.origin, log, viewport, 'secretary', `/${query}`);
  await waitForUnit(opened.page, report.unit.name);
  await waitForMapSettled(opened.page);
  return opened;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  server = await startServer();
  browser = await launchBrowser();
  today = server.app.today();
  const session = await apiGet<{ branchId: number }>(server.origin, '/api/auth/session', 'secretary');
  branchId = session.branchId;
  report = await apiGet<CoverageResponse>(server.origin, `/api/coverage?level=branch&id=${branchId}`, 'secretary');
  members = (await apiGet<{ members: MemberDto[] }>(server.origin, `/api/members?branchId=${branchId}`, 'secretary')).members;
  ({ context, page } = await openAsSecretary(VIEWPORTS.wall));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the secretary on the wall-sized screen (1920×1080, Chinese)', () => {
  it('lands on the own branch, the map fitted to the grid, with its KPI header', async () => {
    expect(await page.locator('.breadcrumb__current').textContent()).toBe(report.unit.name);
    expect(await page.locator('.panel-head__code').textContent()).toBe(report.unit.code);
    const bounds = await page.evaluate(() => window.__gridmap?.map.getBounds().toArray());
    const [minLng, minLat, maxLng, maxLat] = report.unit.bbox;
    expect(bounds?.[0]?.[0]).toBeLessThanOrEqual(minLng);
    expect(bounds?.[0]?.[1]).toBeLessThanOrEqual(minLat);
    expect(bounds?.[1]?.[0]).toBeGreaterThanOrEqual(maxLng);
    expect(bounds?.[1]?.[1]).toBeGreaterThanOrEqual(maxLat);
    // Fitted, not the whole sub-district: the grid fills a good part of the view.
    expect(((bounds?.[1]?.[0] ?? 0) - (bounds?.[0]?.[0] ?? 0)) / (maxLng - minLng)).toBeLessThan(4);
    const f = report.unit.figures;
    expect(await page.locator('[data-kpi="households"] .kpi__value').textContent()).toBe(formatCount(f.households, 'zh-CN'));
    expect(await page.locator('[data-kpi="members"] .kpi__value').textContent()).toBe(formatCount(f.members ?? -1, 'zh-CN'));
    expect(await texts(page, '.panel-tabs__tab')).toEqual(['概况', '楼栋', '党员', `空白${report.gaps.neighbourhoods.length}`, '迁入迁出']);
    await page.screenshot({ path: shot('secretary-wall-zh-overview') });
  });

  it('lists only the own branch\u2019s members; the server refuses another branch\u2019s', async () => {
    await page.locator('[data-tab="members"]').click();
    await page.locator('.member-row').first().waitFor();
    const own = members.filter((m) => m.branchId === branchId);
    expect(own.length).toBeGreaterThan(5);
    expect((await rowIds(page, '.member-row')).sort((a, b) => a - b)).toEqual(own.map((m) => m.id).sort((a, b) => a - b));
    const names = await texts(page, '.member-row__name');
    for (const m of own) expect(names.some((n) => n.startsWith(m.name))).toBe(true);
    // With the page's own session cookie (asked from outside, so the page logs no failed request).
    const refused = await fetch(`${server.origin}/api/members?branchId=${branchId + 1}`, { headers: { cookie: await sessionCookie(context) } });
    expect(refused.status).toBe(403);
    await page.screenshot({ path: shot('secretary-wall-zh-members') });
  });

  it('marks a building verified: the row says so and the map colours it green', async () => {
    await page.locator('[data-mode="freshness"]').click();
    await page.locator('[data-tab="buildings"]').click();
    const row = page.locator('.building-row[data-freshness="never"]').first();
    const id = Number(await row.getAttribute('data-id'));
    await waitForMapIdle(page);
    expect(await buildingColour(page, id)).toBe(PALETTE.freshness.never);
    await row.locator('[data-action="verify"]').click();
    const done = page.locator(`.building-row[data-id="${id}"]`);
    await page.waitForFunction((i) => document.querySelector(`.building-row[data-id="${i}"]`)?.getAttribute('data-freshness') === 'fresh', id);
    expect(await done.locator('.freshness__date').textContent()).toBe(today);
    await waitForBuildingColour(page, id, PALETTE.freshness.fresh);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('secretary-wall-zh-verified') });
  });

  it('records a contact: the member\u2019s last contact becomes today, in the list and on the server', async () => {
    await page.locator('[data-tab="members"]').click();
    const dueBefore = Number(await page.locator('[data-filter="stale"] .member-filter__count').textContent());
    const row = page.locator('.member-row:is([data-contact="lost"], [data-contact="never"], [data-contact="stale"])').first();
    const id = Number(await row.getAttribute('data-id'));
    await row.locator('[data-action="contact"]').click();
    const form = row.locator('.contact-form');
    expect(await form.locator('input[name="date"]').inputValue()).toBe(today);
    await form.locator('select[name="method"]').selectOption('phone');
    await form.locator('textarea[name="note"]').fill('电话了解近况（测试）');
    await page.screenshot({ path: shot('secretary-wall-zh-contact') });
    await form.locator('[data-action="save-contact"]').click();
    await page.waitForFunction((i) => document.querySelector(`.member-row[data-id="${i}"]`)?.getAttribute('data-contact') === 'fresh', id);
    expect(await page.locator(`.member-row[data-id="${id}"] .freshness__date`).textContent()).toBe(today);
    expect((await apiGet<MemberDto>(server.origin, `/api/members/${id}`, 'secretary')).lastContact).toBe(today);
    await page.waitForFunction((n) => Number(document.querySelector('[data-filter="stale"] .member-filter__count')?.textContent) === n, dueBefore - 1);
  });

  it('exports the members CSV with the own branch\u2019s members and nobody else\u2019s', async () => {
    const csv = await download(page, '[data-export="members.csv"]', join(SCREENSHOT_DIR, 'secretary-members.csv'));
    expect(csv).toContain('姓名 name');
    const own = members.filter((m) => m.branchId === branchId);
    for (const m of own) expect(csv).toContain(m.name);
    const others = (await apiGet<{ members: MemberDto[] }>(server.origin, `/api/members?branchId=${branchId + 1}`, 'admin')).members;
    const ownNames = new Set(members.map((m) => m.name));
    const strangers = others.filter((m) => !ownNames.has(m.name));
    expect(strangers.length).toBeGreaterThan(0);
    for (const m of strangers) expect(csv).not.toContain(m.name);
  });

  it('prints the A4 map: title, legend, scale bar, north arrow and date; saves the PDF and the PNG', async () => {
    const [print] = await Promise.all([context.waitForEvent('page'), page.locator('[data-print="A4"]').click()]);
    log.watch(print);
    await print.locator('.print-sheet[data-ready="true"]').waitFor({ timeout: 60_000 });
    await waitForMapIdle(print);
    const sheet = print.locator('.print-sheet');
    const box = await sheet.boundingBox();
    expect(box?.width).toBeCloseTo((297 * 96) / 25.4, 0);
    expect(box?.height).toBeCloseTo((210 * 96) / 25.4, 0);
    expect(await print.locator('[data-part="title"]').textContent()).toContain(`${report.unit.name}${report.unit.code}`);
    expect(await print.locator('[data-part="title"]').textContent()).toContain(today);
    expect(Number(await print.locator('[data-part="scale-bar"]').getAttribute('data-metres'))).toBeGreaterThan(0);
    expect(await print.locator('[data-part="north-arrow"]').count()).toBe(1);
    const legend = await print.locator('[data-part="legend"]').textContent();
    for (const word of ['图例', '本网格', '已覆盖', '空白小区', '党员中心户', '本网格概况']) expect(legend).toContain(word);
    // The map canvas can be read back (the PNG needs it) and holds a real map, not a blank.
    const colours = await print.evaluate(() => {
      const source = window.__gridmap?.map.getCanvas();
      const probe = document.createElement('canvas');
      probe.width = 64;
      probe.height = 48;
      const c = probe.getContext('2d');
      if (!source || !c) return 0;
      c.drawImage(source, 0, 0, 64, 48);
      const data = c.getImageData(0, 0, 64, 48).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    });
    expect(colours).toBeGreaterThan(50);
    await sheet.screenshot({ path: shot('secretary-print-a4') });
    const pdf = await print.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(join(SCREENSHOT_DIR, 'secretary-print-a4.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBe(1);
    const [png] = await Promise.all([print.waitForEvent('download'), print.locator('[data-action="png"]').click()]);
    const pngPath = join(SCREENSHOT_DIR, 'secretary-print-a4-download.png');
    await png.saveAs(pngPath);
    expect(pngSize(pngPath)).toEqual({ width: 2339, height: 1654 });
    await print.close();
  });

  it('signs out: back to the sign-in page, and the server no longer answers', async () => {
    const cookie = await sessionCookie(context);
    await page.locator('.user-menu__summary').click();
    await page.locator('[data-action="sign-out"]').click();
    await page.locator('form.signin__card').waitFor();
    expect((await context.cookies()).some((c) => c.name === 'gridmap_session')).toBe(false);
    expect((await fetch(`${server.origin}/api/members`, { headers: { cookie } })).status).toBe(401);
    await context.close();
  });
});

describe('the secretary on a laptop (1366×768)', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`reads in ${locale}: overview and members`, async () => {
      const opened = await openAsSecretary(VIEWPORTS.laptop, `?lang=${locale}`);
      expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await opened.page.screenshot({ path: shot(`secretary-laptop-${locale}-overview`) });
      await opened.page.locator('[data-tab="members"]').click();
      await opened.page.locator('.member-row').first().waitFor();
      if (locale === 'en') expect(await opened.page.locator('.panel-tabs').textContent()).toContain('Members');
      await opened.page.screenshot({ path: shot(`secretary-laptop-${locale}-members`) });
      await opened.context.close();
    });
  }
});

describe('the whole session', () => {
  it('asked only the local server for anything and raised no page errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
