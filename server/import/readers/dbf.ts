/**
 * dBASE (.dbf) attribute tables of Shapefiles, read record by record. Text is decoded in the
 * encoding the .cpg file names, else the one the header's language-driver byte names (0x4D
 * is Chinese GBK), else UTF-8 when the records decode strictly as UTF-8, else GB18030.
 */
import type { Cell } from '../../../shared/import/values';
import { BlockReader, readRange } from './file-blocks';
import { isUtf8 } from './source';

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfHeader {
  count: number;
  headerLength: number;
  recordLength: number;
  fields: DbfField[];
  encoding: string;
  /** How the encoding was decided, for the report. */
  encodingFrom: 'cpg' | 'ldid' | 'sniffed';
}

/** The TextDecoder label for a .cpg file's content (`UTF-8`, `GBK`, `936`, `CP936`…), or null. */
export function cpgEncoding(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/^cp/, '');
  if (['utf-8', 'utf8', '65001'].includes(t)) return 'utf-8';
  if (['gbk', '936', 'gb2312', 'gb18030', 'ms936'].includes(t)) return 'gb18030';
  try {
    return new TextDecoder(t).encoding;
  } catch {
    return null;
  }
}

/** Reads the header and field list of the .dbf at `path`; `cpg` is the .cpg text when there is one. */
export function readDbfHeader(path: string, cpg: string | null): DbfHeader {
  const head = readRange(path, 0, 32);
  if (head.length < 32) throw new Error('the .dbf file is too short to be a dBASE table');
  const count = head.readUInt32LE(4);
  const headerLength = head.readUInt16LE(8);
  const recordLength = head.readUInt16LE(10);
  const ldid = head[29] ?? 0;
  const descriptors = readRange(path, 32, Math.max(0, headerLength - 32));
  const sampleLength = Math.min(65_536, count * recordLength);
  const sample = readRange(path, headerLength, sampleLength);
  let encoding: string;
  let encodingFrom: DbfHeader['encodingFrom'];
  const fromCpg = cpg === null ? null : cpgEncoding(cpg);
  if (fromCpg) [encoding, encodingFrom] = [fromCpg, 'cpg'];
  else if (ldid === 0x4d) [encoding, encodingFrom] = ['gb18030', 'ldid'];
  else {
    const rawNames = descriptors.subarray(0, Math.max(0, descriptors.indexOf(0x0d)));
    [encoding, encodingFrom] = [isUtf8(Buffer.concat([rawNames, sample]), sampleLength < 65_536) ? 'utf-8' : 'gb18030', 'sniffed'];
  }
  const decoder = new TextDecoder(encoding);
  const fields: DbfField[] = [];
  for (let p = 0; p + 32 <= descriptors.length && descriptors[p] !== 0x0d; p += 32) {
    const nameBytes = descriptors.subarray(p, p + 11);
    const end = nameBytes.indexOf(0);
    fields.push({
      name: decoder.decode(end >= 0 ? nameBytes.subarray(0, end) : nameBytes).trim(),
      type: String.fromCharCode(descriptors[p + 11] ?? 67),
      length: descriptors[p + 16] ?? 0,
      decimals: descriptors[p + 17] ?? 0,
    });
  }
  return { count, headerLength, recordLength, fields, encoding, encodingFrom };
}

function cell(field: DbfField, bytes: Buffer, decoder: TextDecoder): Cell {
  switch (field.type) {
    case 'C':
      return decoder.decode(bytes).replace(/[\s\0]+$/, '');
    case 'N':
    case 'F': {
      const t = bytes.toString('latin1').trim();
      if (t === '' || /^\*+$/.test(t)) return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : t;
    }
    case 'L': {
      const t = bytes.toString('latin1').trim().toUpperCase();
      return 'TY'.includes(t) && t !== '' ? true : 'FN'.includes(t) && t !== '' ? false : null;
    }
    case 'D': {
      const t = bytes.toString('latin1').trim();
      return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}` : null;
    }
    case 'I':
      return bytes.length === 4 ? bytes.readInt32LE(0) : null;
    case 'O':
      return bytes.length === 8 ? bytes.readDoubleLE(0) : null;
    default:
      return decoder.decode(bytes).trim();
  }
}

/** The records of the .dbf in order, as column → cell; deleted records come out as null. */
export function* dbfRecords(path: string, header: DbfHeader): Generator<Record<string, Cell> | null> {
  const reader = new BlockReader(path, header.headerLength);
  const decoder = new TextDecoder(header.encoding);
  try {
    for (let n = 0; n < header.count; n++) {
      const rec = reader.read(header.recordLength);
      if (rec.length < header.recordLength) return;
      if (rec[0] === 0x2a) {
        yield null;
        continue;
      }
      const out: Record<string, Cell> = {};
      let p = 1;
      for (const f of header.fields) {
        out[f.name] = cell(f, rec.subarray(p, p + f.length), decoder);
        p += f.length;
      }
      yield out;
    }
  } finally {
    reader.close();
  }
}
