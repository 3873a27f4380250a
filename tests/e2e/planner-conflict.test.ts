/**
 * Two planners at once, in real Chromium against the real server and demo data. Planner A (the
 * demo planner, in the browser) paints a neighbourhood into a new branch and saves the draft.
 * Meanwhile planner B (a second planner account, over HTTP) applies a plan that founds a new
 * branch with one of that neighbourhood's buildings. A presses apply: the page refuses with the
 * changed building (and the branch B founded, by name and code) and branch named in Chinese, then
 * in English, A's plan and totals still there and a rebase offered; the rebase reports the
 * override, naming the building it takes from B's branch; the rebased plan applies, and the map, the data and the audit log show both applies.
 * Then A paints the neighbourhood back, which would end A's new grid the day it was founded: the
 * apply confirmation offers the effective date (the server's today), and the refusal names the
 * grid and says to apply from tomorrow, in Chinese and English. Last, A paints the same move
 * anew without saving, B moves one of its buildings, A locks and unlocks a branch (the base
 * reloads) and applies: still refused, naming that building. Screenshots of the conflict and
 * of the confirmation at 1920×1080 and 1366×768, and of the rebased plan at 1366×768:
 * tests/screenshots/planner-conflict-*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaseBranch, BaseBuilding, PlanBody, PlannerBaseResponse } from '../../shared/planner/types';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, openSignedIn, signInHttp, waitForMapIdle, type RunningServer } from './harness';
import { selectNeighbourhood, sourceProps, startPlannerScene, switchLanguage, waitForPlanner } from './plannerPage';

let server: RunningServer;
let browser: Browser;
let page: Page;
let base: PlannerBaseResponse;
/** The neighbourhood A paints into a new branch, and the branch its buildings are in now. */
let hood: { buildings: BaseBuilding[]; households: number; branch: BaseBranch };
/**
 * The building of that neighbourhood B moves meanwhile into a branch B founds, with a building
 * of the same branch outside the neighbourhood (so A's plan does not empty B's new branch).
 */
let moved: BaseBuilding;
let alongside: BaseBuilding;
let communityId = 0;
let other: { id: number; name: string; code: string };
/** B's session, and the id of the plan B applied. */
let b: { cookie: string; csrf: string };
let planB = 0;
let planA = 0;
/** The code of the grid A's rebased plan founded (today). */
let newCode = '';
const log = new PageLog();
const shot = (name: string) => join(SCREENSHOT_DIR, `planner-conflict-${name}.png`);
const NEW_NAME = '冲突测试新建网格党支部';
const B_NAME = 'B规划员新建网格党支部';
const B_USER = 'planner-b';
const B_PASSWORD = 'planner-b-demo-pass';
/** Browser steps get 120 s: the CI machine runs two browser files at once on two cores. */
const STEP = 120_000;

/** "第一网格党支部 (03)": a branch as the planner's page names it. */
const branchLabel = (x: { name: string; code: string }): string => `${x.name} (${x.code.slice(-2)})`;

/** A neighbourhood of one branch, at least three buildings and under 300 households, whose branch keeps other buildings. */
function pickScene(p: PlannerBaseResponse): void {
  for (const n of p.neighbourhoods) {
    const buildings = p.buildings.filter((x) => x.neighbourhoodId === n.id);
    const branchId = buildings[0]?.branchId ?? null;
    const households = buildings.reduce((s, x) => s + x.households, 0);
    const branch = p.branches.find((x) => x.id === branchId);
    const rest = p.buildings.filter((x) => x.branchId === branchId && x.neighbourhoodId !== n.id);
    const target = buildings.slice(1).find((x) => x.households > 0);
    if (branch && target && rest[0] && buildings.length >= 3 && buildings.every((x) => x.branchId === branchId) && households < 300) {
      hood = { buildings, households, branch };
      moved = target;
      alongside = rest[0];
      communityId = n.communityId;
      return;
    }
  }
  throw new Error('the demo data has no neighbourhood for two planners');
}

