/**
 * Step 4 of the import wizard: how many records were written, and a link that opens the map on
 * what was imported. This page's data version catches up first, so the map shows the new data.
 */
import { useEffect, useState } from 'react';
import type { ImportJobDto, ImportResultDto } from '../../../shared/import/api';
import { navigate } from '../hooks/useRoute';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { refreshAfterImport } from './importRefresh';

/** Closest zoom the map opens at on the imported box (a few buildings would otherwise fill the screen). */
const RESULT_MAX_ZOOM = 17;

interface Props {
  job: ImportJobDto & { result: ImportResultDto };
  onAgain: () => void;
}

export function ImportResultStep({ job, onAgain }: Props) {
  const t = useTranslate();
  const { result, layer } = job;
  const [stale, setStale] = useState<string | null>(null);
  useEffect(() => {
    refreshAfterImport(useAppStore, layer).catch((failure: unknown) => setStale(failure instanceof Error ? failure.message : String(failure)));
  }, [layer, result.dataVersion]);
  const openMap = () => {
    if (result.bbox) useAppStore.getState().requestFit(result.bbox, RESULT_MAX_ZOOM);
    navigate({ page: 'map' });
  };
  return (
    <div className="admin-form importer-result" data-step="result">
      <h3 className="admin-form__title">{t('importer.result.title')}</h3>
      <p data-part="result">{t('importer.result.body', { inserted: result.inserted, updated: result.updated, removed: result.removed, refused: result.refused })}</p>
      {job.error && <p className="importer__hint" data-part="result-note">{t('importer.result.note', { message: job.error })}</p>}
      {stale && <p className="admin-form__error" role="alert">{t('importer.error', { message: stale })}</p>}
      <div className="admin-form__buttons">
        <a className="button button--primary" href="/" data-action="open-map" onClick={(e) => { e.preventDefault(); openMap(); }}>{t('importer.result.map')}</a>
        <button type="button" className="button" data-action="again" onClick={onAgain}>{t('importer.result.again')}</button>
      </div>
    </div>
  );
}
