/**
 * The freshness thresholds the server judges by, read from a coverage report's `rules` (a
 * deployment may change them), falling back to the defaults when a report has none yet.
 */
import type { CoverageResponse } from '../../../shared/api';
import { freshnessCutoffs, type FreshnessCutoffs } from '../../../shared/freshness-cutoffs';
import { DEFAULT_RULES, mergeRules, type RuleConfig } from '../../../shared/rules/config';

export type FreshnessRules = Pick<RuleConfig, 'staleAfterMonths' | 'lostContactMonths'>;

const DEFAULT_FRESHNESS: FreshnessRules = { staleAfterMonths: DEFAULT_RULES.staleAfterMonths, lostContactMonths: DEFAULT_RULES.lostContactMonths };

/** The stale and lost thresholds of `report` (defaults when absent or malformed). */
export function freshnessRulesOf(report: Pick<CoverageResponse, 'rules'> | null): FreshnessRules {
  const rules = report?.rules;
  if (!rules) return DEFAULT_FRESHNESS;
  try {
    const merged = mergeRules({ staleAfterMonths: rules.staleAfterMonths, lostContactMonths: rules.lostContactMonths });
    return { staleAfterMonths: merged.staleAfterMonths, lostContactMonths: merged.lostContactMonths };
  } catch {
    return DEFAULT_FRESHNESS;
  }
}

/** Today's freshness cut-off days by the shown report's thresholds (what the map colours by). */
export function freshnessCutoffsOf(state: { today: string; report: Pick<CoverageResponse, 'rules'> | null }): FreshnessCutoffs {
  return freshnessCutoffs(state.today, freshnessRulesOf(state.report));
}
