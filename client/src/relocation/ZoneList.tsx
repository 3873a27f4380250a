/** The zones announced by the day: stage, dates, members; focus one on the map or preview its clearing. */
import { useState } from 'react';
import { fetchWhatIf } from '../api/relocation';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { stageLabel } from './labels';
import { STAGE_COLOURS } from './palette';
import { selectZones } from './selectors';

export function ZoneList() {
  const t = useTranslate();
  const zones = useAppStore(selectZones);
  const zoneId = useAppStore((s) => s.zoneId);
  const asOf = useAppStore((s) => s.asOf);
  const [loading, setLoading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = async (id: number) => {
    setLoading(id);
    setError(null);
    try {
      useAppStore.getState().setWhatIf(await fetchWhatIf(id, asOf));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setLoading(null);
    }
  };
  return (
    <section className="reloc-section">
      <h3>{t('relocation.zones')}</h3>
      {zones.length === 0 && <p className="reloc-muted">{t('relocation.zone.none')}</p>}
      <ul className="reloc-zones">
        {zones.map(({ properties: z }) => {
          const members = Object.values(z.ledger).reduce((sum, n) => sum + (n ?? 0), 0);
          return (
            <li key={z.id} className={`reloc-zone${zoneId === z.id ? ' is-focus' : ''}`} data-zone={z.id}>
              <div className="reloc-zone__head">
                <span className="reloc-swatch" style={{ background: STAGE_COLOURS[z.stage] }} />
                <strong>{z.name}</strong>
                <span className="reloc-zone__stage">{stageLabel(t, z.stage)}</span>
              </div>
              <div className="reloc-muted">
                {t('relocation.zone.dates', { announced: z.announced_on ?? '–', moving: z.moving_on ?? '–', cleared: z.cleared_on ?? '–' })}
                {' · '}
                {t('relocation.zone.members', { count: members })}
              </div>
              <div className="reloc-zone__actions">
                <button type="button" onClick={() => useAppStore.getState().setZoneId(zoneId === z.id ? null : z.id)}>{t('relocation.zone.focus')}</button>
                <button type="button" className="reloc-whatif-button" disabled={loading !== null} onClick={() => void preview(z.id)}>
                  {loading === z.id ? t('relocation.whatIf.loading') : t('relocation.zone.whatIf')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {error && <p className="reloc-error" role="alert">{error}</p>}
    </section>
  );
}
