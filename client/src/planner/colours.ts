/**
 * Colours of the planner's map (pure): each branch a hue from the grid palette, cycling within
 * its community in code order (codes run west→east, north→south, so neighbours mostly differ);
 * branches a plan founds take stronger hues so the new grid stands out; unassigned is white.
 */
import type { PreparedBase } from '../../../shared/planner/prepare';
import type { BranchTarget } from '../../../shared/planner/types';
import { PALETTE } from '../map/palette';

/** Hues of new branches, strong enough to tell from every existing grid. */
export const NEW_BRANCH_FILLS = ['#d81b60', '#00897b', '#f4511e', '#3949ab', '#7cb342', '#8e24aa'] as const;
export const UNASSIGNED_FILL = '#ffffff';

/** Colour of every existing branch by id. */
export function branchColours(p: PreparedBase): Map<number, string> {
  const out = new Map<number, string>();
  for (const ids of p.branchesByCommunity.values()) {
    const ordered = [...ids].sort((a, b) => (p.branches.get(a)?.code ?? '').localeCompare(p.branches.get(b)?.code ?? ''));
    ordered.forEach((id, i) => out.set(id, PALETTE.branchFills[i % PALETTE.branchFills.length] as string));
  }
  return out;
}

/** Colour of a plan target: an existing branch, a new one (by the number in its key), or none. */
export function targetColour(colours: ReadonlyMap<number, string>, to: BranchTarget): string {
  if (to === null) return UNASSIGNED_FILL;
  if (typeof to === 'number') return colours.get(to) ?? UNASSIGNED_FILL;
  const n = Number(/(\d+)$/.exec(to)?.[1] ?? 1);
  return NEW_BRANCH_FILLS[(n - 1) % NEW_BRANCH_FILLS.length] as string;
}
