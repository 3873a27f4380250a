/** The four counters (members affected, resettled, still unaccounted for, lost contact); each opens its list. */
import { useTranslate } from '../hooks/useTranslate';
import type { MessageKey } from '../i18n';
import { COUNTER_KINDS, type CounterKind } from '../state/relocationSlice';
import { useAppStore } from '../state/store';

const FIGURE: Record<CounterKind, 'affected' | 'resettled' | 'unaccountedFor' | 'lostContact'> = {
  affected: 'affected', resettled: 'resettled', unaccounted: 'unaccountedFor', lostContact: 'lostContact',
};

export function Counters() {
  const t = useTranslate();
  const summary = useAppStore((s) => s.relocation?.summary ?? null);
  const active = useAppStore((s) => s.ledgerFilter.counter);
  const setFilter = useAppStore((s) => s.setLedgerFilter);
  if (!summary) return null;
  return (
    <section className="reloc-counters" aria-label={t('relocation.counters')}>
      {COUNTER_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`reloc-counter reloc-counter--${kind}${active === kind ? ' is-active' : ''}`}
          aria-pressed={active === kind}
          title={t('relocation.counter.hint')}
          data-counter={kind}
          onClick={() => setFilter({ counter: active === kind ? null : kind, state: null })}
        >
          <span className="reloc-counter__value">{summary[FIGURE[kind]]}</span>
          <span className="reloc-counter__label">{t(`relocation.counter.${kind}` as MessageKey)}</span>
        </button>
      ))}
    </section>
  );
}