/** A request as planner B, over HTTP, the way an API client would send it. */
async function asB<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.origin}${path}`, {
    method,
    headers: { cookie: b.cookie, 'x-csrf-token': b.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** The branch a building is in now, straight from the database. */
const branchOf = (id: number): number | null => (server.db.prepare('SELECT branch_id AS b FROM building WHERE id = ?').get(id) as { b: number | null }).b;

beforeAll(async () => {
  ({ server, browser, base } = await startPlannerScene());
  pickScene(base);
  // A second planner: the admin creates the account as an administrator would.
  const admin = await signInHttp(server.origin, 'admin');
  const created = await fetch(`${server.origin}/api/admin/accounts`, {
    method: 'POST',
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ username: B_USER, password: B_PASSWORD, role: 'planner', displayName: '第二规划员' }),
  });
  if (created.status !== 201) throw new Error(`creating ${B_USER}: HTTP ${created.status} ${await created.text()}`);
  const login = await fetch(`${server.origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: B_USER, password: B_PASSWORD }),
  });
  const cookie = /gridmap_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!login.ok || !cookie) throw new Error(`${B_USER} could not sign in: HTTP ${login.status}`);
  b = { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  ({ page } = await openSignedIn(browser, server.origin, log, VIEWPORTS.wall, 'planner', '/planner'));
  await waitForPlanner(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (branch: string | number) => page.locator(`.planner-card[data-branch="${branch}"]`);
const conflict = () => page.locator('.planner-conflict');

describe('planner A draws a plan', () => {
  it('paints the neighbourhood into a new branch and saves the draft', async () => {
    await selectNeighbourhood(page, hood.buildings);
    await page.locator('input[name="newBranchName"]').fill(NEW_NAME);
    await page.locator('button[data-action="found"]').click();
    await card('n1').waitFor();
    expect(await card('n1').innerText()).toContain(String(hood.households));
    await page.locator('button[data-tab="plan"]').click();
    await page.locator('button[data-action="save"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-state"]').innerText()).toMatch(/^草稿 #\d+，第 1 版$/);
    planA = Number(/#(\d+)/.exec(await page.locator('[data-testid="plan-state"]').innerText())?.[1]);
    expect(planA).toBeGreaterThan(0);
  }, STEP);
});

describe('planner B applies first', () => {
  it('founds a new branch with one of the same buildings, through the API', async () => {
    const body: PlanBody = { steps: [{ label: 'B', ops: [{ op: 'createBranch', key: 'b1', communityId, name: B_NAME }, { op: 'assign', buildingIds: [moved.id, alongside.id], to: 'b1' }] }] };
    const stored = await asB<{ id: number; revision: number }>('POST', '/api/planner/plans', { name: 'B 的方案', plan: body });
    expect(stored.status).toBe(201);
    planB = stored.json.id;
    const applied = await asB<{ message?: string; result: { created: { id: number; code: string }[] } }>('POST', `/api/planner/plans/${planB}/apply`, { expectedRevision: stored.json.revision });
    expect(applied.status, applied.json.message).toBe(200);
    const founded = applied.json.result.created[0];
    other = { id: founded?.id ?? 0, code: founded?.code ?? '', name: B_NAME };
    expect(branchOf(moved.id)).toBe(other.id);
  }, STEP);
});

describe('planner A applies on the older grid', () => {
  it('is refused with the changed building and branch named in Chinese, the plan kept and a rebase offered', async () => {
    await page.locator('button[data-action="apply"]').click();
    await page.locator('button[data-action="confirm-apply"]').click();
    await conflict().waitFor({ timeout: 30_000 });
    expect(await conflict().locator('p').innerText()).toBe('方案绘制之后网格已被他人改动，服务器拒绝应用。可将方案变基到当前网格（保留意图，不丢失任何步骤），检查后再应用。');
    expect(await page.locator('[data-testid="plan-conflicts"] li').allInnerTexts()).toEqual([
      `楼栋 ${moved.address}：${branchLabel(hood.branch)} → ${branchLabel(other)}`,
      `${branchLabel(hood.branch)}：已被他人修改（第 ${hood.branch.revision} 版 → 第 ${hood.branch.revision + 1} 版）`,
    ]);
    expect(await page.locator('button[data-action="rebase"]').isEnabled()).toBe(true);
    // The map's grids are reloaded as they now stand: B's new grid is among them, with its code.
    await expect.poll(() => sourceProps(page, 'pl-grid-labels', 'code'), { timeout: 30_000 }).toContain(other.code);
    // Nothing of A's is lost: the draft, its steps and its totals are all still there.
    expect(await page.locator('[data-testid="plan-state"]').innerText()).toBe(`草稿 #${planA}，第 1 版`);
    expect(await page.locator('[data-testid="diff-moves"]').innerText()).toContain(`${hood.buildings.length} 栋`);
    expect(await card('n1').innerText()).toContain(NEW_NAME);
    expect(await card('n1').innerText()).toContain(String(hood.households));
    expect(await page.locator('.planner-plan .planner-error').count()).toBe(0);
    // The refusal changed nothing: the building is where B put it, no new grid exists.
    expect(branchOf(moved.id)).toBe(other.id);
    expect(hood.buildings.filter((x) => x.id !== moved.id).map((x) => branchOf(x.id))).toEqual(hood.buildings.filter((x) => x.id !== moved.id).map(() => hood.branch.id));
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('wall-zh') });
    await page.setViewportSize(VIEWPORTS.laptop);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('laptop-zh') });
  }, STEP);

  it('words the conflict in English', async () => {
    await switchLanguage(page, 'en');
    expect(await conflict().locator('p').innerText()).toBe('Someone changed the grid after this plan was drawn, so the server refused it. Rebase the plan onto the current grid (its intent is kept, no step is lost), check it, then apply.');
    expect(await page.locator('[data-testid="plan-conflicts"] li').allInnerTexts()).toEqual([
      `Building ${moved.address}: ${branchLabel(hood.branch)} → ${branchLabel(other)}`,
      `${branchLabel(hood.branch)}: changed by someone else (revision ${hood.branch.revision} → ${hood.branch.revision + 1})`,
    ]);
    expect(await page.locator('button[data-action="rebase"]').innerText()).toBe('Rebase onto current grid');
    // The saved draft has one step, and says so in the singular.
    expect(await page.locator('.planner-drafts__list li .planner-muted').first().innerText()).toMatch(/ · 1 step$/);
    await page.screenshot({ path: shot('laptop-en') });
    await page.setViewportSize(VIEWPORTS.wall);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('wall-en') });
    await switchLanguage(page, 'zh-CN');
  }, STEP);
});

