/**
 * What every reader (GeoJSON, Shapefile, CSV, XLSX) gives the import pipeline: the file's
 * columns, whether it carries its own geometry, a coordinate-system hint, file-level notes,
 * and its rows as a stream that can be read again (validation and commit each read the file
 * once, so memory stays flat however large it is).
 */
import { readRange } from './file-blocks';
import type { SourceCrs } from '../../../shared/crs/systems';
import type { ImportIssue } from '../../../shared/import/report';
import type { SourceRecord } from '../../../shared/import/row';

export const IMPORT_FORMATS = ['geojson', 'shapefile', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportSource {
  format: ImportFormat;
  /** Column names in file order (for GeoJSON: property keys in order of first appearance). */
  columns: string[];
  hasGeometry: boolean;
  /** The system the file declares (.prj, GeoJSON `crs`), or null when it says nothing. */
  crsHint: SourceCrs | null;
  /** File-level findings: a malformed container read anyway, the text encoding guessed… */
  notes: ImportIssue[];
  /** Rows or features, when counted on opening (null when unknown). */
  count: number | null;
  /** Reads the rows from the start, one at a time (synchronously: see file-blocks.ts). */
  records(): Generator<SourceRecord>;
}

/** A file-level note (row 0). */
export function fileNote(severity: ImportIssue['severity'], code: ImportIssue['code'], message: string): ImportIssue {
  return { row: 0, severity, code, message };
}

/** Whether `bytes` decode as strict UTF-8 (a character cut at the very end is allowed). */
export function isUtf8(bytes: Buffer, complete: boolean): boolean {
  let b = bytes;
  for (let k = 0; k < 4 && b.length > 0; k++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
      return true;
    } catch {
      if (complete) return false;
      b = b.subarray(0, b.length - 1);
    }
  }
  return false;
}

/**
 * The text encoding of a file, from its first 64 KiB: UTF-8 when that decodes strictly
 * (a BOM counts), else GB18030 (the superset of GBK that Excel on Chinese Windows writes).
 */
export function sniffEncoding(path: string): 'utf-8' | 'gb18030' {
  const bytes = readRange(path, 0, 65_536);
  return isUtf8(bytes, bytes.length < 65_536) ? 'utf-8' : 'gb18030';
}
