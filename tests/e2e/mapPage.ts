/**
 * Page-side helpers for the map tests: finding a spot to click whose topmost clickable feature
 * is on a given layer, and reading the popup.
 */
import type { Page } from 'playwright-core';

export interface ClickTarget {
  /** Page coordinates (CSS px) to click. */
  x: number;
  y: number;
  /** The properties of the feature the click should select. */
  props: Record<string, unknown>;
}

/**
 * A point on the page where a click selects a feature of `layerId`: the topmost clickable
 * feature there (within the adapter's 3 px slop) belongs to that layer, and no panel covers it.
 */
export async function findClickTarget(page: Page, layerId: string): Promise<ClickTarget> {
  const found = await page.evaluate((wanted) => {
    const map = window.__gridmap?.map;
    if (!map) return null;
    const interactive = map
      .getStyle()
      .layers.filter((l) => (l.metadata as Record<string, unknown> | undefined)?.['gridmap:interactive'] === true)
      .map((l) => l.id);
    const rect = map.getCanvas().getBoundingClientRect();
    const topHit = (x: number, y: number) =>
      map.queryRenderedFeatures(
        [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ],
        { layers: interactive },
      )[0];
    const clear = (x: number, y: number) => document.elementFromPoint(rect.left + x, rect.top + y) === map.getCanvas();
    const accept = (x: number, y: number) => {
      if (x < 20 || y < 20 || x > rect.width - 20 || y > rect.height - 20 || !clear(x, y)) return null;
      const hit = topHit(x, y);
      return hit?.layer.id === wanted ? { x: rect.left + x, y: rect.top + y, props: { ...hit.properties } } : null;
    };
    // Points (stars) first: click right on a rendered one.
    for (const feature of map.queryRenderedFeatures({ layers: [wanted] })) {
      if (feature.geometry.type !== 'Point') break;
      const p = map.project(feature.geometry.coordinates as [number, number]);
      const target = accept(p.x, p.y);
      if (target) return target;
    }
    // Areas: scan the view on a coarse grid, from the middle outwards.
    const cx = rect.width / 2;
    const cy = rect.height / 2;
    for (let ring = 0; ring < Math.max(cx, cy); ring += 23) {
      for (const [dx, dy] of [[ring, 0], [-ring, 0], [0, ring], [0, -ring], [ring, ring], [-ring, -ring], [ring, -ring], [-ring, ring]]) {
        const target = accept(cx + (dx ?? 0), cy + (dy ?? 0));
        if (target) return target;
      }
    }
    return null;
  }, layerId);
  if (!found) throw new Error(`nothing on ${layerId} to click in this view`);
  return found;
}

/** Waits for the feature popup and returns its text. */
export async function popupText(page: Page): Promise<string> {
  const popup = page.locator('.feature-popup');
  await popup.waitFor({ state: 'visible', timeout: 10_000 });
  return (await popup.textContent()) ?? '';
}
