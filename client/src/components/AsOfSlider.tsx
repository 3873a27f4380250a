/** The dashboard-wide date: today (live) or a past day, written to the store's `asOf`. */
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';

export function AsOfSlider() {
  const t = useTranslate();
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  return (
    <label className="as-of">
      <span>{t('asOf.label')}</span>
      <input type="date" value={asOf ?? ''} onChange={(e) => setAsOf(e.target.value || null)} />
    </label>
  );
}
