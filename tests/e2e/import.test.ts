/**
 * The import wizard and export downloads in real Chromium against the real server, as the demo
 * administrator: a zipped Shapefile with Chinese attributes is uploaded (with progress),
 * its Chinese headers come pre-mapped, the validation report lists what is wrong row by row
 * and downloads as CSV, the valid part is imported and the new buildings are drawn on the map.
 * A GCJ-02 file taken for WGS-84 is warned about, re-checked in GCJ-02 with one click, and
 * "import nothing" leaves the data as it was. Exports download per layer and format.
 * Screenshots (tests/screenshots/import-*.png, export-*.png) at 1920×1080 and 1366×768, in
 * Chinese and English.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetaResponse } from '../../shared/api';
import type { ImportJobDto } from '../../shared/import/api';
import { PageLog, SCREENSHOT_DIR, VIEWPORTS, apiGet, buildClientOnce, launchBrowser, openSignedIn, startServer, waitForMapIdle, type RunningServer } from './harness';
import { checkImport, chooseAndUpload, gcj02Copy, recentredShapefile, issueRows, mappedColumns, openAdminSection, renderedBuildingAddresses, reportCounts, uploadForImport } from './importPage';
import { download } from './secretaryPage';

/** The fixture: an ogr2ogr Shapefile with Chinese attributes (one row refused), moved into the demo sub-district below. */
const FIXTURE = resolve('data/fixtures/generated/tiny-buildings-zh-utf8.zip');
const GEOJSON = resolve('data/fixtures/generated/buildings-zh.geojson');
const NEW_ADDRESSES = ['测试新村1号楼', '测试新村2号楼', '测试路商铺'];

let server: RunningServer;
let browser: Browser;
let page: Page;
let work: string;
/** The fixture as imported: centred on the demo sub-district, whose extent bounds the map's tiles. */
let SHAPEFILE: string;
/** How far the fixture was moved, `[dLng, dLat]` degrees. */
let moved: [number, number];
const log = new PageLog();

const shot = (name: string) => join(SCREENSHOT_DIR, `${name}.png`);

