/**
 * Cuts one Mapbox Vector Tile (spec v2) out of per-layer GeoJSON features that were already
 * selected by box, with MapLibre's geojson-vt (clip + simplify for one tile, no index) and
 * vt-pbf (protobuf encoding).
 */
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Tile coordinate space: 4096 units a side, as in the MVT spec's common practice. */
export const TILE_EXTENT = 4096;
/** Extra room around the tile in tile units (64 of 4096 = 1/64) so strokes and labels join up. */
export const TILE_BUFFER = 64;

export interface TileLayerInput {
  name: string;
  features: { id: number; geometry: Geometry; properties: object }[];
}

/** Vector tiles cannot hold nulls; a missing key means "no value" to MapLibre expressions. */
function withoutNulls(properties: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(properties)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/**
 * Encodes tile z/x/y from the given layers. Returns null when no layer has anything inside
 * the tile, so the caller can answer 204 No Content.
 */
export function encodeTile(z: number, x: number, y: number, layers: TileLayerInput[]): Uint8Array | null {
  const tiles: Parameters<typeof fromGeojsonVt>[0] = {};
  for (const layer of layers) {
    if (layer.features.length === 0) continue;
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: layer.features.map(
        (f): Feature => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: withoutNulls(f.properties) }),
      ),
    };
    const tile = geoJSONToTile(collection, z, x, y, {
      extent: TILE_EXTENT,
      buffer: TILE_BUFFER,
      clip: true,
      maxZoom: z,
    });
    if (tile && tile.features.length > 0) tiles[layer.name] = tile;
  }
  if (Object.keys(tiles).length === 0) return null;
  return fromGeojsonVt(tiles, { version: 2, extent: TILE_EXTENT });
}
