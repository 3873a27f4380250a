/**
 * The planner's workspace in real Chromium against the real server and demo data, as the demo
 * planner: select a neighbourhood with one click, found a new branch with it, watch the live
 * totals and a rule warning, undo and redo (button and keyboard), a split-neighbourhood warning
 * worded in Chinese and English, appoint a liaison by hand and watch the gap count drop, the
 * members the plan moves listed by name, apply after confirming, and see the new grid's polygon
 * and code on the planner's map and on the dashboard. Screenshots at 1920×1080 and 1366×768,
 * Chinese and English: tests/screenshots/planner-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResponse } from '../../shared/api';
import type { BaseBuilding, PlannerBaseResponse } from '../../shared/planner/types';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, openSignedIn, waitForMapIdle, type RunningServer } from './harness';
import { centreOn, clickMapAt, selectNeighbourhood, startPlannerScene, selectionCount, sourceProps, switchLanguage, waitForPlanner } from './plannerPage';

let server: RunningServer;
let browser: Browser;
let page: Page;
let base: PlannerBaseResponse;
/** The neighbourhood painted into the new branch: its buildings and households. */
let hood: { id: number; communityId: number; buildings: BaseBuilding[]; households: number };
let newCode = '';
const log = new PageLog();
const shot = (name: string) => join(SCREENSHOT_DIR, `planner-${name}.png`);
const NEW_NAME = '测试新建网格党支部';

/** A neighbourhood of one branch, under 300 households, whose branch keeps other buildings. */
function pickNeighbourhood(b: PlannerBaseResponse): typeof hood {
  for (const n of b.neighbourhoods) {
    const buildings = b.buildings.filter((x) => x.neighbourhoodId === n.id);
    const branch = buildings[0]?.branchId ?? null;
    const households = buildings.reduce((s, x) => s + x.households, 0);
    const rest = b.buildings.filter((x) => x.branchId === branch && x.neighbourhoodId !== n.id);
    if (branch !== null && buildings.length >= 2 && buildings.every((x) => x.branchId === branch) && households > 0 && households < 300 && rest.length > 0) {
      return { id: n.id, communityId: n.communityId, buildings, households };
    }
  }
  throw new Error('the demo data has no neighbourhood to paint');
}

/**
 * A building with households that nobody reaches (no liaison for it or its neighbourhood, no
 * lead link, no active member living there), in another branch than the painted neighbourhood's.
 */
function gapBuilding(b: PlannerBaseResponse, painted: typeof hood): BaseBuilding {
  const active = new Set(b.members.filter((m) => m.status === 'active').map((m) => m.id));
  const linked = new Set(b.leads.filter((l) => active.has(l.memberId)).flatMap((l) => l.links.filter((k) => k.households > 0).map((k) => k.buildingId)));
  const liaison = (kind: string, id: number | null) => b.liaisons.some((l) => l.targetKind === kind && l.targetId === id && active.has(l.memberId));
  const residents = new Set(b.members.filter((m) => active.has(m.id)).map((m) => m.buildingId));
  const paintedBranch = painted.buildings[0]?.branchId;
  const found = b.buildings.find((x) => x.branchId !== null && x.branchId !== paintedBranch && x.households >= 20 && !linked.has(x.id) && !residents.has(x.id)
    && !liaison('building', x.id) && !liaison('neighbourhood', x.neighbourhoodId));
  if (!found) throw new Error('the demo data has no gap building');
  return found;
}

