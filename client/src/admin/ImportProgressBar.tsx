/**
 * The wizard's progress bar: the upload's bytes, then the rows the server has read, checked or
 * written (an indeterminate bar while the total is unknown).
 */
import { useTranslate } from '../hooks/useTranslate';
import type { ProgressView } from './importProgress';

export function ImportProgressBar({ view }: { view: ProgressView }) {
  const t = useTranslate();
  const rows = view.phase === 'upload' ? null : view.total !== null ? t('importer.progressRows', { done: view.done, total: view.total }) : t('importer.progressSome', { done: view.done });
  return (
    <div className="importer-progress" data-phase={view.phase}>
      <div className="importer-progress__label">
        <span>{t(`importer.phase.${view.phase}`)}</span>
        <span>{view.percent !== null ? `${view.percent}%` : rows}</span>
      </div>
      <div
        className={`importer-progress__track${view.percent === null ? ' importer-progress__track--busy' : ''}`}
        role="progressbar"
        aria-label={t(`importer.phase.${view.phase}`)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent ?? undefined}
      >
        <div className="importer-progress__fill" style={{ width: `${view.percent ?? 100}%` }} />
      </div>
      {view.percent !== null && rows && <div className="importer-progress__rows">{rows}</div>}
    </div>
  );
}
