/**
 * Page helpers for the planner's workspace in Chromium: wait until the base and the map are
 * ready, click a building by its `[lng, lat]` point, read what a map source holds, and switch
 * language through the header's switch, as a person would.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PlannerBaseResponse } from '../../shared/planner/types';
import { SCREENSHOT_DIR, apiGet, buildClientOnce, launchBrowser, startServer, waitForMapIdle, type RunningServer } from './harness';

/** The real server on fresh demo data, a browser, and the planner base as the API serves it. */
export async function startPlannerScene(): Promise<{ server: RunningServer; browser: Browser; base: PlannerBaseResponse }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await buildClientOnce();
  const server = await startServer();
  const browser = await launchBrowser();
  const base = await apiGet<PlannerBaseResponse>(server.origin, '/api/planner/base', 'planner');
  return { server, browser, base };
}

/** Waits until the workspace has its base (the paint panel shows) and the map has drawn its buildings. */
export async function waitForPlanner(page: Page): Promise<void> {
  await page.locator('.planner-paint').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window.__gridmap?.map.querySourceFeatures('pl-buildings').length ?? 0) > 0, undefined, { timeout: 60_000 });
  await waitForMapIdle(page);
}

/** Centres the map on `at` at `zoom` and waits for it to draw. */
export async function centreOn(page: Page, at: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__gridmap?.map.jumpTo({ center: c, zoom: z }), [at, zoom] as const);
  await waitForMapIdle(page);
}

/** Clicks the map at the screen position of `at` (`[lng, lat]`), with modifier keys held if given. */
export async function clickMapAt(page: Page, at: readonly [number, number], modifiers: ('Shift' | 'Alt')[] = []): Promise<void> {
  const point = await page.evaluate((p) => {
    const map = window.__gridmap?.map;
    if (!map) throw new Error('no map');
    const px = map.project(p);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + px.x, y: rect.top + px.y };
  }, at as [number, number]);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

/** Text properties of every feature a GeoJSON source holds (for labels and codes on the map). */
export async function sourceProps(page: Page, source: string, key: string): Promise<string[]> {
  return page.evaluate(([s, k]) => (window.__gridmap?.map.querySourceFeatures(s) ?? []).map((f) => String(f.properties[k])), [source, key] as const);
}

/** The text shown in the selection counter of the toolbar. */
export function selectionCount(page: Page): Promise<string> {
  return page.locator('[data-testid="selection-count"]').innerText();
}

/** Switches the UI language with the header's switch and waits for `<html lang>`. */
export async function switchLanguage(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await page.locator(`.language-switch button[lang="${locale}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/**
 * Centres the map on the first of `buildings` at zoom 17, clicks it (a click paints the whole
 * neighbourhood by default) and waits until the selection counts all of them.
 */
export async function selectNeighbourhood(page: Page, buildings: readonly { at: [number, number] }[]): Promise<void> {
  const first = buildings[0];
  if (!first) throw new Error('the neighbourhood has no buildings');
  await centreOn(page, first.at, 17);
  await clickMapAt(page, first.at);
  await expect.poll(() => selectionCount(page)).toContain(String(buildings.length));
}
