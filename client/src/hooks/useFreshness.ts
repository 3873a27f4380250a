/** Today, the freshness thresholds of the shown report, and their cut-off days, kept stable between renders. */
import { useMemo } from 'react';
import { freshnessCutoffs, type FreshnessCutoffs } from '../../../shared/freshness-cutoffs';
import { freshnessRulesOf, type FreshnessRules } from '../branch/freshnessRules';
import { useAppStore } from '../state/store';

export interface FreshnessView {
  today: string;
  rules: FreshnessRules;
  cutoffs: FreshnessCutoffs;
}

export function useFreshness(): FreshnessView {
  const today = useAppStore((s) => s.today);
  const rulesSource = useAppStore((s) => s.report?.rules ?? null);
  return useMemo(() => {
    const rules = freshnessRulesOf(rulesSource ? { rules: rulesSource } : null);
    return { today, rules, cutoffs: freshnessCutoffs(today, rules) };
  }, [today, rulesSource]);
}
