/**
 * GeoJSON files, streamed: a FeatureCollection, a bare array of Features (read, and said
 * so), a single Feature or a bare geometry. The old `crs` member is honoured where it names
 * a system we know (EPSG:4326, EPSG:4490) and refused where it names one we cannot convert.
 */
import { parseCrs, type SourceCrs } from '../../../shared/crs/systems';
import type { ImportIssue } from '../../../shared/import/report';
import type { SourceRecord } from '../../../shared/import/row';
import type { Cell } from '../../../shared/import/values';
import { GeoJsonScanner } from './geojson-scan';
import { textChunks } from './file-blocks';
import { fileNote, sniffEncoding, type ImportSource } from './source';

const MAX_COLUMNS = 500;

function* elements(path: string, encoding: string, end: (scanner: GeoJsonScanner) => void): Generator<string> {
  const scanner = new GeoJsonScanner();
  for (const text of textChunks(path, encoding)) {
    for (const element of scanner.push(text)) yield element;
  }
  end(scanner);
}

function cellOf(v: unknown): Cell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** A parsed element as a record: its properties as cells and its geometry, or a problem. */
export function featureRecord(element: unknown, row: number): { record: SourceRecord; issue?: Omit<ImportIssue, 'row'> } {
  const f = element as { type?: unknown; properties?: unknown; geometry?: unknown; id?: unknown };
  if (!f || typeof f !== 'object' || Array.isArray(f)) {
    return { record: { row, properties: {}, geometry: null }, issue: { severity: 'error', code: 'bad_geometry', message: 'the element is not a GeoJSON Feature object' } };
  }
  if (f.type !== 'Feature') {
    // A bare geometry where a Feature belongs: keep the geometry, there are no properties.
    if (typeof f.type === 'string' && f.type !== 'FeatureCollection' && 'coordinates' in f) {
      return { record: { row, properties: {}, geometry: f }, issue: { severity: 'warning', code: 'bad_container', message: `a bare ${f.type} where a Feature belongs: read as a Feature with no properties` } };
    }
    return { record: { row, properties: {}, geometry: null }, issue: { severity: 'error', code: 'bad_geometry', message: `"type" is ${JSON.stringify(f.type)}; a feature must have "type": "Feature"` } };
  }
  const properties: Record<string, Cell> = {};
  let issue: Omit<ImportIssue, 'row'> | undefined;
  if (!('properties' in f)) issue = { severity: 'warning', code: 'bad_container', message: 'the feature has no "properties" member (RFC 7946 wants one, null when empty): read as empty' };
  else if (f.properties !== null) {
    if (typeof f.properties !== 'object' || Array.isArray(f.properties)) {
      issue = { severity: 'error', code: 'bad_value', field: 'properties', message: 'the feature\'s "properties" must be an object (or null)' };
    } else {
      for (const [k, v] of Object.entries(f.properties as Record<string, unknown>)) properties[k] = cellOf(v);
    }
  }
  // A Feature's own "id" stands in for an id property when there is none.
  if (properties.id === undefined && (typeof f.id === 'number' || typeof f.id === 'string')) properties.id = f.id;
  return { record: { row, properties, geometry: f.geometry ?? null }, ...(issue ? { issue } : {}) };
}

function crsOf(outer: unknown): { crs: SourceCrs | null; note?: ImportIssue } {
  const name = (outer as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== 'string') return { crs: null };
  const code = /EPSG:{1,2}(\d+)/i.exec(name)?.[1] ?? (/CRS84$/i.test(name) ? '4326' : null);
  const crs = code ? parseCrs(`epsg:${code}`) : null;
  if (!crs) return { crs: null, note: fileNote('error', 'bad_file', `the file declares the coordinate system "${name}", which cannot be converted here; export it as WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490) longitude/latitude`) };
  return { crs };
}

/**
 * Opens a GeoJSON file: one pass to learn its columns, count and container; `records()`
 * streams it again. Throws only when the file cannot be read at all.
 */
export function openGeoJson(path: string): ImportSource {
  const encoding = sniffEncoding(path);
  const notes: ImportIssue[] = [];
  if (encoding !== 'utf-8') notes.push(fileNote('warning', 'encoding', 'the file is not UTF-8; read as GB18030/GBK'));
  const columns = new Set<string>();
  let count = 0;
  let outer: unknown = null;
  let scanned: GeoJsonScanner | null = null;
  for (const text of elements(path, encoding, (s) => (scanned = s))) {
    count += 1;
    if (columns.size >= MAX_COLUMNS) continue;
    try {
      const props = (JSON.parse(text) as { properties?: unknown }).properties;
      if (props && typeof props === 'object' && !Array.isArray(props)) for (const k of Object.keys(props)) columns.add(k);
    } catch {
      // Reported per row when the features are read.
    }
  }
  const scanner = scanned as GeoJsonScanner | null;
  let single: unknown = null;
  if (!scanner?.complete) notes.push(fileNote('error', 'bad_file', 'the file is not complete JSON (brackets do not close); is it cut short?'));
  else {
    try {
      outer = JSON.parse(scanner.outerText());
    } catch (e) {
      notes.push(fileNote('error', 'bad_file', `the file is not valid JSON: ${(e as Error).message}`));
    }
  }
  if (scanner?.top === '[') notes.push(fileNote('fixed', 'bad_container', 'the file is a bare array of features, not a FeatureCollection: read as one'));
  const type = (outer as { type?: unknown } | null)?.type;
  if (scanner?.top === '{' && outer && type !== 'FeatureCollection') {
    if (typeof type === 'string' && type !== 'Feature') notes.push(fileNote('fixed', 'bad_container', `the file is a single ${type}, not a FeatureCollection: read as one feature`));
    single = type === 'Feature' ? outer : { type: 'Feature', properties: {}, geometry: outer };
    count = 1;
    const props = (single as { properties?: unknown }).properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) columns.add(k);
  } else if (outer && scanner?.top === '{' && !Array.isArray((outer as { features?: unknown }).features)) {
    notes.push(fileNote('error', 'bad_file', 'the FeatureCollection has no "features" array'));
  }
  const { crs, note } = crsOf(outer);
  if (note) notes.push(note);

  return {
    format: 'geojson',
    columns: [...columns],
    hasGeometry: true,
    crsHint: crs,
    notes,
    count,
    *records() {
      if (single) {
        const { record, issue } = featureRecord(single, 1);
        yield issue ? { ...record, issues: [issue] } : record;
        return;
      }
      let row = 0;
      for (const text of elements(path, encoding, () => undefined)) {
        row += 1;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (e) {
          yield { row, properties: {}, geometry: null, issues: [{ severity: 'error', code: 'bad_file', message: `feature ${row} is not valid JSON: ${(e as Error).message}` }] };
          continue;
        }
        const { record, issue } = featureRecord(parsed, row);
        yield issue ? { ...record, issues: [issue] } : record;
      }
    },
  };
}
