/**
 * Reads one cell as the type its field wants, the way ledgers really write them: `30户`,
 * `1956年3月`, Excel date serials, `+86 138-0013-8000`, `男`. Answers the value, "missing",
 * or a message saying what is wrong with the cell.
 */
import type { LeadLink } from '../model';
import { matchEnum } from './enums';
import type { FieldSpec } from './fields';

export type Cell = string | number | boolean | null | undefined;
export type FieldValue = string | number | LeadLink[] | null;
export type Parsed = { ok: true; value: FieldValue } | { ok: false; missing: true } | { ok: false; missing: false; message: string };

const missing: Parsed = { ok: false, missing: true };
const bad = (message: string): Parsed => ({ ok: false, missing: false, message });

/** Days from 1899-12-30 (Excel's day 0 on Windows) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

function excelSerialToIso(serial: number): string {
  return new Date(Math.round((serial - EXCEL_EPOCH_DAYS) * 86_400_000)).toISOString().slice(0, 10);
}

function isoDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` from `2024-01-05`, `2024/1/5`, `2024.1.5`, `2024年1月5日`, `20240105` or an Excel serial. */
export function parseDate(cell: string | number): string | null {
  if (typeof cell === 'number') return cell > 0 && cell < 2_958_466 ? excelSerialToIso(cell) : null;
  const s = cell.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d+(\.\d+)?$/.test(s)) return parseDate(Number(s));
  return null;
}

/** The year of a birth date written as a year, a month (`1956年3月`, `1956.03`), a date or an Excel serial. */
export function parseYear(cell: string | number, thisYear: number): number | null {
  let year: number | null = null;
  if (typeof cell === 'number') year = cell >= 1000 && cell <= 9999 ? cell : Number(parseDate(cell)?.slice(0, 4) ?? NaN);
  else {
    const m = /^(\d{4})(?:\s*(?:[-/.年]\s*\d{1,2}.*|\d{2,4}|年)?)$/.exec(cell.trim());
    year = m ? Number(m[1]) : /^\d+(\.\d+)?$/.test(cell.trim()) ? parseYear(Number(cell), thisYear) : null;
  }
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= thisYear ? year : null;
}

/** An integer, allowing thousands separators and a unit after it (`30户`, `6层`, `1,200人`). */
export function parseInteger(cell: string | number): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : null;
  const m = /^([+-]?[\d,，]+)(?:\.0+)?\s*(户|人|层|栋|个|口)?$/.exec(cell.trim());
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/[,，]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** Digits of a phone number without spaces, dashes or a +86 / 0086 prefix; null if it is not one. */
export function parsePhone(cell: string | number): string | null {
  const s = String(cell).trim().replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086)/, '');
  return /^\d{5,20}$/.test(s) ? s : null;
}

/** Lead links written as `buildingId:households` pairs separated by `;` (`12:6;13:4`). */
export function parseLinks(cell: string): LeadLink[] | null {
  const parts = cell.split(/[;；,，]/).map((p) => p.trim()).filter(Boolean);
  const links: LeadLink[] = [];
  for (const p of parts) {
    const m = /^(\d+)\s*[:：]\s*(\d+)$/.exec(p);
    if (!m) return null;
    links.push({ buildingId: Number(m[1]), households: Number(m[2]) });
  }
  return links.length ? links : null;
}

function isEmpty(cell: Cell): cell is null | undefined | '' {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Reads `cell` as `field` wants it. `thisYear` bounds birth years. */
export function parseField(field: FieldSpec, cell: Cell, thisYear: number = new Date().getFullYear()): Parsed {
  if (isEmpty(cell)) return missing;
  const raw = typeof cell === 'boolean' ? String(cell) : cell;
  const text = String(raw).trim();
  switch (field.type) {
    case 'text':
      return { ok: true, value: text };
    case 'id':
    case 'integer': {
      const n = parseInteger(raw);
      if (n === null) return bad(`"${text}" is not a whole number`);
      const min = field.type === 'id' ? 1 : field.min;
      if (min !== undefined && n < min) return bad(`${n} is below the smallest allowed value, ${min}`);
      return { ok: true, value: n };
    }
    case 'code': {
      const digits = typeof raw === 'number' ? String(Math.trunc(raw)) : text;
      if (!/^\d+$/.test(digits)) return bad(`"${text}" is not a code: it must be digits only`);
      if (field.digits && digits.length !== field.digits) return bad(`"${text}" has ${digits.length} digits; a ${field.name} has ${field.digits}`);
      return { ok: true, value: digits };
    }
    case 'enum': {
      const v = field.values ? matchEnum(field.values, text) : null;
      return v === null ? bad(`"${text}" is not one of: ${Object.keys(field.values ?? {}).join(', ')}`) : { ok: true, value: v };
    }
    case 'date': {
      const d = parseDate(raw);
      return d === null ? bad(`"${text}" is not a date (write YYYY-MM-DD)`) : { ok: true, value: d };
    }
    case 'year': {
      const y = parseYear(raw, thisYear);
      return y === null ? bad(`"${text}" is not a year of birth between 1900 and ${thisYear}`) : { ok: true, value: y };
    }
    case 'phone': {
      const p = parsePhone(raw);
      return p === null ? bad(`"${text}" is not a phone number`) : { ok: true, value: p };
    }
    case 'links': {
      const l = parseLinks(text);
      return l === null ? bad(`"${text}" is not a list of buildingId:households pairs such as 12:6;13:4`) : { ok: true, value: l };
    }
  }
}
