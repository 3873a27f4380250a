/** Demolition and relocation: zones, the flow map, counters and the ledger. */
import { useTranslate } from '../hooks/useTranslate';

export function RelocationPage() {
  const t = useTranslate();
  return (
    <main className="app-main">
      <h2>{t('relocation.title')}</h2>
    </main>
  );
}
