/** A date with its freshness: a dot in the map's freshness colour, the day, and the class in words. */
import type { Freshness } from '../../../../shared/freshness';
import { useTranslate } from '../../hooks/useTranslate';
import { PALETTE } from '../../map/palette';
import type { FreshnessRules } from '../../branch/freshnessRules';

export function FreshnessBadge({ date, freshness, rules, what }: { date: string | null; freshness: Freshness; rules: FreshnessRules; what: 'verified' | 'contact' }) {
  const t = useTranslate();
  const months = { stale: rules.staleAfterMonths.value, lost: rules.lostContactMonths.value };
  return (
    <span className={`freshness freshness--${freshness}`} data-freshness={freshness} title={t(`freshness.${freshness}`, months)}>
      <span className="freshness__dot" style={{ background: PALETTE.freshness[freshness] }} aria-hidden="true" />
      <span className="freshness__date">{date ?? t(what === 'verified' ? 'freshness.neverVerified' : 'freshness.neverContacted')}</span>
    </span>
  );
}
