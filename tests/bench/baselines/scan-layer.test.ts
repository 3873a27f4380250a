import { describe, expect, it } from 'vitest';
import { layerQuery } from '../../../server/repositories/layer-sql';
import { layerRepository } from '../../../server/repositories/layers';
import { dataVersion } from '../../../server/db/version';
import { tileService } from '../../../server/tiles/tile-service';
import { boxQueryUsesRtree, shadowRtree } from '../../../bench/baselines/scan-layer';
import { wholeLayerTile } from '../../../bench/baselines/whole-layer-tile';
import { boxAround, middleOfData, tileAt } from '../../../bench/lib/place';
import { demoDatabase } from '../demo-db';

describe('baselines without the R*Tree', () => {
  it('shadowing the R*Tree with a plain scan keeps the box query’s answer and drops the index', () => {
    const db = demoDatabase();
    const [minLng, minLat, maxLng, maxLat] = boxAround(middleOfData(db).centre, 500);
    const params = { minLng, minLat, maxLng, maxLat };
    const indexed = db.prepare(layerQuery('buildings', true)).all(params);
    expect(indexed.length).toBeGreaterThan(10);
    expect(boxQueryUsesRtree(db, 'buildings')).toBe(true);
    shadowRtree(db, 'building');
    expect(boxQueryUsesRtree(db, 'buildings')).toBe(false);
    expect(db.prepare(layerQuery('buildings', true)).all(params)).toEqual(indexed);
  });

  it('cuts the same tile from whole layers as the tile service does through the R*Tree', () => {
    const db = demoDatabase();
    const layers = layerRepository(db);
    const { z, x, y } = tileAt(middleOfData(db).centre, 16);
    const served = tileService(layers, dataVersion(db)).get(z, x, y).data;
    expect(served?.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(wholeLayerTile(layers, z, x, y) ?? [])).toEqual(Buffer.from(served ?? []));
  });
});
