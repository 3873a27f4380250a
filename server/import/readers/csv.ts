/**
 * CSV files, streamed: RFC 4180 quoting (fields with commas, quotes and line breaks), a
 * comma, semicolon or tab delimiter guessed from the header line, UTF-8 with or without BOM
 * or GBK as Excel on Chinese Windows saves it. The first row is the header; geometry comes
 * from longitude/latitude columns or a WKT column (see the mapping step).
 */
import type { SourceRecord } from '../../../shared/import/row';
import type { Cell } from '../../../shared/import/values';
import { readRange, textChunks } from './file-blocks';
import { fileNote, sniffEncoding, type ImportSource } from './source';

/** Splits CSV text into rows of fields as chunks arrive. */
export class CsvParser {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;

  constructor(private readonly delimiter: string) {}

  /** Feeds `chunk`; returns the rows it completed. */
  push(chunk: string): string[][] {
    const rows: string[][] = [];
    const d = this.delimiter;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === '\n') continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else this.field += c;
        continue;
      }
      if (c === '"') {
        // A doubled quote inside a quoted field, or a quote opening one.
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === d) {
        this.row.push(this.field);
        this.field = '';
        this.afterQuote = false;
      } else if (c === '\n' || c === '\r') {
        this.row.push(this.field);
        rows.push(this.row);
        this.row = [];
        this.field = '';
        this.afterQuote = false;
        this.pendingCr = c === '\r';
      } else {
        this.field += c;
        this.afterQuote = false;
      }
    }
    return rows;
  }

  /** The last row, if the text did not end with a line break. */
  end(): string[][] {
    if (this.field === '' && this.row.length === 0) return [];
    this.row.push(this.field);
    const last = this.row;
    this.row = [];
    this.field = '';
    return [last];
  }
}

/** The delimiter of a header line: the one of `,` `;` `\t` that occurs most outside quotes. */
export function guessDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = unquoted.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Unique, non-empty column names: blanks become `column_N`, repeats get `_2`, `_3`. */
export function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = h.trim() || `column_${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

function* csvRows(path: string, encoding: string, delimiter: string): Generator<string[]> {
  const parser = new CsvParser(delimiter);
  for (const text of textChunks(path, encoding)) {
    yield* parser.push(text);
  }
  yield* parser.end();
}

const blank = (row: readonly string[]): boolean => row.every((f) => f.trim() === '');

export function openCsv(path: string): ImportSource {
  const encoding = sniffEncoding(path);
  const notes = encoding === 'utf-8' ? [] : [fileNote('fixed', 'encoding', 'the file is not UTF-8: read as GBK/GB18030 (as Excel on Chinese Windows saves CSV)')];
  const firstLine = new TextDecoder(encoding).decode(readRange(path, 0, 65_536));
  const delimiter = guessDelimiter(firstLine.split(/\r?\n|\r/)[0] ?? '');
  let columns: string[] = [];
  let count = 0;
  for (const row of csvRows(path, encoding, delimiter)) {
    if (columns.length === 0) {
      if (!blank(row)) columns = uniqueColumns(row);
    } else if (!blank(row)) count += 1;
  }
  if (columns.length === 0) notes.push(fileNote('error', 'bad_file', 'the CSV file is empty: it needs a header row and data rows'));
  return {
    format: 'csv',
    columns,
    hasGeometry: false,
    crsHint: null,
    notes,
    count,
    *records(): Generator<SourceRecord> {
      let header: string[] | null = null;
      let line = 0;
      for (const row of csvRows(path, encoding, delimiter)) {
        line += 1;
        if (blank(row)) continue;
        if (!header) {
          header = uniqueColumns(row);
          continue;
        }
        const properties: Record<string, Cell> = {};
        header.forEach((h, i) => (properties[h] = row[i] ?? null));
        // Rows are numbered as a spreadsheet shows them: the header is row 1.
        yield { row: line, properties, geometry: null };
      }
    },
  };
}
