/**
 * XLSX workbooks (Excel 2007+): the first worksheet, its first non-empty row as the header.
 * The workbook's parts are unpacked to disk first; the sheet is then streamed row by row, so
 * a large ledger is never held whole. Numbers stay numbers (dates are Excel serials, which
 * the field parsers understand); shared, inline and formula strings become text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRecord } from '../../../shared/import/row';
import type { Cell } from '../../../shared/import/values';
import { uniqueColumns } from './csv';
import { textChunks } from './file-blocks';
import type { ImportSource } from './source';
import { extractZipEntry, readZipEntries } from '../zip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities and Excel's `_xHHHH_` escapes decoded. */
export function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? m)
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The concatenated `<t>` texts of a shared-string or inline-string element. */
function texts(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1] ?? '';
  return xmlText(out);
}

export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? ''));
}

/** Zero-based column index of a cell reference such as `AB12`. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The cells of one `<row>` element, by column index. */
export function rowCells(rowXml: string, strings: readonly string[]): Cell[] {
  const cells: Cell[] = [];
  let next = 0;
  for (const m of rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+\d*)"/.exec(attrs)?.[1];
    const col = ref ? columnIndex(ref) : next;
    next = col + 1;
    const t = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let value: Cell = null;
    if (t === 's') value = v === undefined ? null : strings[Number(v)] ?? null;
    else if (t === 'inlineStr') value = texts(body);
    else if (t === 'str' || t === 'e' || t === 'd') value = v === undefined ? null : xmlText(v);
    else if (t === 'b') value = v === '1';
    else if (v !== undefined) value = Number(v);
    cells[col] = value;
  }
  return cells;
}

function* sheetRows(path: string, strings: readonly string[]): Generator<{ index: number; cells: Cell[] }> {
  let carry = '';
  let auto = 0;
  for (const text of textChunks(path, 'utf-8')) {
    carry += text;
    const last = carry.lastIndexOf('</row>');
    if (last < 0) continue;
    const complete = carry.slice(0, last + 6);
    carry = carry.slice(last + 6);
    for (const m of complete.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
      const r = /\br="(\d+)"/.exec(m[1] ?? '')?.[1];
      auto = r ? Number(r) : auto + 1;
      yield { index: auto, cells: rowCells(m[2] ?? '', strings) };
    }
  }
}

const isBlank = (cells: readonly Cell[]): boolean => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

/** Opens the first worksheet of the workbook at `path`, unpacking its parts into `workDir`. */
export async function openXlsx(path: string, workDir: string): Promise<ImportSource> {
  const entries = await readZipEntries(path);
  const get = async (name: string): Promise<string | null> => {
    const e = entries.find((x) => x.name === name);
    if (!e) return null;
    const dest = join(workDir, name.replace(/[/\\]/g, '_'));
    await extractZipEntry(path, e, dest);
    return dest;
  };
  const workbook = await get('xl/workbook.xml');
  if (!workbook) throw new Error('the file is not an XLSX workbook (no xl/workbook.xml)');
  const rels = await get('xl/_rels/workbook.xml.rels');
  const firstSheet = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(readFileSync(workbook, 'utf8'))?.[1];
  const target = rels && firstSheet ? new RegExp(`<Relationship\\b[^>]*Id="${firstSheet}"[^>]*Target="([^"]+)"`).exec(readFileSync(rels, 'utf8'))?.[1]
    ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${firstSheet}"`).exec(readFileSync(rels, 'utf8'))?.[1] : undefined;
  const sheetName = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = await get(sheetName);
  if (!sheet) throw new Error(`the workbook's first sheet (${sheetName}) is missing`);
  const ss = await get('xl/sharedStrings.xml');
  const strings = ss ? sharedStrings(readFileSync(ss, 'utf8')) : [];

  let columns: string[] = [];
  let count = 0;
  for (const { cells } of sheetRows(sheet, strings)) {
    if (isBlank(cells)) continue;
    if (columns.length === 0) columns = uniqueColumns(Array.from(cells, (c) => (c == null ? '' : String(c))));
    else count += 1;
  }
  return {
    format: 'xlsx',
    columns,
    hasGeometry: false,
    crsHint: null,
    notes: columns.length ? [] : [{ row: 0, severity: 'error', code: 'bad_file', message: 'the first worksheet is empty: it needs a header row and data rows' }],
    count,
    *records(): Generator<SourceRecord> {
      let header: string[] | null = null;
      for (const { index, cells } of sheetRows(sheet, strings)) {
        if (isBlank(cells)) continue;
        if (!header) {
          header = columns;
          continue;
        }
        const properties: Record<string, Cell> = {};
        header.forEach((h, i) => (properties[h] = cells[i] ?? null));
        yield { row: index, properties, geometry: null };
      }
    },
  };
}
