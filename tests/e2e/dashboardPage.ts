/**
 * Page-side helpers for the coverage dashboard tests: waiting for the map to settle after a fit,
 * reading what the map draws and where, and reading the panel.
 */
import type { Page } from 'playwright-core';
import { waitForMapIdle } from './harness';

/** Waits until a camera move (a fit takes ~1 s) has ended and the new view is drawn. */
export async function waitForMapSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__gridmap?.map;
        if (!map || !map.isMoving()) return resolve();
        map.once('moveend', () => resolve());
      }),
  );
  await waitForMapIdle(page);
}

/** Runs `action` (a key press or click that should move the map) and waits for the map to settle there. */
export async function andSettle(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => window.__gridmap?.map.getCenter().toArray());
  await action();
  // The fit starts on the store change after the event; give it the frame it needs to begin.
  await page.waitForFunction(
    (b) => {
      const map = window.__gridmap?.map;
      const c = map?.getCenter().toArray();
      return Boolean(map && (map.isMoving() || !b || c?.[0] !== b[0] || c?.[1] !== b[1]));
    },
    before,
    { timeout: 5_000 },
  );
  await waitForMapSettled(page);
}

/** Where a `[lng, lat]` point is drawn, and the centre of the map area no floating panel covers (CSS px). */
export async function placeOnMap(page: Page, lngLat: [number, number]): Promise<{ point: [number, number]; freeCentre: [number, number] }> {
  return page.evaluate((p) => {
    const map = window.__gridmap?.map;
    if (!map) throw new Error('no map');
    const canvas = map.getCanvas().getBoundingClientRect();
    const legend = document.querySelector('.legend')?.getBoundingClientRect();
    const left = legend ? legend.right - canvas.left : 0;
    const projected = map.project(p);
    return { point: [projected.x, projected.y] as [number, number], freeCentre: [(left + canvas.width) / 2, canvas.height / 2] as [number, number] };
  }, lngLat);
}

/** Centre of a `[minLng, minLat, maxLng, maxLat]` box. */
export function bboxCentre(b: [number, number, number, number]): [number, number] {
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

/** The `id` a highlight layer's filter matches now, or null when it matches nothing. */
export async function highlightedId(page: Page, layerId: string): Promise<number | null> {
  return page.evaluate((id) => {
    const filter = window.__gridmap?.map.getFilter(id) as unknown[] | undefined;
    const value = filter?.[2];
    return typeof value === 'number' && value >= 0 ? value : null;
  }, layerId);
}

/** The text of every element matching `selector`, trimmed, in page order. */
export async function texts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((t) => t.trim());
}

/** Waits until the panel shows the unit named `name`, fully loaded (not the previous unit dimmed). */
export async function waitForUnit(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelector('.breadcrumb__current')?.textContent?.trim() === n &&
      document.querySelector('.panel-body')?.getAttribute('aria-busy') === 'false',
    name,
    { timeout: 10_000 },
  );
}
