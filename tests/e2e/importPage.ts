/**
 * Page-side helpers for the import wizard's tests: opening a section of the administration
 * page, taking a file through upload and check, reading what the wizard shows, the buildings
 * the map draws; and files to import: the fixture Shapefile moved into the demo sub-district
 * (the map only draws tiles inside it), and a GCJ-02 copy that sits off by hundreds of metres.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { fromWgs84, transformGeometry } from '../../shared/crs/systems';
import type { BBox } from '../../shared/model';
import { zipFiles, type ZipFile } from '../../server/export/zip-write';
import { extractZipEntry, readZipEntries } from '../../server/import/zip';

/** Opens a section (`import`, `export` …) of the administration page by its tab. */
export async function openAdminSection(page: Page, section: string): Promise<void> {
  await page.locator(`.admin__tabs [data-section="${section}"]`).click();
  await page.locator(`.admin__section [data-section="${section}"]`).waitFor();
}

/** Chooses `layer` and `file` in step 1 and clicks upload. */
export async function chooseAndUpload(page: Page, layer: string, file: string): Promise<void> {
  const form = page.locator('[data-form="import-file"]');
  await form.locator('select[name="layer"]').selectOption(layer);
  await form.locator('input[name="file"]').setInputFiles(file);
  await form.locator('[data-action="upload"]').click();
}

/** Uploads `file` as `layer` and waits for the column-mapping step. */
export async function uploadForImport(page: Page, layer: string, file: string): Promise<void> {
  await chooseAndUpload(page, layer, file);
  await page.locator('[data-step="mapping"]').waitFor({ timeout: 30_000 });
}

/** Starts the check and waits for the validation report. */
export async function checkImport(page: Page): Promise<void> {
  await page.locator('[data-step="mapping"] [data-action="validate"]').click();
  await page.locator('[data-step="report"]').waitFor({ timeout: 30_000 });
}

/** Field → the column its select shows, in the mapping table. */
export async function mappedColumns(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-table="mapping"] tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-field') ?? '', (r.querySelector('select') as HTMLSelectElement | null)?.value ?? ''])),
  );
}

/** The report's counts as shown (rows, valid, refused, repaired, warnings). */
export async function reportCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-part="counts"] [data-count]').evaluateAll((items) =>
    Object.fromEntries(items.map((i) => [i.getAttribute('data-count') ?? '', Number(i.querySelector('dd')?.textContent)])),
  );
}

/** The text of each row of the issue table. */
export async function issueRows(page: Page): Promise<string[]> {
  return page.locator('[data-table="issues"] tbody tr').allInnerTexts();
}

/** Addresses of the buildings the map draws in the current view. */
export async function renderedBuildingAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__gridmap?.map;
    return (map?.queryRenderedFeatures({ layers: ['building-fill'] }) ?? []).map((f) => String(f.properties?.address ?? ''));
  });
}

/**
 * Writes to `dest` the first `count` features of the GeoJSON at `src`, moved by `[dx, dy]`
 * degrees and then into GCJ-02 (as an AMap export would have them), renamed with `prefix`: a
 * file taken for WGS-84 by mistake.
 */
export function gcj02Copy(src: string, dest: string, count: number, prefix: string, [dx, dy]: Shift = [0, 0]): void {
  const data = JSON.parse(readFileSync(src, 'utf8')) as FeatureCollection;
  const toGcj02 = fromWgs84('gcj02');
  const features = data.features.slice(0, count).map((f, i) => ({
    ...f,
    geometry: f.geometry && transformGeometry(f.geometry, (lng, lat) => toGcj02(lng + dx, lat + dy)),
    properties: { ...f.properties, 地址: `${prefix}${i + 1}号楼` },
  }));
  writeFileSync(dest, JSON.stringify({ type: 'FeatureCollection', features }));
}

type Shift = [number, number];

/** The bounding box in a .shp or .shx header (little-endian doubles at byte 36). */
function headerBox(file: Buffer): BBox {
  return [file.readDoubleLE(36), file.readDoubleLE(44), file.readDoubleLE(52), file.readDoubleLE(60)];
}

/** Moves the box of 4 doubles (xmin, ymin, xmax, ymax) at `at` by `[dx, dy]`, in place. */
function moveBox(file: Buffer, at: number, [dx, dy]: Shift): void {
  for (const [i, d] of [[0, dx], [8, dy], [16, dx], [24, dy]] as const) file.writeDoubleLE(file.readDoubleLE(at + i) + d, at + i);
}

/** Moves every point of a .shp (points, lines and polygons, without Z/M) by `[dx, dy]` degrees, in place. */
function moveShp(file: Buffer, shift: Shift): void {
  moveBox(file, 36, shift);
  for (let offset = 100; offset + 8 <= file.length;) {
    const rec = offset + 8;
    const type = file.readInt32LE(rec);
    const points: number[] = [];
    if (type === 1) points.push(rec + 4);
    if (type === 3 || type === 5) {
      moveBox(file, rec + 4, shift);
      const parts = file.readInt32LE(rec + 36);
      const count = file.readInt32LE(rec + 40);
      for (let i = 0; i < count; i++) points.push(rec + 44 + 4 * parts + 16 * i);
    }
    for (const at of points) {
      file.writeDoubleLE(file.readDoubleLE(at) + shift[0], at);
      file.writeDoubleLE(file.readDoubleLE(at + 8) + shift[1], at + 8);
    }
    offset = rec + file.readInt32BE(offset + 4) * 2;
  }
}

/**
 * Writes to `dest` the zipped Shapefile `src` moved so that its box is centred on `centre`
 * (`[lng, lat]`); attributes, .prj and .cpg stay byte for byte. Returns the shift in degrees.
 */
export async function recentredShapefile(src: string, dest: string, centre: [number, number], workDir: string): Promise<Shift> {
  const files: ZipFile[] = [];
  for (const entry of await readZipEntries(src)) {
    const path = join(workDir, basename(entry.name));
    await extractZipEntry(src, entry, path);
    files.push({ name: entry.name, data: readFileSync(path) });
  }
  const shp = files.find((f) => /\.shp$/i.test(f.name));
  if (!shp) throw new Error(`${src} holds no .shp`);
  const [w, s, e, n] = headerBox(shp.data);
  const shift: Shift = [centre[0] - (w + e) / 2, centre[1] - (s + n) / 2];
  moveShp(shp.data, shift);
  for (const f of files) if (/\.shx$/i.test(f.name)) moveBox(f.data, 36, shift);
  writeFileSync(dest, zipFiles(files));
  return shift;
}
