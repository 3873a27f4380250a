/**
 * Serves vector tiles built from SQLite through the R*Tree, with an in-memory LRU cache
 * keyed by data version and day: a write bumps the version, so cached tiles of older data are
 * never served again. A past day's tile cannot change without a write (history is only
 * changed by writes, which bump the version), so version + day + address is a sound key; one
 * LRU bounds today's tiles and every past day's together.
 */
import { TILE_LAYER_NAMES, TILE_MAX_ZOOM, TILE_MIN_ZOOM } from '../../shared/api';
import { tileBBox } from '../../shared/geo/bbox';
import type { LayerRepository, PastView } from '../repositories/layers';
import type { DataVersion } from '../db/version';
import { encodeTile, TILE_BUFFER, TILE_EXTENT } from './encode';
import { LruCache } from './lru';

/** A tile, or null for an empty one. */
export type TileResult = { data: Uint8Array | null; cached: boolean; version: number };

export interface TileService {
  /**
   * The tile at z/x/y (XYZ scheme); with `past`, as the map stood on `past.asOf`. Throws a
   * RangeError when the address is off the map.
   */
  get(z: number, x: number, y: number, past?: PastView): TileResult;
  clear(): void;
}

export function tileService(layers: LayerRepository, version: DataVersion, maxEntries = 4096): TileService {
  const cache = new LruCache<string, Uint8Array | null>(maxEntries);
  let cachedVersion = -1;

  return {
    get(z, x, y, past) {
      if (z < 0 || z > TILE_MAX_ZOOM) throw new RangeError(`Zoom ${z} is outside 0..${TILE_MAX_ZOOM}.`);
      const n = 2 ** z;
      if (x < 0 || x >= n || y < 0 || y >= n) throw new RangeError(`Tile ${z}/${x}/${y} is off the map: x and y run 0..${n - 1} at zoom ${z}.`);
      const v = version.get();
      if (v !== cachedVersion) {
        cache.clear();
        cachedVersion = v;
      }
      const key = `${past?.asOf ?? 'today'}/${z}/${x}/${y}`;
      const hit = cache.get(key);
      if (hit !== undefined) return { data: hit, cached: true, version: v };

      const box = tileBBox(z, x, y, TILE_BUFFER / TILE_EXTENT);
      const inputs = TILE_LAYER_NAMES.filter((name) => z >= TILE_MIN_ZOOM[name]).map((name) => ({
        name,
        features: layers.features(name, box, past),
      }));
      const data = encodeTile(z, x, y, inputs);
      cache.set(key, data);
      return { data, cached: false, version: v };
    },
    clear: () => cache.clear(),
  };
}
