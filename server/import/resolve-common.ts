/**
 * Types and helpers shared by the per-layer resolvers (resolve-places.ts, resolve-people.ts).
 */
import type { Geometry } from 'geojson';
import type { LeadLink } from '../../shared/model';
import type { DataLayer } from '../../shared/import/layers';
import type { RowIssue } from '../../shared/import/row';
import type { FieldValue } from '../../shared/import/values';
import type { Lookups } from './lookups';

export type SqlValue = string | number | null;

export const LAYER_TABLE: Record<DataLayer, string> = {
  communities: 'community',
  branches: 'grid_branch',
  neighbourhoods: 'neighbourhood',
  buildings: 'building',
  roads: 'road',
  water: 'water',
  members: 'member',
  leads: 'household_lead',
  liaisons: 'liaison',
  zones: 'demolition_zone',
};

/** The column each geometry table stores its GeoJSON in (leads keep lng/lat columns instead). */
export const GEOMETRY_COLUMN: Partial<Record<string, string>> = {
  community: 'boundary', grid_branch: 'polygon', neighbourhood: 'polygon', building: 'footprint', road: 'geometry', water: 'geometry', demolition_zone: 'polygon',
};

export interface Resolved {
  table: string;
  /** The existing row this one updates, or null to insert a new row. */
  existingId: number | null;
  /** For an insert: the id the file gives when it is free (references from other files then hold), else null. */
  newId: number | null;
  /** Every column of a new row (geometry apart). */
  columns: Record<string, SqlValue>;
  /** The columns an update sets: those whose fields the file maps. Unmapped ones keep their values. */
  updateColumns: string[];
  geometry: Geometry | null;
  /** A household-lead's links, replacing its old ones. */
  links: LeadLink[] | null;
  /** Identifies the row within the file, for duplicates. */
  key: string;
}

export interface ResolveContext {
  lk: Lookups;
  /** Today, `YYYY-MM-DD`, for validity dates the file does not give. */
  today: string;
  /** Fields the mapping fills (a column or a default). */
  mapped: ReadonlySet<string>;
}

export interface ResolveInput {
  values: Record<string, FieldValue>;
  geometry: Geometry | null;
}

export type ResolveResult = { resolved: Resolved; issues: RowIssue[] } | { resolved: null; issues: RowIssue[] };

/** Text of a value, or null. */
export const text = (v: FieldValue | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));
/** Number of a value, or null. */
export const num = (v: FieldValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** An error about one field. */
export const refError = (code: RowIssue['code'], field: string, message: string): RowIssue => ({ severity: 'error', code, field, message });

/**
 * Finds the existing row by the file's id, else by `natural` (a lookup by the layer's own
 * key). Returns the existing id and the id a new row may take.
 */
export function matchExisting(ctx: ResolveContext, table: string, id: number | null, natural: () => number | null | 'many'): { existingId: number | null; newId: number | null; issue?: RowIssue } {
  if (id !== null) {
    if (ctx.lk.exists(table, id)) return { existingId: id, newId: null };
    const taken = ctx.lk.row(`SELECT 1 FROM ${table} WHERE id = ?`, id) !== undefined;
    return taken
      ? { existingId: null, newId: null, issue: { severity: 'warning', code: 'duplicate_code', field: 'id', message: `id ${id} belongs to a past version of another row; the row gets a new id` } }
      : { existingId: null, newId: id };
  }
  const found = natural();
  if (found === 'many') return { existingId: null, newId: null, issue: refError('ambiguous_reference', 'id', 'more than one existing row has this key; give the id column to say which one') };
  return { existingId: found, newId: null };
}

/** Which `columns` an update sets: those whose source fields the mapping fills (`always` regardless). */
export function updatable(ctx: ResolveContext, sources: Record<string, readonly string[]>, always: readonly string[] = []): string[] {
  return Object.entries(sources)
    .filter(([, fields]) => fields.some((f) => ctx.mapped.has(f)))
    .map(([col]) => col)
    .concat(always);
}

