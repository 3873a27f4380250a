/**
 * Page-side helpers for the relocation page's end-to-end test: the counters as shown, features
 * the map draws in a layer (in the whole view or near a place), and waiting for the map to settle.
 */
import type { Page } from 'playwright-core';
import { waitForMapIdle } from './harness';

/** The four counters' figures as the page shows them. */
export async function counterValues(page: Page): Promise<Record<'affected' | 'resettled' | 'unaccounted' | 'lostContact', number>> {
  const values = await page.locator('.reloc-counter').evaluateAll((buttons) =>
    Object.fromEntries(buttons.map((b) => [b.getAttribute('data-counter') ?? '', Number(b.querySelector('.reloc-counter__value')?.textContent)])));
  return { affected: NaN, resettled: NaN, unaccounted: NaN, lostContact: NaN, ...values };
}

/** How many features of style layer `layer` the map draws in its whole view. */
export async function drawnCount(page: Page, layer: string): Promise<number> {
  await waitForMapIdle(page);
  return page.evaluate((id) => window.__gridmap?.map.queryRenderedFeatures({ layers: [id] }).length ?? 0, layer);
}

/** The `state` property of the features of `layer` drawn within `radius` px of `[lng, lat]`. */
export async function statesNear(page: Page, layer: string, at: [number, number], radius = 8): Promise<string[]> {
  await waitForMapIdle(page);
  return page.evaluate(([id, lngLat, r]) => {
    const map = window.__gridmap?.map;
    if (!map) return [];
    const p = map.project(lngLat);
    return map.queryRenderedFeatures([[p.x - r, p.y - r], [p.x + r, p.y + r]], { layers: [id] }).map((f) => String(f.properties.state));
  }, [layer, at, radius] as const);
}

/** Waits until the map has loaded and drawn the page's data (the zones layer has something in view). */
export async function waitForRelocationMap(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__gridmap?.map.getLayer('reloc-zone-fill')), undefined, { timeout: 60_000 });
  await page.locator('.reloc-counter').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => (window.__gridmap?.map.querySourceFeatures('reloc-zones').length ?? 0) > 0, undefined, { timeout: 30_000 });
  await waitForMapIdle(page);
}

/** Sets the dashboard's as-of slider to `day` (YYYY-MM-DD, within its range) as dragging it would, and waits for the day to apply. */
export async function setAsOfDay(page: Page, day: string, today: string): Promise<void> {
  const slider = page.locator('#as-of-range');
  const last = Number(await slider.getAttribute('max'));
  const back = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
  await slider.evaluate((el, index) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, String(index));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, last - back);
  await page.locator(`.as-of-bar[data-as-of="${day}"]`).waitFor({ timeout: 10_000 });
}
