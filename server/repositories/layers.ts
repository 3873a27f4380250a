/**
 * Reads map layers out of SQLite as GeoJSON features, optionally limited to a box through
 * the R*Tree. Geometry stays as the stored GeoJSON text where it can: whole layers are
 * written out as one JSON string without parsing and re-serialising every polygon.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Geometry } from 'geojson';
import { LAYER_NAMES, type LayerName, type LayerPropsMap } from '../../shared/api';
import type { BBox } from '../../shared/model';
import type { FeatureRow } from '../db/rows';
import { layerQuery } from './layer-sql';

/** Columns SQLite returns as 0/1 that the API presents as booleans. */
const BOOLEAN_COLUMNS = new Set(['has_secretary']);

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The API properties of a layer row: every column but `geom`, renamed to camelCase. */
function rowProperties<L extends LayerName>(row: FeatureRow): LayerPropsMap[L] {
  const props: Record<string, string | number | boolean | null> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'geom') continue;
    props[camel(column)] = BOOLEAN_COLUMNS.has(column) ? value === 1 : value;
  }
  // The column list of each layer's SELECT is written to match LayerPropsMap; the API
  // tests check every layer's keys against it.
  return props as unknown as LayerPropsMap[L];
}

export interface LayerFeature<L extends LayerName> {
  id: number;
  geometry: Geometry;
  properties: LayerPropsMap[L];
}

export interface LayerRepository {
  /** Features of `layer` whose bounding box meets `bbox` (all of them without one). */
  features<L extends LayerName>(layer: L, bbox?: BBox): LayerFeature<L>[];
  /** The same as an RFC 7946 FeatureCollection, serialised. */
  featureCollectionJson(layer: LayerName, bbox?: BBox): string;
}

export function layerRepository(db: Database): LayerRepository {
  const statements = new Map<string, Statement>();
  for (const layer of LAYER_NAMES) {
    statements.set(`${layer}:all`, db.prepare(layerQuery(layer, false)));
    statements.set(`${layer}:bbox`, db.prepare(layerQuery(layer, true)));
  }

  const rows = (layer: LayerName, bbox?: BBox): FeatureRow[] => {
    const stmt = statements.get(`${layer}:${bbox ? 'bbox' : 'all'}`);
    if (!stmt) throw new Error(`No query for layer "${layer}"`);
    const params = bbox ? { minLng: bbox[0], minLat: bbox[1], maxLng: bbox[2], maxLat: bbox[3] } : {};
    return stmt.all(params) as FeatureRow[];
  };

  return {
    features<L extends LayerName>(layer: L, bbox?: BBox): LayerFeature<L>[] {
      return rows(layer, bbox).map((row) => ({
        id: row.id,
        geometry: JSON.parse(row.geom) as Geometry,
        properties: rowProperties<L>(row),
      }));
    },
    featureCollectionJson(layer: LayerName, bbox?: BBox): string {
      const parts = rows(layer, bbox).map(
        (row) =>
          `{"type":"Feature","id":${row.id},"geometry":${row.geom},"properties":${JSON.stringify(rowProperties(row))}}`,
      );
      return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
    },
  };
}
