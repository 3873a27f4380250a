/**
 * Page-side helpers for the as-of date tests: dragging the slider with the mouse, waiting for a
 * day to be applied, and asking the map what it draws for one building.
 */
import type { Page } from 'playwright-core';
import { waitForMapIdle } from './harness';

/** The day the bar shows ('' for today), read from its `data-as-of`. */
export async function shownDay(page: Page): Promise<string> {
  return (await page.locator('.as-of-bar').getAttribute('data-as-of')) ?? '';
}

/**
 * Drags the slider's thumb with the mouse to the fraction `at` (0 = first day, 1 = today) of
 * its track, releases it, and waits until the day is applied and the map has redrawn.
 */
export async function dragSliderTo(page: Page, at: number): Promise<string> {
  const range = page.locator('.as-of-bar__range');
  const box = await range.boundingBox();
  if (!box) throw new Error('no slider on the page');
  const value = Number(await range.inputValue());
  const max = Number(await range.getAttribute('max'));
  // Chromium's thumb is ~16 px wide: its centre travels from 8 px to width - 8 px.
  const x = (fraction: number) => box.x + 8 + fraction * (box.width - 16);
  const y = box.y + box.height / 2;
  await page.mouse.move(x(value / max), y);
  await page.mouse.down();
  // Several small moves, as a hand makes: the debounce must apply only the last one.
  for (let k = 1; k <= 6; k++) await page.mouse.move(x(value / max + ((at - value / max) * k) / 6), y);
  await page.mouse.up();
  await page.waitForFunction(() => (document.querySelector('.as-of-bar')?.getAttribute('data-as-of') ?? '') !== '');
  await waitForAppliedDay(page);
  return shownDay(page);
}

/** Waits until the day on the bar is the one the URL carries (the debounce has fired) and the map is idle. */
export async function waitForAppliedDay(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shown = document.querySelector('.as-of-bar')?.getAttribute('data-as-of') ?? '';
    return (new URLSearchParams(window.location.search).get('asOf') ?? '') === shown;
  });
  await waitForMapIdle(page);
}

/** Whether style layer `layerId` draws a feature whose `id` property is `id` in the current view. */
export async function drawsFeature(page: Page, layerId: string, id: number): Promise<boolean> {
  return page.evaluate(
    ([layer, wanted]) => (window.__gridmap?.map.queryRenderedFeatures({ layers: [layer] }) ?? []).some((f) => f.properties?.id === wanted),
    [layerId, id] as const,
  );
}

/** Waits until `layerId` draws (or, with `drawn` false, no longer draws) feature `id`. */
export async function waitForFeature(page: Page, layerId: string, id: number, drawn = true): Promise<void> {
  await page.waitForFunction(
    ([layer, wanted, want]) => (window.__gridmap?.map.queryRenderedFeatures({ layers: [layer] }) ?? []).some((f) => f.properties?.id === wanted) === want,
    [layerId, id, drawn] as const,
    { timeout: 30_000 },
  );
}

/** The sub-district's households as the panel's coverage hero writes them. */
export async function panelHouseholds(page: Page): Promise<string> {
  return (await page.locator('[data-kpi="coverage"]').innerText()).replace(/\s+/g, ' ');
}

/** Whether the "not today" banner shows its whole text (not cut off with an ellipsis). */
export async function bannerFits(page: Page): Promise<boolean> {
  return page.locator('.as-of-bar__banner').evaluate((el) => el.scrollWidth <= el.clientWidth);
}
