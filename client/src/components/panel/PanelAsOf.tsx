/** A line at the top of the panel naming the past day its figures are of (nothing for today). */
import { formatDay } from '../../asOf/format';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';

export function PanelAsOf() {
  const t = useTranslate();
  const asOf = useAppStore((s) => s.asOf);
  const locale = useAppStore((s) => s.locale);
  if (asOf === null) return null;
  return <p className="panel-as-of" data-as-of={asOf}>{t('asOf.panelAsOf', { date: formatDay(asOf, locale) })}</p>;
}