describe('rebasing and applying', () => {
  it('rebases onto the current grid, reporting the building B moved that the plan takes anyway', async () => {
    await page.locator('button[data-action="rebase"]').click();
    const done = page.locator('[data-testid="plan-done"]');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toBe('已变基：覆盖他人改动 1 处，无法保留 0 处。请检查后再应用。');
    // Which building the plan now takes from B's change: B's branch now → A's new one.
    expect(await page.locator('[data-testid="plan-rebased"] li').allInnerTexts()).toEqual([
      `楼栋 ${moved.address}：${branchLabel(other)} → ${NEW_NAME}（新）（覆盖他人改动）`,
    ]);
    await conflict().waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="plan-state"]').innerText()).toBe(`草稿 #${planA}，第 2 版`);
    // The plan still takes the whole neighbourhood, the moved building included, from both branches.
    expect(await card('n1').innerText()).toContain(String(hood.households));
    await card(other.id).waitFor();
    await card(hood.branch.id).waitFor();
    expect(await page.locator('[data-testid="diff-moves"]').innerText()).toContain(`${hood.buildings.length} 栋`);
    await page.setViewportSize(VIEWPORTS.laptop);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('rebased-laptop-zh') });
    await page.setViewportSize(VIEWPORTS.wall);
    await waitForMapIdle(page);
  }, STEP);

  it('applies the rebased plan: the new grid is on the map and in the data', async () => {
    await page.locator('button[data-action="apply"]').click();
    await page.locator('button[data-action="confirm-apply"]').click();
    await page.locator('.planner-plan [role="alert"], .planner-done:has-text("已应用")').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.planner-plan [role="alert"]').allInnerTexts()).toEqual([]);
    const code = /\d{14}/.exec(await page.locator('[data-testid="plan-done"]').innerText())?.[0] ?? '';
    expect(code).toMatch(/^\d{14}$/);
    newCode = code;
    const created = server.db.prepare('SELECT id FROM grid_branch WHERE code = ? AND valid_to IS NULL').get(code) as { id: number } | undefined;
    expect(created).toBeDefined();
    expect(hood.buildings.map((x) => branchOf(x.id))).toEqual(hood.buildings.map(() => created?.id));
    await expect.poll(() => sourceProps(page, 'pl-grid-labels', 'code'), { timeout: 30_000 }).toContain(code);
    expect(await page.locator('.planner-card').count()).toBe(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('applied-wall-zh') });
  }, STEP);

  it('keeps every version of A\'s plan and writes both applies to the audit log', async () => {
    const revisions = await apiGet<{ revisions: { reason: string }[] }>(server.origin, `/api/planner/plans/${planA}/revisions`, 'planner');
    expect(revisions.revisions.map((r) => r.reason)).toEqual(['create', 'rebase', 'apply']);
    const audit = await apiGet<{ entries: { username: string; target: string }[] }>(server.origin, '/api/admin/audit?action=plan_apply', 'admin');
    expect(audit.entries.map((e) => `${e.username} ${e.target}`).sort()).toEqual([`${B_USER} plan ${planB}`, `planner plan ${planA}`].sort());
    const rebases = await apiGet<{ entries: { username: string; target: string }[] }>(server.origin, '/api/admin/audit?action=plan_rebase', 'admin');
    expect(rebases.entries.map((e) => `${e.username} ${e.target}`)).toEqual([`planner plan ${planA}`]);
    expect(log.foreign(server.origin)).toEqual([]);
    // The one console error is Chromium logging the refused apply (HTTP 409), which the page showed.
    expect(log.errors.filter((e) => !e.includes('409'))).toEqual([]);
    expect(log.errors.filter((e) => e.includes('409'))).toHaveLength(1);
  }, STEP);
});

