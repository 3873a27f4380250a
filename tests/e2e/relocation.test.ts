import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoZones } from '../../server/seed/zones';
import { buildClientOnce, jumpTo, launchBrowser, openSignedIn, PageLog, SCREENSHOT_DIR, startServer, VIEWPORTS, waitForMapIdle, type RunningServer } from './harness';
import { counterValues, drawnCount, setAsOfDay, statesNear, waitForRelocationMap } from './relocationPage';

// One server (demo data with its demolition zones) and one browser for the file. The demo
// planner records a member's move from transitional housing to a building of the sub-district
// nobody has moved to yet, then looks at the cleared zone before its clearing day.
let server: RunningServer;
let browser: Browser;
let page: Page;
const log = new PageLog();
let destination: { id: number; address: string; lng: number; lat: number };
let clearedZone: { id: number; cleared_on: string };
let today: string;

beforeAll(async () => {
  await buildClientOnce();
  server = await startServer();
  seedDemoZones(server.db);
  destination = server.db.prepare(`SELECT id, address, (min_lng + max_lng) / 2 AS lng, (min_lat + max_lat) / 2 AS lat FROM building
    WHERE use = 'residential' AND status = 'normal' AND valid_to IS NULL AND households > 0
      AND id NOT IN (SELECT dest_building_id FROM relocation WHERE dest_building_id IS NOT NULL)
      AND address NOT IN (SELECT address FROM building GROUP BY address HAVING count(*) > 1)
    ORDER BY id LIMIT 1`).get() as typeof destination;
  clearedZone = server.db.prepare("SELECT id, cleared_on FROM demolition_zone WHERE stage = 'cleared' ORDER BY id LIMIT 1").get() as typeof clearedZone;
  today = server.app.today();
  browser = await launchBrowser();
  ({ page } = await openSignedIn(browser, server.origin, log, VIEWPORTS.wall, 'planner', '/relocation'));
  await waitForRelocationMap(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('demolition and relocation page', () => {
  it("records a member's move: the arc appears and the counters change", async () => {
    const before = await counterValues(page);
    expect(before.affected).toBeGreaterThan(500);
    // The legend says what each zoom draws.
    expect(await page.locator('.reloc-legend').textContent()).toContain('缩小时每对社区（小区）一条弧线');
    await jumpTo(page, [destination.lng, destination.lat], 16.5);
    expect(await statesNear(page, 'reloc-flow-arrow', [destination.lng, destination.lat])).toEqual([]);

    await page.locator('select[name="state-filter"]').selectOption('transitional');
    const first = page.locator('.reloc-entry').first();
    const name = await first.locator('.reloc-entry__name').textContent();
    await first.click();
    const form = page.locator('form.reloc-form');
    await form.locator('select[name="to"]').selectOption('resettled');
    await form.locator('select[name="destKind"]').selectOption('building');
    await form.locator('input[name="building"]').fill(destination.address);
    await form.locator('input[name="note"]').fill('回迁安置（测试）');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('.reloc-done').textContent().catch(() => ''), { timeout: 15_000 }).toContain('回迁/安置');

    // The counters: one more resettled; still unaccounted for until reported to the new community.
    await expect.poll(async () => (await counterValues(page)).resettled, { timeout: 15_000 }).toBe(before.resettled + 1);
    expect(await counterValues(page)).toMatchObject({ affected: before.affected, unaccounted: before.unaccounted });
    // The arc arrives at the destination building, coloured as resettled.
    await expect.poll(() => statesNear(page, 'reloc-flow-arrow', [destination.lng, destination.lat]), { timeout: 15_000 }).toContain('resettled');
    // The member left the transitional list; the server's ledger agrees.
    expect(server.db.prepare("SELECT r.state FROM relocation r JOIN member m ON m.id = r.member_id WHERE m.name = ? AND r.dest_building_id = ?").pluck().get(name, destination.id)).toBe('resettled');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-move-zh-1920.png` });
  }, 120_000);

  it("brings a cleared zone's demolished buildings back when the date goes before its clearing", async () => {
    await page.locator('select[name="state-filter"]').selectOption('');
    await page.locator(`.reloc-zone[data-zone="${clearedZone.id}"] button`).first().click();
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    expect(await drawnCount(page, 'reloc-building-demolished')).toBeGreaterThan(0);
    const standing = await drawnCount(page, 'reloc-building-fill');

    const dayBefore = new Date(Date.parse(`${clearedZone.cleared_on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await setAsOfDay(page, dayBefore, today);
    await expect.poll(() => drawnCount(page, 'reloc-building-demolished'), { timeout: 15_000 }).toBe(0);
    expect(await drawnCount(page, 'reloc-building-fill')).toBeGreaterThan(standing);
    // The past cannot be edited: the form gives way to a note.
    await page.locator('.reloc-zone.is-focus .reloc-whatif-button').click();
    await page.locator('.reloc-whatif').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-past-whatif-zh-1920.png` });
  }, 120_000);

  it('reads in English and fits a laptop screen', async () => {
    await page.locator('.language-switch button[lang="en"]').click();
    await page.setViewportSize(VIEWPORTS.laptop);
    await expect.poll(() => page.locator('.reloc-panel h2').textContent()).toBe('Demolition and relocation');
    expect(await page.locator('.reloc-legend').textContent()).toContain('Zoomed out: one arc per pair of communities or neighbourhoods');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-past-whatif-en-1366.png` });
    await page.locator('.as-of-bar__today').click();
    await page.locator('.reloc-counter[data-counter="lostContact"]').click();
    await page.waitForTimeout(500);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-lost-en-1366.png` });
    await page.setViewportSize(VIEWPORTS.wall);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-lost-en-1920.png` });
    await page.locator('.language-switch button[lang="zh-CN"]').click();
    await page.setViewportSize(VIEWPORTS.laptop);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/relocation-lost-zh-1366.png` });
  }, 120_000);

  it('asked for nothing beyond its own origin and raised no errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
