/**
 * Page-side helpers for the secretary's tests: the colour the map gives a building, the rows of
 * the panel's work lists, downloads, and the size of a PNG.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** The fill colour (#rrggbb) the map draws building `id` with, or null when it is not drawn. */
export async function buildingColour(page: Page, id: number): Promise<string | null> {
  return page.evaluate((wanted) => {
    const map = window.__gridmap?.map;
    const feature = map?.queryRenderedFeatures({ layers: ['building-fill'], filter: ['==', ['get', 'id'], wanted] })[0];
    const c = (feature?.layer.paint as Record<string, unknown> | undefined)?.['fill-color'] as { r: number; g: number; b: number } | undefined;
    const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
    return c ? `#${hex(c.r)}${hex(c.g)}${hex(c.b)}` : null;
  }, id);
}

/** Waits until building `id` is drawn in `colour` (tiles reload after a write). */
export async function waitForBuildingColour(page: Page, id: number, colour: string): Promise<void> {
  await page.waitForFunction(
    ([wanted, hexWanted]) => {
      const map = window.__gridmap?.map;
      const feature = map?.queryRenderedFeatures({ layers: ['building-fill'], filter: ['==', ['get', 'id'], wanted] })[0];
      const c = (feature?.layer.paint as Record<string, unknown> | undefined)?.['fill-color'] as { r: number; g: number; b: number } | undefined;
      const hex = (v: number) => Math.round(v * 255).toString(16).padStart(2, '0');
      return c !== undefined && `#${hex(c.r)}${hex(c.g)}${hex(c.b)}` === hexWanted;
    },
    [id, colour] as const,
    { timeout: 20_000 },
  );
}

/** The `data-id`s of the rows matching `selector`, as numbers, in page order. */
export async function rowIds(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-id'))));
}

/** Clicks `selector` and returns the text (UTF-8) and the saved path of the download it starts. */
export async function download(page: Page, selector: string, saveAs: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  await file.saveAs(saveAs);
  return readFileSync(saveAs, 'utf8');
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const head = readFileSync(path).subarray(0, 24);
  if (head.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** The browser context's session cookie as a `cookie` header, to ask the server what that session may do. */
export async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'gridmap_session');
  if (!cookie) throw new Error('no session cookie in the browser');
  return `${cookie.name}=${cookie.value}`;
}