describe('ending a grid the day it was founded', () => {
  it('offers the effective date on apply, and names the grid and the way out when it is refused', async () => {
    const { today } = await apiGet<{ today: string }>(server.origin, '/api/as-of/range', 'planner');
    await page.locator('button[data-tab="paint"]').click();
    await selectNeighbourhood(page, hood.buildings);
    // Back into the branch it came from: A's new grid, founded today, would be left empty.
    await page.locator(`button.planner-branch__pick[data-branch="${hood.branch.id}"]`).click();
    await page.locator('button[data-action="assign"]').click();
    await page.locator('button[data-tab="plan"]').click();
    await page.locator('button[data-action="apply"]').click();
    const day = page.locator('.planner-confirm input[name="effectiveOn"]');
    expect(await day.inputValue()).toBe(today);
    expect(await day.getAttribute('max')).toBe(today);
    expect(await page.locator('.planner-confirm label').innerText()).toContain('生效日期');
    const [y, m, d] = today.split('-').map(Number);
    expect(await page.locator('#planner-effective-hint').innerText()).toContain(`自${y}年${m}月${d}日起生效`);
    await waitForMapIdle(page);
    await page.screenshot({ path: shot('confirm-wall-zh') });
    await page.setViewportSize(VIEWPORTS.laptop);
    await page.screenshot({ path: shot('confirm-laptop-zh') });
    await switchLanguage(page, 'en');
    expect(await page.locator('.planner-confirm label').innerText()).toContain('Effective from');
    await page.screenshot({ path: shot('confirm-laptop-en') });
    await page.setViewportSize(VIEWPORTS.wall);
    await page.screenshot({ path: shot('confirm-wall-en') });
    await switchLanguage(page, 'zh-CN');

    await page.locator('button[data-action="confirm-apply"]').click();
    const error = page.locator('.planner-plan .planner-error[role="alert"]');
    await error.waitFor({ timeout: 30_000 });
    const grid = branchLabel({ name: NEW_NAME, code: newCode });
    expect(await error.innerText()).toBe(`${grid}今天（${today}）刚成立，不能在成立当天撤销；生效日期又不能晚于今天，请明天再应用此方案。`);
    await switchLanguage(page, 'en');
    expect(await error.innerText()).toBe(`${grid} was founded today (${today}) and cannot end the day it was founded; the effective date cannot be after today, so apply this plan from tomorrow.`);
    await page.screenshot({ path: shot('same-day-wall-en') });
    await switchLanguage(page, 'zh-CN');
    // Refused, nothing changed: the neighbourhood is still in A's new grid.
    const created = server.db.prepare('SELECT id FROM grid_branch WHERE code = ? AND valid_to IS NULL').get(newCode) as { id: number } | undefined;
    expect(hood.buildings.map((x) => branchOf(x.id))).toEqual(hood.buildings.map(() => created?.id));
  }, STEP);
});

