/**
 * The "no R*Tree" baseline for box queries, without a second copy of the layer SQL: on
 * one connection, a TEMP VIEW named `<table>_rtree` over the table's own bounding-box
 * columns shadows the real R*Tree (SQLite resolves unqualified names in `temp` before
 * `main`). The server's unchanged query then filters by a plain scan of those columns,
 * so the baseline does exactly the candidate's work except for the index.
 */
import type { Database } from 'better-sqlite3';
import { layerQuery } from '../../server/repositories/layer-sql';
import type { LayerName } from '../../shared/api';

/** Replaces `<table>_rtree` by a plain scan of `table`'s bbox columns, on this connection only. */
export function shadowRtree(db: Database, table: string): void {
  db.exec(`CREATE TEMP VIEW ${table}_rtree AS SELECT id, min_lng, max_lng, min_lat, max_lat FROM main.${table}`);
}

/** Whether SQLite's plan for the layer's box query on `db` reads an R*Tree. */
export function boxQueryUsesRtree(db: Database, layer: LayerName): boolean {
  const plan = db
    .prepare(`EXPLAIN QUERY PLAN ${layerQuery(layer, true)}`)
    .all({ minLng: 0, minLat: 0, maxLng: 1, maxLat: 1 }) as { detail: string }[];
  return plan.some((step) => step.detail.includes('VIRTUAL TABLE'));
}
