/**
 * Issue "foundation": latency of the layers and tiles API over real HTTP, cold and warm,
 * with the R*Tree against a plain scan and a tile cut from whole layers.
 */
import { boxQueryUsesRtree, shadowRtree } from '../baselines/scan-layer';
import { wholeLayerTile } from '../baselines/whole-layer-tile';
import type { Scale } from '../lib/datasets';
import { fetchBody, firstRequestAfterStart, startApp } from '../lib/http';
import { interleave } from '../lib/interleave';
import { boxAround, middleOfData, tileAt } from '../lib/place';
import { count, toRow, type Suite, type SuiteContext, type SuiteResult } from '../lib/result';

/** Side of the bbox query's box, metres. */
const BOX_SIDE_M = 500;
const TILE_ZOOM = 16;

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean =>
  a !== null && b !== null && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

async function runScale(ctx: SuiteContext, scale: Scale, { rows, notes }: SuiteResult): Promise<void> {
  const dbPath = ctx.dbPath(scale);
  const main = await startApp(dbPath);
  const scan = await startApp(dbPath, (db) => shadowRtree(db, 'building'));
  try {
    const middle = middleOfData(main.db);
    const box = boxAround(middle.centre, BOX_SIDE_M);
    const { z, x, y } = tileAt(middle.centre, TILE_ZOOM);
    const paths = {
      branches: '/api/layers/branches',
      bbox: `/api/layers/buildings?bbox=${box.map((v) => v.toFixed(6)).join(',')}`,
      tile: `/api/tiles/${z}/${x}/${y}.mvt`,
    };

    // The baseline must do the candidate's work minus the index: same answer, no R*Tree.
    const indexed = await fetchBody(main.base + paths.bbox);
    const scanned = await fetchBody(scan.base + paths.bbox);
    if (!indexed.equals(scanned)) throw new Error(`${scale}: the plain-scan bbox answer differs from the R*Tree one; the baseline is not comparable.`);
    if (!boxQueryUsesRtree(main.db, 'buildings') || boxQueryUsesRtree(scan.db, 'buildings')) {
      throw new Error(`${scale}: query plans do not show R*Tree on the candidate and a plain scan on the baseline.`);
    }
    const features = (JSON.parse(indexed.toString('utf8')) as { features: unknown[] }).features.length;
    const served = await fetchBody(main.base + paths.tile);
    main.app.tiles.clear();
    const fromIndex = main.app.tiles.get(z, x, y).data;
    const fromWhole = wholeLayerTile(main.app.layers, z, x, y);
    if (!sameBytes(fromIndex, fromWhole)) throw new Error(`${scale}: tile ${z}/${x}/${y} cut from whole layers differs from the served one; the baseline is not comparable.`);
    notes.push(
      `${scale}: box ${box.map((v) => v.toFixed(5)).join(',')} (${BOX_SIDE_M} m a side) holds ${features} buildings; ` +
        `R*Tree and plain-scan answers are byte-identical (${indexed.length} bytes) and EXPLAIN QUERY PLAN shows the R*Tree only on the candidate. ` +
        `Tile ${z}/${x}/${y}: ${served.length} bytes, byte-identical when cut from whole layers.`,
    );

    const warm = (base: string, path: string) => ({ run: () => fetchBody(base + path) });
    const coldStarts = count(ctx, 15, 4);
    ctx.log(`foundation ${scale}: branches layer`);
    rows.push(toRow(scale, 'GET /api/layers/branches', 'warm', 'first request after start',
      await interleave(warm(main.base, paths.branches), firstRequestAfterStart(dbPath, paths.branches), { iterations: coldStarts, warmup: 1 })));
    ctx.log(`foundation ${scale}: buildings in a box`);
    rows.push(toRow(scale, `GET /api/layers/buildings?bbox (${BOX_SIDE_M} m box)`, 'warm', 'first request after start',
      await interleave(warm(main.base, paths.bbox), firstRequestAfterStart(dbPath, paths.bbox), { iterations: coldStarts, warmup: 1 })));
    rows.push(toRow(scale, `GET /api/layers/buildings?bbox (${BOX_SIDE_M} m box)`, 'warm, R*Tree', 'warm, plain scan of bbox columns',
      await interleave(warm(main.base, paths.bbox), warm(scan.base, paths.bbox), { iterations: count(ctx, 200, 40), warmup: 10 })));
    ctx.log(`foundation ${scale}: z${z} tile`);
    rows.push(toRow(scale, `GET z${z} tile`, 'warm (cached)', 'cold (cache cleared)',
      await interleave(warm(main.base, paths.tile), { before: () => main.app.tiles.clear(), run: () => fetchBody(main.base + paths.tile) }, { iterations: count(ctx, 100, 20), warmup: 5 })));
    rows.push(toRow(scale, `GET z${z} tile`, 'warm (cached)', 'first request after start',
      await interleave(warm(main.base, paths.tile), firstRequestAfterStart(dbPath, paths.tile), { iterations: coldStarts, warmup: 1 })));
    rows.push(toRow(scale, `cut z${z} tile in process (no HTTP, no cache)`, 'R*Tree pre-filter', 'geojson-vt on whole layers',
      await interleave(
        { before: () => main.app.tiles.clear(), run: () => main.app.tiles.get(z, x, y) },
        { run: () => wholeLayerTile(main.app.layers, z, x, y) },
        { iterations: count(ctx, 30, 8), warmup: 2 },
      )));
  } finally {
    await main.close();
    await scan.close();
  }
}

export const foundationSuite: Suite = {
  name: 'foundation',
  title: 'Issue "foundation": layers and tiles',
  runScale,
};
