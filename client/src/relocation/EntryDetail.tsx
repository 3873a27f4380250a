/** One member's ledger entry: former home, destination, the history of steps, and the form for the next one. */
import { useEffect, useState } from 'react';
import type { LedgerEntryDto, LedgerEventDto } from '../../../shared/relocation/api';
import { fetchEntryEvents } from '../api/relocation';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { stateLabel } from './labels';
import { TransitionForm } from './TransitionForm';

/** The destination as text: a building's address, or an outside address with its community. */
function destinationText(e: LedgerEntryDto): string | null {
  const d = e.destination;
  if (d.address && d.communityName) return `${d.address}（${d.communityName}）`;
  return d.address;
}

export function EntryDetail({ entry }: { entry: LedgerEntryDto }) {
  const t = useTranslate();
  const asOf = useAppStore((s) => s.asOf);
  const reload = useAppStore((s) => s.relocationReload);
  const [events, setEvents] = useState<LedgerEventDto[] | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchEntryEvents(entry.id, abort.signal).then(setEvents, () => setEvents(null));
    return () => abort.abort();
  }, [entry.id, reload]);
  return (
    <div className="reloc-detail">
      <dl>
        <dt>{t('relocation.entry.origin')}</dt><dd>{entry.originAddress ?? t('relocation.entry.none')}</dd>
        <dt>{t('relocation.entry.destination')}</dt><dd>{destinationText(entry) ?? t('relocation.entry.none')}</dd>
      </dl>
      <h4>{t('relocation.entry.history')}</h4>
      <ol className="reloc-history">
        {(events ?? []).map((e) => (
          <li key={e.id}>
            {t('relocation.entry.historyRow', { on: e.on, from: e.from ? stateLabel(t, e.from) : t('relocation.entry.opened'), to: stateLabel(t, e.to), by: e.by })}
            {e.destination && <> · {e.destination}</>}
            {e.note && <> · {e.note}</>}
          </li>
        ))}
      </ol>
      {asOf !== null ? <p className="reloc-muted">{t('relocation.entry.pastView')}</p>
        : entry.state === 'transferred' ? <p className="reloc-muted">{t('relocation.entry.final')}</p>
          : <TransitionForm entry={entry} />}
    </div>
  );
}
