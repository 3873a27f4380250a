/**
 * The administrator in real Chromium against the real server: the administration page from the
 * header; creating a secretary who then signs in and lands on their branch; disabling the
 * account; a wall token shown once, working, then revoked; the audit log showing all of it,
 * filtered, and as CSV; and the sign-in page's messages for a wrong password and for too many
 * tries. Screenshots (tests/screenshots/admin-*.png, signin-*.png) at 1920×1080 and 1366×768, in
 * Chinese and English.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageResponse } from '../../shared/api';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, buildClientOnce, launchBrowser, openSignedIn, startServer, type RunningServer } from './harness';
import { texts, waitForUnit } from './dashboardPage';
import { download } from './secretaryPage';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const log = new PageLog();
const NEW_USER = { username: 'sec-e2e', displayName: '测试书记', password: 'e2e-password-1' };

const shot = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** Opens the app as the demo administrator in a fresh context. */
const openAsAdmin = (viewport: { width: number; height: number }, path = '/') => openSignedIn(browser, server.origin, log, viewport, 'admin', path);

/** Tries to sign in through the real route; the HTTP status. */
async function loginStatus(username: string, password: string): Promise<number> {
  const res = await fetch(`${server.origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  return res.status;
}

const row = (username: string) => page.locator(`[data-table="accounts"] tr[data-username="${username}"]`);

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page } = await openAsAdmin(VIEWPORTS.wall));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the administration page (1920×1080, Chinese)', () => {
  it('opens from the header and lists the accounts', async () => {
    await page.locator('.app-nav [data-page="admin"]').click();
    await row('secretary').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin');
    for (const name of ['admin', 'planner', 'secretary', 'viewer']) expect(await row(name).count()).toBe(1);
    expect(await row('secretary').locator('td').nth(2).textContent()).toBe('支部书记');
    await page.screenshot({ path: shot('admin-wall-zh-accounts') });
  });

  let branchId = 0;

  it('creates a secretary account, who can sign in and lands on their branch', async () => {
    const form = page.locator('[data-form="new-account"]');
    await form.locator('input[name="username"]').fill(NEW_USER.username);
    await form.locator('input[name="displayName"]').fill(NEW_USER.displayName);
    await form.locator('input[name="password"]').fill(NEW_USER.password);
    await form.locator('select[name="role"]').selectOption('secretary');
    const option = form.locator('select[name="branchId"] option').nth(1);
    branchId = Number(await option.getAttribute('value'));
    await form.locator('select[name="branchId"]').selectOption(String(branchId));
    await form.locator('[data-action="create-account"]').click();
    await row(NEW_USER.username).waitFor();
    expect(await page.locator('.admin__notice').textContent()).toContain(NEW_USER.username);
    expect(await row(NEW_USER.username).locator('td').nth(3).textContent()).toBe(await option.textContent());
    const accounts = (await apiGet<{ accounts: Array<{ username: string; role: string; branchId: number | null }> }>(server.origin, '/api/admin/accounts', 'admin')).accounts;
    expect(accounts.find((a) => a.username === NEW_USER.username)).toMatchObject({ role: 'secretary', branchId });

    const branch = await apiGet<CoverageResponse>(server.origin, `/api/coverage?level=branch&id=${branchId}`, 'admin');
    const other = await browser.newContext({ viewport: VIEWPORTS.laptop, deviceScaleFactor: 1 });
    const p = await other.newPage();
    log.watch(p);
    await p.goto(server.origin);
    await p.locator('input[name="username"]').fill(NEW_USER.username);
    await p.locator('input[name="password"]').fill(NEW_USER.password);
    await p.locator('form.signin__card button[type="submit"]').click();
    await waitForUnit(p, branch.unit.name);
    expect(await p.locator('.user-menu__name').textContent()).toBe(NEW_USER.displayName);
    await other.close();
  });

  it('disables the account, which then cannot sign in', async () => {
    await row(NEW_USER.username).locator('[data-action="disable"]').click();
    await page.waitForFunction((u) => document.querySelector(`tr[data-username="${u}"] [data-status]`)?.getAttribute('data-status') === 'disabled', NEW_USER.username);
    expect(await loginStatus(NEW_USER.username, NEW_USER.password)).toBe(401);
  });

  it('creates a wall token, shown once, that opens the wall; revoking it shuts the wall out', async () => {
    await page.locator('[data-section="walls"]').first().click();
    const form = page.locator('[data-form="new-wall-token"]');
    await form.locator('input[name="name"]').fill('二楼会议室大屏');
    await form.locator('[data-action="create-wall-token"]').click();
    const secret = page.locator('.admin__secret');
    await secret.waitFor();
    const token = (await secret.locator('[data-secret="token"]').textContent()) ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect(await secret.locator('[data-secret="url"]').textContent()).toBe(`${server.origin}/wall?wall=${token}`);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.origin}/api/coverage?level=subdistrict`, { headers: bearer })).status).toBe(200);
    await page.screenshot({ path: shot('admin-wall-zh-tokens') });

    const id = Number(await secret.getAttribute('data-token-id'));
    const tokenRow = page.locator(`[data-table="wall-tokens"] tr[data-token-id="${id}"]`);
    expect(await tokenRow.locator('[data-status]').getAttribute('data-status')).toBe('live');
    page.once('dialog', (dialog) => void dialog.accept());
    await tokenRow.locator('[data-action="revoke"]').click();
    await page.waitForFunction((i) => document.querySelector(`tr[data-token-id="${i}"] [data-status]`)?.getAttribute('data-status') === 'revoked', id);
    expect((await fetch(`${server.origin}/api/coverage?level=subdistrict`, { headers: bearer })).status).toBe(401);
    // Shown once: back on the section, the token is gone from the page.
    await page.locator('[data-section="accounts"]').first().click();
    await page.locator('[data-section="walls"]').first().click();
    await tokenRow.waitFor();
    expect(await page.locator('.admin__secret').count()).toBe(0);
    expect(await page.content()).not.toContain(token);
  });

  it('shows these actions in the audit log, filtered, and exports them as CSV', async () => {
    await page.locator('[data-section="audit"]').first().click();
    const form = page.locator('[data-form="audit-filter"]');
    await form.locator('input[name="action"]').fill('create_account');
    await form.locator('[data-action="filter-audit"]').click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-table="audit"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-action') === 'create_account');
    });
    expect((await texts(page, '[data-table="audit"] tbody tr td:nth-child(5)'))).toContain(`account ${NEW_USER.username}`);

    await form.locator('input[name="action"]').fill('');
    await form.locator('input[name="username"]').fill('admin');
    await form.locator('[data-action="filter-audit"]').click();
    const wanted = ['create_account', 'update_account', 'create_wall_token', 'revoke_wall_token'];
    await page.waitForFunction(
      (actions) => actions.every((a) => document.querySelector(`[data-table="audit"] tbody tr[data-action="${a}"]`)),
      wanted,
    );
    expect(new Set(await texts(page, '[data-table="audit"] tbody tr td:nth-child(2)'))).toEqual(new Set(['admin']));
    await page.screenshot({ path: shot('admin-wall-zh-audit') });
    const csv = await download(page, '[data-action="audit-csv"]', join(SCREENSHOT_DIR, 'admin-audit.csv'));
    for (const action of wanted) expect(csv).toContain(action);
    expect(csv).not.toMatch(/\n\d+,[^,]*,secretary,/);
    await context.close();
  });
});