/** Screenshots `p` at 1920×1080 and at 1366×768 (`import-wall-zh-report`, `import-laptop-zh-report` …), leaving it at 1920×1080. */
async function shootBoth(p: Page, name: (size: 'wall' | 'laptop') => string, fullPage = false): Promise<void> {
  for (const size of ['laptop', 'wall'] as const) {
    await p.setViewportSize(VIEWPORTS[size]);
    await p.screenshot({ path: shot(name(size)), fullPage });
  }
}
const buildingCount = async () => (await apiGet<{ features: unknown[] }>(server.origin, '/api/layers/buildings')).features.length;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'gridmap-import-e2e-'));
  await buildClientOnce();
  server = await startServer();
  const [w, s, e, n] = (await apiGet<MetaResponse>(server.origin, '/api/meta')).bbox ?? [0, 0, 0, 0];
  SHAPEFILE = join(work, 'tiny-buildings-zh-utf8.zip');
  moved = await recentredShapefile(FIXTURE, SHAPEFILE, [(w + e) / 2, (s + n) / 2], mkdtempSync(join(work, 'unzip-')));
  browser = await launchBrowser();
  ({ page } = await openSignedIn(browser, server.origin, log, VIEWPORTS.wall, 'admin', '/admin'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the import wizard (1920×1080, Chinese)', () => {
  it('uploads a zipped Shapefile and pre-maps its Chinese headers', async () => {
    await openAdminSection(page, 'import');
    expect(await page.locator('[data-section="import"] .importer__title').textContent()).toBe('导入数据');
    await page.screenshot({ path: shot('import-wall-zh-file') });
    await uploadForImport(page, 'buildings', SHAPEFILE);
    expect(await page.locator('[data-part="analysed"]').textContent()).toBe('tiny-buildings-zh-utf8.zip：Shapefile，4 条记录，4 列');
    expect(await mappedColumns(page)).toMatchObject({ address: '地址', households: '户数', floors: '层数', use: '用途', branch_code: '' });
    expect(await page.locator('[data-part="crs-declared"]').textContent()).toContain('WGS-84');
    // The user's own choice: a default for empty status cells, which the check must receive.
    await page.locator('[data-table="mapping"] input[name="default-status"]').fill('normal');
    await shootBoth(page, (size) => `import-${size}-zh-mapping`);
  });

  it('shows the validation report row by row, and downloads it as CSV', async () => {
    await checkImport(page);
    expect(await reportCounts(page)).toEqual({ rows: 4, valid: 3, refused: 1, repaired: 0, warnings: 0 });
    const rows = await issueRows(page);
    expect(rows.find((r) => r.includes('不是数字'))).toMatch(/^4\s+拒绝\s+不是数字\s+户数\s+address 交叉楼/);
    expect(rows.some((r) => r.includes('边界自相交') && r.includes('交叉楼'))).toBe(true);
    expect(await page.locator('[data-part="effect"]').textContent()).toBe('导入将新增 3 条、更新 0 条、删除 0 条。');
    expect(await page.locator('[data-action="commit"]').textContent()).toBe('导入有效部分（3 条）');
    const jobs = (await apiGet<{ jobs: ImportJobDto[] }>(server.origin, '/api/imports', 'admin')).jobs;
    expect(jobs[0]?.settings?.mapping.defaults).toEqual({ status: 'normal' });
    const csv = await download(page, '[data-action="report-csv"]', join(work, 'report.csv'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"4","error","not_a_number","households"');
    expect(csv).toContain('十二');
    await shootBoth(page, (size) => `import-${size}-zh-report`, true);
  });

  it('imports the valid part, and the new buildings are drawn on the map', async () => {
    const before = await buildingCount();
    await page.locator('[data-action="commit"]').click();
    await page.locator('[data-step="result"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-part="result"]').textContent()).toBe('新增 3 条，更新 0 条，删除 0 条；1 条有错误，未导入。');
    expect(await buildingCount()).toBe(before + 3);
    await page.screenshot({ path: shot('import-wall-zh-result') });
    await page.locator('[data-action="open-map"]').click();
    await waitForMapIdle(page);
    await page.waitForFunction(
      (wanted) => {
        const shown = new Set((window.__gridmap?.map.queryRenderedFeatures({ layers: ['building-fill'] }) ?? []).map((f) => f.properties?.address));
        return wanted.every((a) => shown.has(a));
      },
      NEW_ADDRESSES,
      { timeout: 30_000 },
    );
    expect(await renderedBuildingAddresses(page)).not.toContain('交叉楼');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.screenshot({ path: shot('import-wall-zh-map') });
  });

  it('warns of a layer shifted by hundreds of metres, re-checks it as GCJ-02, and imports nothing when told', async () => {
    const shifted = join(work, '高德楼栋.geojson');
    gcj02Copy(GEOJSON, shifted, 3, '偏移', moved);
    await page.goto(`${server.origin}/admin`);
    await openAdminSection(page, 'import');
    await uploadForImport(page, 'buildings', shifted);
    await checkImport(page);
    const banner = page.locator('[data-part="shift"]');
    expect(await banner.textContent()).toContain('这个图层可能整体偏移了数百米');
    expect(await banner.textContent()).toMatch(/about \d{3} m off/);
    await page.screenshot({ path: shot('import-wall-zh-shift'), fullPage: true });
    await banner.locator('[data-action="retry-crs"]').click();
    await page.waitForFunction(() => document.querySelector('[data-step="report"]') && !document.querySelector('[data-part="shift"]'), undefined, { timeout: 30_000 });
    const jobs = (await apiGet<{ jobs: ImportJobDto[] }>(server.origin, '/api/imports', 'admin')).jobs;
    expect(jobs[0]?.settings?.crs).toBe('gcj02');
    const before = await buildingCount();
    await page.locator('[data-step="report"] [data-action="discard"]').click();
    await page.locator('[data-form="import-file"]').waitFor();
    expect(await buildingCount()).toBe(before);
    expect((await apiGet<{ jobs: ImportJobDto[] }>(server.origin, '/api/imports', 'admin')).jobs.map((j) => j.fileName)).not.toContain('高德楼栋.geojson');
  });

  it('says in words why a file cannot be read', async () => {
    await openAdminSection(page, 'import');
    const notZip = join(work, '楼栋.zip');
    writeFileSync(notZip, 'this is not a zip archive');
    await chooseAndUpload(page, 'buildings', notZip);
    const error = page.locator('[data-part="error"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe("没有导入任何数据：the .zip file is not a ZIP archive (damaged or cut short?); zip the Shapefile's .shp, .shx, .dbf, .prj and .cpg together again");
    const cut = join(work, '损坏.geojson');
    writeFileSync(cut, '{"type": "FeatureCollection", "features": [');
    await uploadForImport(page, 'buildings', cut);
    expect(await issueRows(page)).toEqual([expect.stringMatching(/^整个文件\s+拒绝\s+文件无法读取\s+.*not complete JSON/)]);
    expect(await page.locator('[data-part="unreadable"]').isVisible()).toBe(true);
    expect(await page.locator('[data-action="validate"]').isDisabled()).toBe(true);
    await page.locator('[data-step="mapping"] [data-action="discard"]').click();
    await page.locator('[data-form="import-file"]').waitFor();
  });

  it('downloads every layer from the export section', async () => {
    await openAdminSection(page, 'export');
    expect(await page.locator('[data-table="exports"] tbody tr').count()).toBe(10);
    const geojson = JSON.parse(await download(page, '[data-layer="buildings"] [data-format="geojson"]', join(work, 'buildings.geojson'))) as { features: Array<{ properties: { address: string } }> };
    expect(geojson.features.map((f) => f.properties.address)).toEqual(expect.arrayContaining(NEW_ADDRESSES));
    await download(page, '[data-layer="members"] [data-format="shp"]', join(work, 'members.zip'));
    expect(readFileSync(join(work, 'members.zip')).subarray(0, 2).toString('latin1')).toBe('PK');
    await shootBoth(page, (size) => `export-${size}-zh`);
  });
});

describe('the wizard in English', () => {
  it('reads in English at 1920×1080 and 1366×768', async () => {
    const opened = await openSignedIn(browser, server.origin, log, VIEWPORTS.wall, 'admin', '/admin?lang=en');
    const p = opened.page;
    await openAdminSection(p, 'import');
    await uploadForImport(p, 'buildings', SHAPEFILE);
    expect(await p.locator('[data-part="crs-declared"]').textContent()).toBe('The file declares: WGS-84 (GPS, OpenStreetMap)');
    await shootBoth(p, (size) => `import-${size}-en-mapping`);
    await checkImport(p);
    expect(await p.locator('[data-action="commit"]').textContent()).toBe('Import the valid part (3)');
    expect((await issueRows(p)).find((r) => r.includes('Not a number'))).toMatch(/^4\s+refused\s+Not a number\s+households/);
    await shootBoth(p, (size) => `import-${size}-en-report`, true);
    await p.locator('[data-step="report"] [data-action="discard"]').click();
    await p.locator('[data-form="import-file"]').waitFor();
    await openAdminSection(p, 'export');
    await shootBoth(p, (size) => `export-${size}-en`);
    await opened.context.close();
  });

  it('loaded nothing from outside and raised no errors', () => {
    expect(log.foreign(server.origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
