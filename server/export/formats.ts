/**
 * A layer's export rows written as GeoJSON (RFC 7946 FeatureCollection), CSV (UTF-8 with
 * BOM, geometry as a `WKT` column, which GDAL and gridmap's importer both read) or a zipped
 * Shapefile (.shp, .shx, .dbf, .prj and a .cpg saying UTF-8; a layer without geometry is a
 * .dbf alone, as GDAL writes one).
 */
import type { Geometry } from 'geojson';
import { fieldOf, shpName } from '../../shared/import/fields';
import { LAYER_GEOMETRY, type DataLayer } from '../../shared/import/layers';
import { toWkt } from '../../shared/import/wkt';
import { toCsv } from '../http/csv';
import { writeDbf, type DbfColumn } from './dbf-write';
import { DERIVED_SHP_NAMES, type ExportRow } from './queries';
import { WGS84_PRJ, writeShp, type ShapeKind } from './shp-write';
import { zipFiles } from './zip-write';

export const EXPORT_FORMATS = ['geojson', 'csv', 'shp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

/** Property names in first-seen order (every row of a layer has the same ones). */
function columnsOf(rows: readonly ExportRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.properties)) seen.add(k);
  return [...seen];
}

export function toGeoJson(rows: readonly ExportRow[]): string {
  const features = rows.map((r) => `{"type":"Feature","id":${r.id},"geometry":${r.geom ?? 'null'},"properties":${JSON.stringify(r.properties)}}`);
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

export function toCsvText(layer: DataLayer, rows: readonly ExportRow[]): string {
  const columns = columnsOf(rows);
  const withGeometry = LAYER_GEOMETRY[layer] !== 'none';
  const header = withGeometry ? ['WKT', ...columns] : columns;
  return toCsv(header, rows.map((r) => {
    const cells = columns.map((c) => {
      const v = r.properties[c] ?? null;
      return typeof v === 'boolean' ? String(v) : v;
    });
    return withGeometry ? [r.geom ? toWkt(JSON.parse(r.geom) as Geometry) : null, ...cells] : cells;
  }));
}

/** The ≤10-character .dbf names of a layer's columns, made unique. */
export function dbfColumns(layer: DataLayer, columns: readonly string[]): DbfColumn[] {
  const used = new Set<string>();
  return columns.map((key) => {
    const field = fieldOf(layer, key);
    let name = field ? shpName(field) : (DERIVED_SHP_NAMES[key] ?? key).slice(0, 10);
    for (let n = 2; used.has(name); n++) name = `${name.slice(0, 10 - String(n).length - 1)}_${n}`;
    used.add(name);
    return { name, key };
  });
}

const SHAPE_KIND: Record<string, ShapeKind | null> = { area: 'polygon', polygon: 'polygon', line: 'line', point: 'point', none: null };

export function toShapefileZip(layer: DataLayer, rows: readonly ExportRow[]): Buffer {
  const kind = SHAPE_KIND[LAYER_GEOMETRY[layer]] ?? null;
  const dbf = writeDbf(dbfColumns(layer, columnsOf(rows)), rows.map((r) => r.properties));
  const files = [{ name: `${layer}.dbf`, data: dbf }, { name: `${layer}.cpg`, data: Buffer.from('UTF-8') }];
  if (kind) {
    const { shp, shx } = writeShp(kind, rows.map((r) => (r.geom ? (JSON.parse(r.geom) as Geometry) : null)));
    files.unshift({ name: `${layer}.shp`, data: shp }, { name: `${layer}.shx`, data: shx });
    files.push({ name: `${layer}.prj`, data: Buffer.from(WGS84_PRJ) });
  }
  return zipFiles(files);
}

/** The file for `rows` of `layer` in `format`. */
export function renderExport(layer: DataLayer, format: ExportFormat, rows: readonly ExportRow[]): ExportFile {
  const stem = `gridmap-${layer}`;
  switch (format) {
    case 'geojson':
      return { fileName: `${stem}.geojson`, contentType: 'application/geo+json; charset=utf-8', body: toGeoJson(rows) };
    case 'csv':
      return { fileName: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsvText(layer, rows) };
    case 'shp':
      return { fileName: `${stem}.shp.zip`, contentType: 'application/zip', body: toShapefileZip(layer, rows) };
  }
}
