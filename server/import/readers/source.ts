/**
 * What every reader (GeoJSON, Shapefile, CSV, XLSX) gives the import pipeline: the file's
 * columns, whether it carries its own geometry, a coordinate-system hint, file-level notes,
 * and its rows as a stream that can be read again (validation and commit each read the file
 * once, so memory stays flat however large it is).
 */
import { open } from 'node:fs/promises';
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
  /** Reads the rows from the start, one at a time. */
  records(): AsyncGenerator<SourceRecord>;
}

/** A file-level note (row 0). */
export function fileNote(severity: ImportIssue['severity'], code: ImportIssue['code'], message: string): ImportIssue {
  return { row: 0, severity, code, message };
}

/**
 * The text encoding of a file, from its first 64 KiB: UTF-8 when that decodes strictly
 * (a BOM counts), else GB18030 (the superset of GBK that Excel on Chinese Windows writes).
 */
export async function sniffEncoding(path: string): Promise<'utf-8' | 'gb18030'> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(65_536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    let bytes = buf.subarray(0, bytesRead);
    // A cut in the middle of a multi-byte character at the end is not an error.
    for (let k = 0; k < 3 && bytes.length > 0; k++) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return 'utf-8';
      } catch {
        if (bytesRead < buf.length) break;
        bytes = bytes.subarray(0, bytes.length - 1);
      }
    }
    return 'gb18030';
  } finally {
    await fh.close();
  }
}

/** Decoded text of a file, chunk by chunk (multi-byte characters split across chunks are joined). */
export async function* textChunks(stream: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of stream) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