describe('the administration page on a laptop (1366×768)', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`reads in ${locale}`, async () => {
      const opened = await openAsAdmin(VIEWPORTS.laptop, `/admin?lang=${locale}`);
      await opened.page.locator('[data-table="accounts"] tr[data-username="admin"]').waitFor();
      if (locale === 'en') expect(await opened.page.locator('.admin__title').textContent()).toBe('Administration');
      await opened.page.screenshot({ path: shot(`admin-laptop-${locale}-accounts`) });
      await opened.page.locator('[data-section="audit"]').first().click();
      await opened.page.locator('[data-table="audit"] tbody tr').first().waitFor();
      await opened.page.screenshot({ path: shot(`admin-laptop-${locale}-audit`) });
      await opened.context.close();
    });
  }
});

describe('the sign-in page', () => {
  it('says so plainly on a wrong password, and after too many tries how long to wait', async () => {
    // Not recorded by the session log: refused sign-ins are the point here.
    const p = await browser.newPage({ viewport: VIEWPORTS.laptop, deviceScaleFactor: 1 });
    await p.goto(server.origin);
    const attempt = async () => {
      await p.locator('input[name="username"]').fill('viewer');
      await p.locator('input[name="password"]').fill('not-the-password');
      await p.locator('form.signin__card button[type="submit"]').click();
      await p.locator('.signin__error').waitFor();
      await p.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.signin__submit')?.disabled);
      return (await p.locator('.signin__error').textContent()) ?? '';
    };
    expect(await attempt()).toBe('用户名或密码错误。');
    await p.screenshot({ path: shot('signin-laptop-zh-wrong') });
    let message = '';
    for (let i = 0; i < 6 && !message.includes('过多'); i++) message = await attempt();
    expect(message).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
    await p.getByRole('button', { name: 'English' }).click();
    expect(await attempt()).toMatch(/Too many failed sign-ins\. Try again in \d+ min/);
    await p.screenshot({ path: shot('signin-laptop-en-throttled') });
    await p.close();
  });
});

describe('the whole session', () => {
  it('asked only the local server for anything and raised no page errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
