/**
 * The coverage dashboard in real Chromium against the real server and demo data: the choropleth
 * colours each grid by its coverage class, the gap list is the API's, stepping through gaps moves
 * the map onto each gap, drill-down by clicks shows the API's figures level by level and goes back
 * up by the breadcrumb, a violation click zooms to it. Screenshots go to tests/screenshots/ (and
 * docs/map.png when GRIDMAP_README_SCREENSHOT=1) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageLevel, CoverageResponse, MetaResponse } from '../../shared/api';
import { coverageClassOf } from '../../shared/dashboard/coverage-classes';
import { formatCount, formatPercent } from '../../shared/format/figures';
import { PALETTE } from '../../client/src/map/palette';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, buildClientOnce, launchBrowser, openAppPage, startServer, type RunningServer } from './harness';
import { andSettle, bboxCentre, highlightedId, placeOnMap, texts, waitForMapSettled, waitForUnit } from './dashboardPage';
import { findClickTarget } from './mapPage';

let server: RunningServer;
let browser: Browser;
let top: CoverageResponse;
const log = new PageLog();

async function coverage(level: CoverageLevel, id: number): Promise<CoverageResponse> {
  return apiGet<CoverageResponse>(server.origin, `/api/coverage?level=${level}&id=${id}`);
}

/** Opens the app and waits for the map and the dashboard's figures. */
async function openDashboard(viewport: { width: number; height: number }, query = ''): Promise<Page> {
  const page = await openAppPage(browser, server.origin, log, viewport, query);
  await page.locator('.kpis').waitFor();
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The KPI texts the panel shows, by `data-kpi`. */
async function kpiTexts(page: Page): Promise<Record<string, string>> {
  const ids = await page.locator('.kpi').evaluateAll((els) => els.map((el) => el.getAttribute('data-kpi') ?? ''));
  const values = await texts(page, '.kpi .kpi__value');
  return Object.fromEntries(ids.map((id, i) => [id, values[i] ?? '']));
}

/** The panel's figures must be the API's, formatted for Chinese. */
async function expectFiguresOf(page: Page, report: CoverageResponse): Promise<void> {
  const f = report.unit.figures;
  const shown = await kpiTexts(page);
  expect(shown.households).toBe(formatCount(f.households, 'zh-CN'));
  expect(shown.residents).toBe(formatCount(f.residents, 'zh-CN'));
  expect(shown.leads).toBe(formatCount(f.leads, 'zh-CN'));
  if (f.members !== undefined) {
    expect(shown.members).toBe(formatCount(f.members, 'zh-CN'));
    expect(shown.fullMembers).toBe(formatCount(f.fullMembers ?? -1, 'zh-CN'));
    expect(shown.gapNeighbourhoods).toBe(formatCount(f.gapNeighbourhoods ?? -1, 'zh-CN'));
    expect(shown.violations).toBe(formatCount(report.violations.length, 'zh-CN'));
    const retired = await page.locator('[data-chart="category"] [data-key="retired"] .bar-chart__value').textContent();
    expect(retired).toBe(formatCount(f.byCategory?.retired ?? -1, 'zh-CN'));
  }
  expect(await page.locator('[data-kpi="coverage"] .coverage-meter__value').textContent()).toBe(formatPercent(f.coverage, 'zh-CN'));
  expect(await texts(page, '.breadcrumb li')).toEqual([...report.path.map((p) => p.name), report.unit.name]);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  server = await startServer();
  browser = await launchBrowser();
  top = await coverage('subdistrict', 1);
  if (top.gaps.neighbourhoods.length < 3) throw new Error('the demo data should have gaps to step through');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('coverage dashboard on the wall display (1920×1080, Chinese)', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openDashboard(VIEWPORTS.wall);
  });

  it('colours every grid drawn by the ramp class of its coverage, with the ramp in the legend', async () => {
    const drawn = await page.evaluate(() =>
      (window.__gridmap?.map.queryRenderedFeatures({ layers: ['branch-fill'] }) ?? []).map((f) => {
        // A queried feature reports its paint as evaluated for that feature (a Color: r, g, b in 0..1).
        const paint = f.layer.paint as Record<string, unknown> | undefined;
        const c = paint?.['fill-color'] as { r: number; g: number; b: number } | undefined;
        const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
        return { coverage: f.properties.coverage as number | undefined, colour: c ? `#${hex(c.r)}${hex(c.g)}${hex(c.b)}` : '' };
      }),
    );
    expect(drawn.length).toBeGreaterThan(50);
    for (const { coverage: value, colour } of drawn) {
      const cls = coverageClassOf(value);
      expect(colour, `coverage ${value}`).toBe(cls === null ? PALETTE.coverageNone : PALETTE.coverageRamp[cls]);
    }
    expect(new Set(drawn.map((d) => d.colour)).size).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-legend="coverage"] .ramp-legend__class').count()).toBe(5);
    expect(await page.locator('[data-legend="coverage"] .ramp-legend__ticks').textContent()).toBe('020406080100%');
    await shoot(page, 'coverage-wall-zh-overview');
  });

  it('lists the gap neighbourhoods as the API gives them, in reading order, with households and nearest members', async () => {
    await page.locator('[data-tab="gaps"]').click();
    expect(await texts(page, '.gap__name')).toEqual(top.gaps.neighbourhoods.map((g) => g.name));
    const first = top.gaps.neighbourhoods[0];
    if (!first) throw new Error('no gap');
    const row = page.locator(`.gap[data-id="${first.id}"]`);
    expect(await row.locator('.gap-facts').textContent()).toContain(`${formatCount(first.households, 'zh-CN')} 户`);
    expect(await row.locator('.nearest__address').allTextContents()).toEqual(first.nearestMembers.map((m) => m.address));
    expect(await page.locator('[data-tab="gaps"] .panel-tabs__count').textContent()).toBe(String(top.gaps.neighbourhoods.length));
  });

  it('steps through gaps with next / previous, keys and buttons, centring each gap in the free map', async () => {
    const gaps = top.gaps.neighbourhoods;
    const expectAt = async (index: number) => {
      const gap = gaps[index];
      if (!gap) throw new Error(`no gap ${index}`);
      expect(await page.locator('.gap-stepper__position').textContent()).toBe(`${index + 1} / ${gaps.length}`);
      expect(await page.locator('.current-gap__name').textContent()).toBe(gap.name);
      expect(await highlightedId(page, 'gap-current')).toBe(gap.id);
      const { point, freeCentre } = await placeOnMap(page, bboxCentre(gap.bbox));
      expect(Math.abs(point[0] - freeCentre[0]), 'x').toBeLessThan(12);
      expect(Math.abs(point[1] - freeCentre[1]), 'y').toBeLessThan(12);
      return point;
    };
    await andSettle(page, () => page.keyboard.press('n'));
    await expectAt(0);
    await shoot(page, 'coverage-wall-zh-gap');
    await andSettle(page, () => page.keyboard.press(']'));
    await expectAt(1);
    await andSettle(page, () => page.locator('[data-step="next"]').click());
    await expectAt(2);
    await andSettle(page, () => page.keyboard.press('p'));
    await expectAt(1);
    // Arrow keys step too while the focus is on the panel (on the map they pan it).
    await andSettle(page, () => page.keyboard.press('ArrowLeft'));
    await expectAt(0);
    await andSettle(page, () => page.keyboard.press('['));
    await expectAt(gaps.length - 1);
  });

  it('drills down sub-district → community → branch → building by clicks, with the API\u2019s figures, and back up', async () => {
    await page.locator('[data-tab="overview"]').click();
    await expectFiguresOf(page, top);
    let report = top;
    for (const level of ['community', 'branch', 'building'] as const) {
      const row = page.locator('.child').first();
      expect(await row.getAttribute('data-level')).toBe(level);
      const id = Number(await row.getAttribute('data-id'));
      const expected = await coverage(level, id);
      await andSettle(page, () => row.locator('button').click());
      await waitForUnit(page, expected.unit.name);
      await expectFiguresOf(page, expected);
      expect(expected.path.at(-1)?.id).toBe(report.unit.id);
      expect(await highlightedId(page, `${level}-focus`)).toBe(id);
      if (level === 'branch') await shoot(page, 'coverage-wall-zh-branch');
      report = expected;
    }
    expect(await page.locator('[data-kpi="state"] .kpi__value').textContent()).toBeTruthy();
    // Up one level with Escape, then to the top by the breadcrumb.
    const branch = report.path.at(-1);
    await andSettle(page, () => page.keyboard.press('Escape'));
    await waitForUnit(page, branch?.name ?? '?');
    await andSettle(page, () => page.locator('.breadcrumb__link').first().click());
    await waitForUnit(page, top.unit.name);
    await expectFiguresOf(page, top);
    expect(await highlightedId(page, 'branch-focus')).toBeNull();
  });

  it('opens a grid in the panel when it is clicked on the map', async () => {
    const target = await findClickTarget(page, 'branch-fill');
    await page.mouse.click(target.x, target.y);
    await waitForUnit(page, String(target.props.name));
    await waitForMapSettled(page);
    expect(await highlightedId(page, 'branch-focus')).toBe(target.props.id);
    await page.keyboard.press('Escape'); // closes the popup
    await page.keyboard.press('Escape'); // goes up to the community
    await waitForUnit(page, String(target.props.communityName));
  });

  it('zooms to a rule violation when it is clicked, and outlines it', async () => {
    await andSettle(page, () => page.locator('.breadcrumb__link').first().click());
    await waitForUnit(page, top.unit.name);
    await page.locator('[data-tab="violations"]').click();
    expect(await texts(page, '.violation__unit')).toEqual(top.violations.map((v) => v.name));
    const index = top.violations.findIndex((v) => v.level === 'branch');
    const violation = top.violations[index];
    if (!violation) throw new Error('the demo data should have a branch violation');
    const zoomBefore = await page.evaluate(() => window.__gridmap?.map.getZoom() ?? 0);
    await andSettle(page, () => page.locator('.violation__button').nth(index).click());
    expect(await page.evaluate(() => window.__gridmap?.map.getZoom() ?? 0)).toBeGreaterThan(zoomBefore);
    const [minLng, minLat, maxLng, maxLat] = violation.bbox;
    const corners = await Promise.all([placeOnMap(page, [minLng, minLat]), placeOnMap(page, [maxLng, maxLat])]);
    const size = await page.evaluate(() => window.__gridmap?.map.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    for (const { point } of corners) {
      expect(point[0]).toBeGreaterThanOrEqual(0);
      expect(point[0]).toBeLessThanOrEqual(size.width);
      expect(point[1]).toBeGreaterThanOrEqual(0);
      expect(point[1]).toBeLessThanOrEqual(size.height);
    }
    expect(await highlightedId(page, 'branch-focus')).toBe(violation.id);
    expect(await page.locator('.violation--current .violation__unit').textContent()).toBe(violation.name);
    await shoot(page, 'coverage-wall-zh-violation');
  });

  it('speaks English when switched, names included where they exist', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('[data-tab="overview"]').click();
    expect(await page.locator('.panel-tabs').textContent()).toContain('Overview');
    expect(await page.locator('.kpis').textContent()).toContain('Households');
    expect(await page.locator('.legend').textContent()).toContain('Each class includes its lower edge');
    const meta = await apiGet<MetaResponse>(server.origin, '/api/meta');
    expect(await page.locator('.panel-head__title').textContent()).toBe(meta.subdistrict?.nameEn);
    // Clicking where you are in the breadcrumb brings the whole unit back into view.
    await andSettle(page, () => page.locator('.breadcrumb__here').click());
    await shoot(page, 'coverage-wall-en-overview');
  });
});

describe('coverage dashboard on a laptop (1366×768)', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`is readable in ${locale}, stepping through gaps`, async () => {
      const page = await openDashboard(VIEWPORTS.laptop, `?lang=${locale}`);
      await shoot(page, `coverage-laptop-${locale}-overview`);
      await andSettle(page, () => page.keyboard.press('n'));
      expect(await page.locator('.gap-stepper__position').textContent()).toBe(`1 / ${top.gaps.neighbourhoods.length}`);
      await shoot(page, `coverage-laptop-${locale}-gap`);
      await page.close();
    });
  }
});

describe.runIf(process.env.GRIDMAP_README_SCREENSHOT === '1')('README screenshot', () => {
  it('saves docs/map.png (1920×1080, Chinese): the coverage dashboard over the sub-district', async () => {
    const page = await openDashboard(VIEWPORTS.wall);
    mkdirSync(resolve('docs'), { recursive: true });
    await page.screenshot({ path: resolve('docs/map.png') });
    await page.close();
  });
});

describe('the whole session', () => {
  it('asked only the local server for anything and raised no page errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
