/**
 * The baseline for cutting a tile: hand geojson-vt every feature of each tile layer (no
 * R*Tree pre-filter) and let it clip, as one would without a spatial index. Uses the
 * server's own layer reader and encoder, so only the pre-filter differs.
 */
import { TILE_LAYER_NAMES, TILE_MIN_ZOOM } from '../../shared/api';
import type { LayerRepository } from '../../server/repositories/layers';
import { encodeTile } from '../../server/tiles/encode';

/** Tile z/x/y (XYZ) cut from whole layers; null when empty, as the tile service answers. */
export function wholeLayerTile(layers: LayerRepository, z: number, x: number, y: number): Uint8Array | null {
  const inputs = TILE_LAYER_NAMES.filter((name) => z >= TILE_MIN_ZOOM[name]).map((name) => ({ name, features: layers.features(name) }));
  return encodeTile(z, x, y, inputs);
}
