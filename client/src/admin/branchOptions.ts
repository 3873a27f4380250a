/** The grid branches an account can be bound to, by code, with their names (from the branches layer). */
import type { BranchProps } from '../../../shared/api';

export interface BranchOption {
  id: number;
  label: string;
}

/** Options for a branch picker, ordered by code; empty until the branches layer has loaded. */
export function branchOptions(branches: { features: ReadonlyArray<{ properties: BranchProps }> } | null): BranchOption[] {
  if (!branches) return [];
  return branches.features
    .map((f) => f.properties)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => ({ id: p.id, label: `${p.code} ${p.name}` }));
}

/** An account's branch as shown in the table: its code and name, or the bare id when unknown. */
export function branchLabel(options: readonly BranchOption[], id: number | null): string {
  if (id === null) return '';
  return options.find((o) => o.id === id)?.label ?? `#${id}`;
}
