/**
 * The ledger list: filtered by zone, state and the counter clicked. Ledger keepers see names
 * (the server sends them only to those roles); others see how many per zone.
 */
import { RELOCATION_STATES, type RelocationState } from '../../../shared/relocation/states';
import { canRecordMoves } from '../auth/abilities';
import { useTranslate } from '../hooks/useTranslate';
import type { MessageKey } from '../i18n';
import { useAppStore } from '../state/store';
import { EntryDetail } from './EntryDetail';
import { stateLabel } from './labels';
import { STATE_COLOURS } from './palette';
import { countedBy, selectZones, visibleEntries } from './selectors';

/** Longest list drawn at once; filters narrow the rest. */
const SHOWN = 200;

function ZoneCounts() {
  const t = useTranslate();
  const zones = useAppStore(selectZones);
  const filter = useAppStore((s) => s.ledgerFilter);
  const count = (ledger: Partial<Record<RelocationState, number>>) =>
    RELOCATION_STATES.filter((st) => (filter.counter === null || countedBy(filter.counter, st)) && (filter.state === null || st === filter.state))
      .reduce((sum, st) => sum + (ledger[st] ?? 0), 0);
  return (
    <>
      <p className="reloc-muted">{t('relocation.ledger.namesHidden')}</p>
      <ul className="reloc-list">{zones.map((z) => <li key={z.properties.id}>{z.properties.name}：{count(z.properties.ledger)}</li>)}</ul>
    </>
  );
}

export function Ledger() {
  const t = useTranslate();
  const keeper = useAppStore((s) => canRecordMoves(s.session));
  const ledger = useAppStore((s) => s.ledger);
  const filter = useAppStore((s) => s.ledgerFilter);
  const zoneId = useAppStore((s) => s.zoneId);
  const zones = useAppStore(selectZones);
  const selected = useAppStore((s) => s.selectedEntryId);
  const { setLedgerFilter, setZoneId, selectEntry } = useAppStore.getState();
  const entries = ledger ? visibleEntries(ledger, filter, zoneId) : [];
  return (
    <section className="reloc-section reloc-ledger">
      <h3>{t('relocation.ledger')}</h3>
      <div className="reloc-filters">
        <label>
          {t('relocation.ledger.zone')}
          <select value={zoneId ?? ''} onChange={(e) => setZoneId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('relocation.ledger.allZones')}</option>
            {zones.map((z) => <option key={z.properties.id} value={z.properties.id}>{z.properties.name}</option>)}
          </select>
        </label>
        <label>
          {t('relocation.ledger.state')}
          <select name="state-filter" value={filter.state ?? ''} onChange={(e) => setLedgerFilter({ state: (e.target.value || null) as RelocationState | null })}>
            <option value="">{t('relocation.ledger.allStates')}</option>
            {RELOCATION_STATES.map((s) => <option key={s} value={s}>{stateLabel(t, s)}</option>)}
          </select>
        </label>
      </div>
      {filter.counter && (
        <p className="reloc-chip">
          {t('relocation.ledger.counterFilter', { counter: t(`relocation.counter.${filter.counter}` as MessageKey) })}
          <button type="button" onClick={() => setLedgerFilter({ counter: null })}>{t('relocation.ledger.clearFilter')}</button>
        </p>
      )}
      {!keeper ? <ZoneCounts /> : (
        <>
          <p className="reloc-muted">{t('relocation.ledger.count', { count: entries.length })}</p>
          {entries.length === 0 && <p className="reloc-muted">{t('relocation.ledger.empty')}</p>}
          <ul className="reloc-entries">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.id} className={selected === e.id ? 'is-selected' : ''}>
                <button type="button" className="reloc-entry" data-entry={e.id} onClick={() => selectEntry(selected === e.id ? null : e.id)}>
                  <span className="reloc-entry__name">{e.memberName}</span>
                  <span className="reloc-state" style={{ borderColor: STATE_COLOURS[e.state] }}>{stateLabel(t, e.state)}</span>
                  <span className="reloc-muted">{e.zoneName} · {e.originAddress ?? ''}</span>
                  {e.clocks.lostContact.due && <span className="reloc-flag">{t('relocation.ledger.flagLost')}</span>}
                  {e.clocks.transferDue.due && <span className="reloc-flag">{t('relocation.ledger.flagTransfer')}</span>}
                </button>
                {selected === e.id && <EntryDetail entry={e} />}
              </li>
            ))}
          </ul>
          {entries.length > SHOWN && <p className="reloc-muted">{t('relocation.ledger.more', { shown: SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
