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
import { LAYER_SQL, layerQuery } from './layer-sql';

/** Columns SQLite returns as 0/1 that the API presents as booleans. */
const BOOLEAN_COLUMNS = new Set(['has_secretary']);

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

export type LayerProps = Record<string, string | number | boolean | null>;

/**
 * Adds figures that SQL does not count (coverage, households of a grid…) to a feature's
 * properties, in place. The server's comes from the coverage model.
 */
export type LayerEnricher = (layer: LayerName) => ((props: LayerProps) => void) | null;

/** The API properties of a layer row: every column but `geom`, renamed to camelCase. */
function rowProperties<L extends LayerName>(row: FeatureRow, enrich: ((props: LayerProps) => void) | null): LayerPropsMap[L] {
  const props: LayerProps = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'geom') continue;
    props[camel(column)] = BOOLEAN_COLUMNS.has(column) ? value === 1 : value;
  }
  enrich?.(props);
  // The column list of each layer's SELECT plus the enricher's keys match LayerPropsMap;
  // the API tests check every layer's keys against it.
  return props as unknown as LayerPropsMap[L];
}

export interface LayerFeature<L extends LayerName> {
  id: number;
  geometry: Geometry;
  properties: LayerPropsMap[L];
}

/** A past day to show the grid of, and the enricher with that day's figures. */
export interface PastView {
  asOf: string;
  enricher: LayerEnricher;
}

export interface LayerRepository {
  /**
   * Features of `layer` whose bounding box meets `bbox` (all of them without one); with
   * `past`, as the grid stood that day, with that day's figures.
   */
  features<L extends LayerName>(layer: L, bbox?: BBox, past?: PastView): LayerFeature<L>[];
  /** The same as an RFC 7946 FeatureCollection, serialised; with `past`, as the grid stood that day. */
  featureCollectionJson(layer: LayerName, bbox?: BBox, past?: PastView): string;
}

export function layerRepository(db: Database, enricher: LayerEnricher = () => null): LayerRepository {
  const statements = new Map<string, Statement>();
  for (const layer of LAYER_NAMES) {
    statements.set(`${layer}:all`, db.prepare(layerQuery(layer, false)));
    statements.set(`${layer}:bbox`, db.prepare(layerQuery(layer, true)));
  }

  const rows = (layer: LayerName, bbox?: BBox, day?: string): FeatureRow[] => {
    // Layers with no history (roads, water, neighbourhoods) read the same on every day.
    const asOf = LAYER_SQL[layer].past ? day : undefined;
    const key = `${layer}:${bbox ? 'bbox' : 'all'}${asOf ? ':past' : ''}`;
    // Past-day queries are rare: prepared on first use.
    if (asOf && !statements.has(key)) statements.set(key, db.prepare(layerQuery(layer, bbox !== undefined, true)));
    const stmt = statements.get(key);
    if (!stmt) throw new Error(`No query for layer "${layer}"`);
    const params = { ...(bbox ? { minLng: bbox[0], minLat: bbox[1], maxLng: bbox[2], maxLat: bbox[3] } : {}), ...(asOf ? { asOf } : {}) };
    return stmt.all(params) as FeatureRow[];
  };

  return {
    features<L extends LayerName>(layer: L, bbox?: BBox, past?: PastView): LayerFeature<L>[] {
      const enrich = (past?.enricher ?? enricher)(layer);
      return rows(layer, bbox, past?.asOf).map((row) => ({
        id: row.id,
        geometry: JSON.parse(row.geom) as Geometry,
        properties: rowProperties<L>(row, enrich),
      }));
    },
    featureCollectionJson(layer: LayerName, bbox?: BBox, past?: PastView): string {
      const enrich = (past?.enricher ?? enricher)(layer);
      const parts = rows(layer, bbox, past?.asOf).map(
        (row) =>
          `{"type":"Feature","id":${row.id},"geometry":${row.geom},"properties":${JSON.stringify(rowProperties(row, enrich))}}`,
      );
      return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
    },
  };
}
