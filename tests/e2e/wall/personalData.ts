/**
 * Looks for members' personal data in what the wall receives: any member's name or phone
 * number anywhere in a text, and any field whose name says it holds a name, phone or birth
 * year. Used by the server test on every response and event, and by the browser test on
 * every response the page gets.
 */
import type { Database } from 'better-sqlite3';

export interface PersonalData {
  names: string[];
  phones: string[];
}

/** Every member's name and phone number in `db`. */
export function personalData(db: Database): PersonalData {
  const rows = db.prepare('SELECT name, phone FROM member').all() as { name: string; phone: string }[];
  return { names: [...new Set(rows.map((r) => r.name))], phones: rows.map((r) => r.phone) };
}

/** Field names that would carry personal data. */
const PERSONAL_KEYS = /"(name_?|member_?name|display_?name|birth_?year|birth|phone|mobile|id_?card|username)"\s*:/i;

/**
 * What in `text` (from `where`) is personal data, as messages; empty when nothing is.
 * `name` itself is allowed as a key: units (communities, branches, zones) have names, and the
 * test checks the values instead.
 */
export function findPersonalData(text: string, where: string, data: PersonalData): string[] {
  const found: string[] = [];
  for (const name of data.names) if (text.includes(name)) found.push(`${where}: member name ${name}`);
  for (const phone of data.phones) if (text.includes(phone)) found.push(`${where}: phone ${phone}`);
  const key = PERSONAL_KEYS.exec(text.replace(/"name"\s*:/g, ''));
  if (key) found.push(`${where}: field ${key[1]}`);
  return found;
}
