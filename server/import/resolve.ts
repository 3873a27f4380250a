/**
 * Turns a row's typed values into the database row it becomes: the table, its columns,
 * whether it updates an existing row (matched by id, else by the layer's natural key) or is
 * new, and the references it needs (community, grid, neighbourhood, building, member) found
 * by code or name columns when the file has them, else by a spatial join through the R*Tree.
 */
import type { DataLayer } from '../../shared/import/layers';
import type { ResolveContext, ResolveInput, ResolveResult } from './resolve-common';
import { resolvePlace } from './resolve-places';
import { resolvePerson } from './resolve-people';

/** Resolves one row of `layer`. */
export function resolveRow(layer: DataLayer, input: ResolveInput, ctx: ResolveContext): ResolveResult {
  switch (layer) {
    case 'members':
    case 'leads':
    case 'liaisons':
      return resolvePerson(layer, input, ctx);
    default:
      return resolvePlace(layer, input, ctx);
  }
}
