/**
 * Turns one source row (its cells and, for GeoJSON and Shapefiles, its geometry) into the
 * typed field values of a layer through a column mapping, reporting missing required fields
 * and cells that do not read as their type. Pure: lookups against the database (duplicates,
 * references, spatial joins) happen on the server.
 */
import { LAYER_FIELDS } from './fields';
import type { DataLayer } from './layers';
import type { ColumnMapping } from './mapping';
import type { ImportIssue } from './report';
import { parseField, type Cell, type FieldValue } from './values';
import { parseWkt } from './wkt';

/** One row or feature as a reader yields it. `row` is 1-based. */
export interface SourceRecord {
  row: number;
  properties: Record<string, Cell>;
  /** The feature's geometry as read (GeoJSON object), or null; tables leave it null. */
  geometry: unknown;
  /** What the reader found wrong with the row itself (not valid JSON, properties not an object…). */
  issues?: Omit<ImportIssue, 'row'>[];
}

export type RowIssue = Omit<ImportIssue, 'row'>;

export interface ReadRow {
  values: Record<string, FieldValue>;
  /** The geometry to check: the file's own, or built from the mapped columns. */
  geometry: unknown;
  issues: RowIssue[];
}

function number(cell: Cell): number {
  return typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell.trim()) : NaN;
}

function geometryOf(mapping: ColumnMapping, record: SourceRecord, issues: RowIssue[]): unknown {
  const g = mapping.geometry;
  if (g.kind === 'native') return record.geometry;
  if (g.kind === 'lnglat') {
    const lng = number(record.properties[g.lng]);
    const lat = number(record.properties[g.lat]);
    if (Number.isNaN(lng) || Number.isNaN(lat)) {
      if (record.properties[g.lng] == null && record.properties[g.lat] == null) return null;
      issues.push({ severity: 'error', code: 'not_a_number', field: Number.isNaN(lng) ? g.lng : g.lat, message: `longitude/latitude "${record.properties[g.lng]}", "${record.properties[g.lat]}" are not numbers` });
      return undefined;
    }
    return { type: 'Point', coordinates: [lng, lat] };
  }
  if (g.kind === 'wkt') {
    const text = record.properties[g.column];
    if (text == null || String(text).trim() === '') return null;
    const parsed = parseWkt(String(text));
    if ('error' in parsed) {
      issues.push({ severity: 'error', code: 'bad_geometry', field: g.column, message: parsed.error });
      return undefined;
    }
    return parsed;
  }
  return null;
}

/** Reads `record` as a row of `layer`. A cell that fails to parse is an error; a missing required one too. */
export function readRow(layer: DataLayer, mapping: ColumnMapping, record: SourceRecord, thisYear?: number): ReadRow {
  const issues: RowIssue[] = [...(record.issues ?? [])];
  const values: Record<string, FieldValue> = {};
  for (const field of LAYER_FIELDS[layer]) {
    const column = mapping.fields[field.name];
    const cell = column === undefined ? undefined : record.properties[column];
    let parsed = parseField(field, cell, thisYear);
    if (!parsed.ok && parsed.missing && mapping.defaults[field.name] !== undefined) parsed = parseField(field, mapping.defaults[field.name], thisYear);
    if (parsed.ok) values[field.name] = parsed.value;
    else if (!parsed.missing) {
      const code = field.type === 'integer' || field.type === 'id' ? 'not_a_number' : 'bad_value';
      issues.push({ severity: 'error', code, field: field.name, message: `${field.name}${column ? ` (column "${column}")` : ''}: ${parsed.message}` });
    } else if (field.required) {
      issues.push({ severity: 'error', code: 'missing_field', field: field.name, message: `${field.name} is required${column ? ` but column "${column}" is empty` : ' but no column holds it'}` });
    } else values[field.name] = field.fallback ?? null;
  }
  return { values, geometry: geometryOf(mapping, record, issues), issues };
}

/** A short handle a person can find the row by: its id, code, name or address. */
export function rowRef(values: Record<string, FieldValue>): string | undefined {
  for (const key of ['code', 'id', 'name', 'address']) {
    const v = values[key];
    if (v !== null && v !== undefined && v !== '') return `${key} ${String(v)}`;
  }
  return undefined;
}
