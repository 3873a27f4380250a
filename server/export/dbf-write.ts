/**
 * dBASE III attribute tables (.dbf) for Shapefile exports, in UTF-8 (the .cpg says so).
 * Field types follow the values: whole numbers N(18,0), other numbers N(24,15), booleans L,
 * everything else C sized to its longest UTF-8 value (at most 254 bytes, the format's limit;
 * longer text is cut at a character boundary).
 */
import type { ExportValue } from './queries';

export interface DbfColumn {
  /** Name in the file, at most 10 ASCII characters. */
  name: string;
  /** The property it holds. */
  key: string;
}

interface FieldDef {
  column: DbfColumn;
  type: 'C' | 'N' | 'L';
  length: number;
  decimals: number;
}

const MAX_C = 254;

function fieldDef(column: DbfColumn, values: ExportValue[]): FieldDef {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return { column, type: 'L', length: 1, decimals: 0 };
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    const whole = present.every((v) => Number.isInteger(v));
    return whole ? { column, type: 'N', length: 18, decimals: 0 } : { column, type: 'N', length: 24, decimals: 15 };
  }
  const longest = Math.max(1, ...present.map((v) => Buffer.byteLength(String(v), 'utf8')));
  return { column, type: 'C', length: Math.min(MAX_C, longest), decimals: 0 };
}

/** `text` cut to at most `bytes` UTF-8 bytes without splitting a character. */
function fitUtf8(text: string, bytes: number): Buffer {
  let buf = Buffer.from(text, 'utf8');
  if (buf.length <= bytes) return buf;
  let end = bytes;
  while (end > 0 && ((buf[end] ?? 0) & 0xc0) === 0x80) end--;
  buf = buf.subarray(0, end);
  return buf;
}

function encode(def: FieldDef, v: ExportValue): Buffer {
  const out = Buffer.alloc(def.length, 0x20);
  if (v === null || v === undefined) {
    if (def.type === 'L') out.write('?');
    return out;
  }
  if (def.type === 'L') out.write(v ? 'T' : 'F');
  else if (def.type === 'N') {
    const s = def.decimals ? Number(v).toFixed(def.decimals) : String(Math.round(Number(v)));
    out.write(s.length > def.length ? s.slice(0, def.length) : s, def.length - Math.min(s.length, def.length), 'latin1');
  } else fitUtf8(String(v), def.length).copy(out);
  return out;
}

/** The .dbf bytes for `rows` (property records) with `columns`. */
export function writeDbf(columns: readonly DbfColumn[], rows: readonly Record<string, ExportValue>[], now: Date = new Date()): Buffer {
  const defs = columns.map((c) => fieldDef(c, rows.map((r) => r[c.key] ?? null)));
  const headerLength = 32 + defs.length * 32 + 1;
  const recordLength = 1 + defs.reduce((s, d) => s + d.length, 0);
  const header = Buffer.alloc(headerLength);
  header[0] = 0x03;
  header[1] = now.getFullYear() - 1900;
  header[2] = now.getMonth() + 1;
  header[3] = now.getDate();
  header.writeUInt32LE(rows.length, 4);
  header.writeUInt16LE(headerLength, 8);
  header.writeUInt16LE(recordLength, 10);
  defs.forEach((d, i) => {
    const at = 32 + i * 32;
    header.write(d.column.name.slice(0, 10), at, 'latin1');
    header.write(d.type, at + 11, 'latin1');
    header[at + 16] = d.length;
    header[at + 17] = d.decimals;
  });
  header[headerLength - 1] = 0x0d;
  const body = Buffer.alloc(rows.length * recordLength + 1);
  rows.forEach((r, n) => {
    let at = n * recordLength;
    body[at++] = 0x20;
    for (const d of defs) {
      encode(d, r[d.column.key] ?? null).copy(body, at);
      at += d.length;
    }
  });
  body[body.length - 1] = 0x1a;
  return Buffer.concat([header, body]);
}
