/**
 * How plan messages name things, in any language: a branch by its name and the last two digits
 * of its code, a new branch by the name the plan gives it. Used for messages' `params`, so a
 * client can put them into its own wording.
 */
import type { PreparedBase } from './prepare';
import type { BranchTarget } from './types';

/** Stands for "no branch" in params; a client shows it as its word for unassigned. */
export const NO_BRANCH = '—';

/** "西社区第一网格党支部 (01)", a new branch's name, its key if unknown, or `NO_BRANCH` for none. */
export function targetLabel(p: PreparedBase, created: ReadonlyMap<string, { name: string }>, to: BranchTarget): string {
  if (to === null) return NO_BRANCH;
  if (typeof to === 'string') return created.get(to)?.name ?? to;
  const b = p.branches.get(to);
  return b ? `${b.name} (${b.code.slice(-2)})` : String(to);
}
