/**
 * The column-mapping step's pure logic: one row per field of the layer (required ones marked)
 * starting from the server's proposal, edits that return a new mapping, what still blocks the
 * check, and a field's label in the UI language. Field specs come from `shared/import/fields`,
 * the same table the server validates with, so the page cannot drift from it.
 */
import type { SourceCrs } from '../../../shared/crs/systems';
import { LAYER_FIELDS } from '../../../shared/import/fields';
import { LAYER_GEOMETRY, type DataLayer } from '../../../shared/import/layers';
import type { ColumnMapping, GeometrySource } from '../../../shared/import/mapping';
import type { Locale } from '../i18n';

export interface MappingRow {
  /** The field's name (as the server and exports spell it). */
  field: string;
  required: boolean;
  /** The file's column mapped to it, or '' for none. */
  column: string;
  /** The value for rows that leave it empty, or ''. */
  defaultValue: string;
  /** What the server fills in when there is neither column nor default (shown as a hint), or null. */
  fallback: string | null;
}

/** The rows of the mapping table for `layer`, in the layer's field order. */
export function mappingRows(layer: DataLayer, mapping: ColumnMapping): MappingRow[] {
  return LAYER_FIELDS[layer].map((f) => ({
    field: f.name,
    required: f.required === true,
    column: mapping.fields[f.name] ?? '',
    defaultValue: mapping.defaults[f.name] ?? '',
    fallback: f.fallback === undefined || f.fallback === null || f.fallback === '' ? null : String(f.fallback),
  }));
}

/** `mapping` with `field` read from `column` ('' maps it to no column). */
export function withColumn(mapping: ColumnMapping, field: string, column: string): ColumnMapping {
  const fields = { ...mapping.fields };
  if (column) fields[field] = column;
  else delete fields[field];
  return { ...mapping, fields };
}

/** `mapping` with `value` as `field`'s default for empty cells (a blank value removes the default). */
export function withDefault(mapping: ColumnMapping, field: string, value: string): ColumnMapping {
  const defaults = { ...mapping.defaults };
  if (value.trim()) defaults[field] = value;
  else delete defaults[field];
  return { ...mapping, defaults };
}

/** `mapping` with its geometry taken from `geometry`. */
export function withGeometry(mapping: ColumnMapping, geometry: GeometrySource): ColumnMapping {
  return { ...mapping, geometry };
}

/** Required fields of `layer` with neither a column nor a default: the check cannot start. */
export function unmetRequired(layer: DataLayer, mapping: ColumnMapping): string[] {
  return LAYER_FIELDS[layer].filter((f) => f.required && !mapping.fields[f.name] && !mapping.defaults[f.name]).map((f) => f.name);
}

/**
 * Whether the user must say where a table's geometry is: a layer with geometry read from a
 * file without its own (CSV, XLSX). GeoJSON and Shapefiles carry theirs.
 */
export function needsGeometryColumns(layer: DataLayer, fileHasGeometry: boolean): boolean {
  return !fileHasGeometry && LAYER_GEOMETRY[layer] !== 'none';
}

/** Whether the geometry source names every column it needs. */
export function geometryComplete(geometry: GeometrySource): boolean {
  if (geometry.kind === 'lnglat') return Boolean(geometry.lng && geometry.lat);
  if (geometry.kind === 'wkt') return Boolean(geometry.column);
  return true;
}

/** The file's columns no field reads (they are not imported). */
export function unusedColumns(columns: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping.fields));
  const g = mapping.geometry;
  if (g.kind === 'lnglat') used.add(g.lng).add(g.lat);
  if (g.kind === 'wkt') used.add(g.column);
  return columns.filter((c) => !used.has(c));
}

const HAN = /\p{Script=Han}/u;

/**
 * A field's label: in Chinese its first Chinese header name (`address` → `地址`), in English
 * its name in words (`birth_year` → `birth year`). Falls back to the name.
 */
export function fieldLabel(layer: DataLayer, field: string, locale: Locale): string {
  const spec = LAYER_FIELDS[layer].find((f) => f.name === field);
  if (locale === 'zh-CN') {
    const zh = spec?.headers.find((h) => HAN.test(h));
    if (zh) return zh;
  }
  return field.replace(/_/g, ' ');
}

/**
 * The coordinate system the check starts with: the user's own pick wins (a web-map export
 * often ships a WGS-84 .prj over GCJ-02 coordinates), else what the file declares, else WGS-84.
 */
export function initialCrs(chosen: SourceCrs, userChose: boolean, declared: SourceCrs | null): SourceCrs {
  return userChose ? chosen : declared ?? chosen;
}