beforeAll(async () => {
  ({ server, browser, base } = await startPlannerScene());
  hood = pickNeighbourhood(base);
  ({ page } = await openSignedIn(browser, server.origin, log, VIEWPORTS.wall, 'planner', '/planner'));
  await waitForPlanner(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = () => page.locator('.planner-card[data-branch="n1"]');

describe('painting a neighbourhood into a new branch', () => {
  it('selects the whole neighbourhood with one click on one of its buildings', async () => {
    await selectNeighbourhood(page, hood.buildings);
    expect(await page.locator('[data-testid="selection-figures"]').innerText()).toContain(`${hood.households} 户`);
  });

  it('founds the new branch and shows its totals before → after with the household rule broken', async () => {
    await page.locator('input[name="newBranchName"]').fill(NEW_NAME);
    await page.locator('button[data-action="found"]').click();
    await card().waitFor();
    const text = await card().innerText();
    expect(text).toContain(NEW_NAME);
    expect(text).toContain('新建');
    expect(text).toContain(String(hood.households));
    const rule = card().locator('[data-rule="grid_min_households"]');
    expect(await rule.innerText()).toBe(`⚠ ${hood.households} 户，须 ≥ 300（含 300）`);
    // The branch the neighbourhood left is in the totals too, with fewer households after.
    expect(await page.locator('.planner-card').count()).toBe(2);
    // The buildings now carry the new branch's colour on the map.
    const fill = await page.evaluate((id) => window.__gridmap?.map.getFeatureState({ source: 'pl-buildings', id }).fill, (hood.buildings[0] as BaseBuilding).id);
    expect(fill).toBe('#d81b60');
    await page.screenshot({ path: shot('paint-wall-zh') });
  });

  it('undoes with the button and redoes with Ctrl+Shift+Z', async () => {
    await page.locator('button[data-action="undo"]').click();
    await card().waitFor({ state: 'detached' });
    expect(await page.locator('.planner-totals').innerText()).toContain('方案尚未改动任何网格');
    await page.keyboard.press('Control+Shift+Z');
    await card().waitFor();
    expect(await card().locator('[data-rule="grid_min_households"]').count()).toBe(1);
  });

  it('reads in English and fits a laptop screen', async () => {
    await switchLanguage(page, 'en');
    expect(await card().locator('[data-rule="grid_min_households"]').innerText()).toBe(`⚠ ${hood.households} households; needs ≥ 300 (300 allowed)`);
    await page.screenshot({ path: shot('paint-wall-en') });
    await page.setViewportSize(VIEWPORTS.laptop);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('paint-laptop-en') });
    await switchLanguage(page, 'zh-CN');
    await page.screenshot({ path: shot('paint-laptop-zh') });
    await page.setViewportSize(VIEWPORTS.wall);
    await waitForMapIdle(page);
  });
});

describe('warnings in the UI language', () => {
  it('words the split-neighbourhood warning in Chinese, then in English', async () => {
    const single = hood.buildings[1] as BaseBuilding;
    await clickMapAt(page, single.at, ['Alt']);
    await expect.poll(() => selectionCount(page)).toContain('1');
    await page.locator(`button[data-branch="${single.branchId}"]`).click();
    await page.locator('button[data-action="assign"]').click();
    const name = base.neighbourhoods.find((n) => n.id === hood.id)?.name ?? '';
    const warning = page.locator('.planner-warning[data-code="split_neighbourhood"]');
    await warning.waitFor();
    expect(await warning.innerText()).toBe(`小区被拆分 · ${name}被拆分到 2 个网格。`);
    await switchLanguage(page, 'en');
    expect(await warning.innerText()).toBe(`Split neighbourhood · ${name} is split across 2 grids.`);
    await switchLanguage(page, 'zh-CN');
    await page.locator('button[data-action="undo"]').click();
    await warning.waitFor({ state: 'detached' });
  });
});

describe('appointing a liaison by hand', () => {
  it('finds members of the community, appoints one to a gap building, the gap count drops, and undo takes it back', async () => {
    const gap = gapBuilding(base, hood);
    await page.locator('button[data-tab="paint"]').click();
    await centreOn(page, gap.at, 17.5);
    await clickMapAt(page, gap.at, ['Alt']);
    await expect.poll(() => selectionCount(page)).toContain('1');
    await page.locator('button[data-tab="liaisons"]').click();
    await page.locator('button[data-action="appoint-search"]').click();
    const first = page.locator('.planner-appoint__list button[data-action="appoint-liaison"]:enabled').first();
    await first.waitFor();
    await first.click();
    const branchCard = page.locator(`.planner-card[data-branch="${gap.branchId}"]`);
    await branchCard.waitFor();
    const cells = await branchCard.locator('tr[data-row="gapBuildings"] td').allInnerTexts();
    expect(Number(cells[2])).toBe(Number(cells[0]) - 1);
    const coverage = await branchCard.locator('tr[data-row="coverage"] td').allInnerTexts();
    expect(coverage[2]).not.toBe(coverage[0]);
    // The member is liaison now: the button says so.
    expect(await page.locator('.planner-appoint__list li').first().innerText()).toContain('已是联系人');
    await page.screenshot({ path: shot('appoint-wall-zh') });
    await switchLanguage(page, 'en');
    expect(await branchCard.locator('tr[data-row="gapBuildings"] th').innerText()).toBe('Gap buildings');
    await page.setViewportSize(VIEWPORTS.laptop);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('appoint-laptop-en') });
    await switchLanguage(page, 'zh-CN');
    await page.setViewportSize(VIEWPORTS.wall);
    await waitForMapIdle(page);
    await page.locator('button[data-action="undo"]').click();
    await branchCard.waitFor({ state: 'detached' });
  });
});

