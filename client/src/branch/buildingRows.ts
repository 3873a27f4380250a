/**
 * The branch's buildings tab: each building of the grid with its figures from the coverage
 * report (households, residents, members, leads, coverage) and its verification day from the
 * buildings layer, in the report's order. Pure.
 */
import type { BuildingProps, CoverageResponse, UnitRef } from '../../../shared/api';
import type { Freshness } from '../../../shared/freshness';
import { freshnessByCutoffs, type FreshnessCutoffs } from '../../../shared/freshness-cutoffs';

export interface BuildingRow {
  ref: UnitRef;
  households: number;
  residents: number;
  /** Active members living in the building. */
  members: number;
  leads: number;
  reached: number;
  /** reached ÷ households, 0..1; null without households. */
  coverage: number | null;
  state: string;
  verifiedOn: string | null;
  verified: Freshness;
}

/**
 * Rows for the report's building children, homes first (in the report's order) and shops and
 * public buildings after them; `layer` supplies verification days by id.
 */
export function buildingRows(report: CoverageResponse, layer: readonly BuildingProps[], cutoffs: FreshnessCutoffs): BuildingRow[] {
  const verifiedOn = new Map(layer.map((b) => [b.id, b.verifiedOn ?? null]));
  return report.children
    .filter((c) => c.level === 'building')
    .map((c) => {
      const f = c.figures;
      const on = verifiedOn.get(c.id) ?? null;
      return {
        ref: { level: c.level, id: c.id, code: c.code, name: c.name, bbox: c.bbox },
        households: f.households,
        residents: f.residents,
        members: f.residentMembers,
        leads: f.leads,
        reached: f.reached,
        coverage: f.coverage,
        state: f.state ?? 'no_households',
        verifiedOn: on,
        verified: freshnessByCutoffs(on, cutoffs),
      };
    })
    .sort((a, b) => Number(a.households === 0) - Number(b.households === 0));
}

/** How many rows are in each freshness class (for the tab's summary line). */
export function verifiedCounts(rows: readonly BuildingRow[]): Record<Freshness, number> {
  const out: Record<Freshness, number> = { fresh: 0, stale: 0, lost: 0, never: 0 };
  for (const r of rows) out[r.verified] += 1;
  return out;
}