describe('an unsaved plan whose base is reloaded before apply', () => {
  it('is still refused naming the building B moved meanwhile', async () => {
    const grid = branchLabel({ name: NEW_NAME, code: newCode });
    // A starts anew and paints the same move, without saving.
    await page.getByRole('button', { name: '新方案', exact: true }).click();
    await page.locator('button[data-tab="paint"]').click();
    await page.locator(`button.planner-branch__pick[data-branch="${hood.branch.id}"]`).click();
    await page.locator('button[data-action="assign"]').click();
    await card(hood.branch.id).waitFor();
    // B moves one of those buildings into B's grid.
    const body: PlanBody = { steps: [{ label: 'B2', ops: [{ op: 'assign', buildingIds: [moved.id], to: other.id }] }] };
    const stored = await asB<{ id: number; revision: number }>('POST', '/api/planner/plans', { name: 'B 的第二个方案', plan: body });
    const applied = await asB<{ message?: string }>('POST', `/api/planner/plans/${stored.json.id}/apply`, { expectedRevision: stored.json.revision });
    expect(applied.status, applied.json.message).toBe(200);
    // A locks and unlocks a branch: each reloads the base under the unsaved plan.
    const lock = page.locator(`button[data-lock="${hood.branch.id}"]`);
    await lock.click();
    await expect.poll(() => lock.innerText()).toBe('解锁');
    await lock.click();
    await expect.poll(() => lock.innerText()).toBe('锁定');
    await page.locator('button[data-tab="plan"]').click();
    await page.locator('button[data-action="apply"]').click();
    await page.locator('button[data-action="confirm-apply"]').click();
    await conflict().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="plan-conflicts"] li').allInnerTexts()).toContain(`楼栋 ${moved.address}：${grid} → ${branchLabel(other)}`);
    expect(branchOf(moved.id)).toBe(other.id);
    // Chromium logs each refused apply (HTTP 409): the first conflict, the day refused, this conflict.
    expect(log.errors.filter((e) => !e.includes('409'))).toEqual([]);
    expect(log.errors.filter((e) => e.includes('409'))).toHaveLength(3);
  }, STEP);
});