describe('applying the plan', () => {
  it('applies after a confirmation and names the new grid code', async () => {
    await page.locator('button[data-tab="plan"]').click();
    expect(await page.locator('[data-testid="diff-moves"]').innerText()).toContain(`${hood.buildings.length} 栋`);
    // Members living in the neighbourhood and organised in its branch follow it: listed by name.
    const ids = new Set(hood.buildings.map((b) => b.id));
    const following = base.members.filter((m) => m.buildingId !== null && ids.has(m.buildingId) && m.branchId === hood.buildings[0]?.branchId && !['transferred_out', 'deceased'].includes(m.status));
    const rows = page.locator('[data-testid="diff-members"] li');
    await expect.poll(() => rows.count()).toBe(following.length);
    if (following.length > 0) {
      await expect.poll(async () => (await rows.first().innerText()).startsWith('#')).toBe(false);
      expect(await rows.first().innerText()).toMatch(new RegExp(`^[\\u4e00-\\u9fff]{2,4}：.+ → ${NEW_NAME}（新）（随住址楼栋）$`));
    }
    await page.screenshot({ path: shot('plan-diff-wall-zh') });
    // The preview draws the grids as they would be, dashed, with the code the new grid would get.
    await centreOn(page, (hood.buildings[0] as BaseBuilding).at, 17);
    await page.locator('button[data-action="preview"]').click();
    await page.locator('[data-testid="plan-preview"]').waitFor();
    const community = base.communities.find((c) => c.id === hood.communityId);
    await expect.poll(() => sourceProps(page, 'pl-preview', 'isNew'), { timeout: 30_000 }).toContain('true');
    const predicted = (await page.evaluate(() => (window.__gridmap?.map.querySourceFeatures('pl-preview') ?? []).filter((f) => f.properties.isNew === true).map((f) => String(f.properties.code))))[0] ?? '';
    expect(predicted.startsWith(community?.code ?? 'x')).toBe(true);
    // The new grid's name on the map carries the predicted code under it.
    await expect.poll(() => sourceProps(page, 'pl-new-labels', 'label')).toContain(`${NEW_NAME}（新）\n${predicted}`);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('plan-preview-wall-zh') });
    await page.locator('button[data-action="apply"]').click();
    await page.locator('button[data-action="confirm-apply"]').click();
    const done = page.locator('[data-testid="plan-done"]');
    // Either outcome shows; a refusal's message is what the assertion below prints.
    await page.locator('[data-testid="plan-done"], .planner-plan [role="alert"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.planner-plan [role="alert"]').allInnerTexts()).toEqual([]);
    newCode = /\d{14}/.exec(await done.innerText())?.[0] ?? '';
    // The code is the one the preview promised.
    expect(newCode).toBe(predicted);
    // The preview belonged to the plan just applied: it is gone.
    expect(await sourceProps(page, 'pl-preview', 'code')).toEqual([]);
    await expect.poll(() => page.locator('.planner-card').count()).toBe(0);
  });

  it('draws the new polygon with its code on the planner map', async () => {
    await expect.poll(() => sourceProps(page, 'pl-grid-labels', 'code'), { timeout: 30_000 }).toContain(newCode);
    await waitForMapIdle(page);
    const grids = await sourceProps(page, 'pl-grids', 'code');
    expect(grids).toContain(newCode);
    const label = await page.evaluate((code) => window.__gridmap?.map.queryRenderedFeatures({ layers: ['pl-grid-label'] }).some((f) => f.properties.code === code), newCode);
    expect(label).toBe(true);
    await page.screenshot({ path: shot('applied-wall-zh') });
  });

  it('finds a building left unassigned, flies to it and fixes it with the proposed branch', async () => {
    const building = hood.buildings[0] as BaseBuilding;
    await page.locator('button[data-tab="paint"]').click();
    await clickMapAt(page, building.at, ['Alt']);
    await expect.poll(() => selectionCount(page)).toContain('1');
    await page.locator('button[data-action="unassign"]').click();
    await page.locator('button[data-tab="unassigned"]').click();
    expect(await page.locator('[data-testid="unassigned-count"]').innerText()).toContain('仍有 1 栋');
    await page.locator('button[data-action="next-unassigned"]').click();
    const proposal = await page.locator('.planner-proposals li').innerText();
    // Its neighbourhood is all in the new grid, so that is where it is proposed to go.
    expect(proposal).toContain(NEW_NAME);
    await page.locator('button[data-action="fix-all"]').click();
    expect(await page.locator('[data-testid="unassigned-count"]').innerText()).toContain('仍有 0 栋');
  });

  it('keeps a locked branch\'s buildings where they are and says whose lock it is', async () => {
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    await page.locator('button[data-tab="paint"]').click();
    const owner = base.buildings.find((b) => b.branchId !== null && b.communityId === hood.communityId && b.neighbourhoodId !== hood.id) as BaseBuilding;
    await clickMapAt(page, owner.at, ['Alt']);
    await page.locator(`button[data-lock="${owner.branchId}"]`).click();
    await expect.poll(() => page.locator(`button[data-lock="${owner.branchId}"]`).innerText()).toBe('解锁');
    // When, in the reader's own time zone and to the minute, not the UTC day the server stored.
    const now = await page.evaluate(() => new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date()));
    expect(await page.locator(`button[data-branch="${owner.branchId}"] .planner-branch__lock`).getAttribute('title')).toMatch(new RegExp(`^planner 于 ${now} \\d{2}:\\d{2} 锁定`));
    await page.locator('button[data-action="unassign"]').click();
    expect(await page.locator('.planner-notice').innerText()).toContain('planner 锁定');
    expect(await page.locator('.planner-card').count()).toBe(0);
    await page.locator(`button[data-lock="${owner.branchId}"]`).click();
    await expect.poll(() => page.locator(`button[data-lock="${owner.branchId}"]`).innerText()).toBe('锁定');
  });

  it('shows on the dashboard, whose coverage counts the new grid', async () => {
    await page.locator('a[data-page="map"]').click();
    await waitForMapIdle(page);
    await expect.poll(() => sourceProps(page, 'branch-labels', 'code'), { timeout: 30_000 }).toContain(newCode);
    const report = await apiGet<CoverageResponse>(server.origin, `/api/coverage?level=community&id=${hood.communityId}`);
    const child = report.children.find((c) => c.code === newCode);
    expect(child?.figures.households).toBe(hood.households);
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
