/**
 * 最近的导入: the import jobs the server keeps (across restarts), under the wizard's first step,
 * so an admin who reloads the page or comes back after a restart can open a report or a result
 * again, or continue an import that is not finished.
 */
import { useCallback } from 'react';
import type { ImportJobDto } from '../../../shared/import/api';
import { useTranslate } from '../hooks/useTranslate';
import './importJobs.css';
import { useAppStore } from '../state/store';
import { fetchImportJobs, jobNote, listedJobs } from './importJobs';
import { formatInstant } from './time';
import { useLoaded } from './useLoaded';

interface Props {
  /** The job the wizard shows, left out of the list. */
  currentId: string | null;
  onOpen: (job: ImportJobDto) => void;
}

export function ImportJobList({ currentId, onOpen }: Props) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const load = useCallback((signal: AbortSignal) => fetchImportJobs(signal), []);
  const loaded = useLoaded(load);
  const jobs = listedJobs(loaded.data ?? [], currentId);
  if (loaded.error) return <p className="admin-form__error" role="alert">{t('importer.error', { message: loaded.error })}</p>;
  if (jobs.length === 0) return null;
  return (
    <div className="importer-jobs" data-part="import-jobs">
      <h3 className="admin-form__title">{t('importer.jobs.title')}</h3>
      <p className="importer__hint">{t('importer.jobs.hint')}</p>
      <table className="admin-table" data-table="import-jobs">
        <thead>
          <tr>
            <th>{t('importer.jobs.file')}</th>
            <th className="importer-jobs__short">{t('importer.jobs.layer')}</th>
            <th>{t('importer.jobs.state')}</th>
            <th>{t('importer.jobs.when')}</th>
            <th>{t('importer.jobs.by')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const note = jobNote(job);
            return (
              <tr key={job.id} data-import-job={job.id} data-state={job.state}>
                <td className="importer-jobs__file">{job.fileName}</td>
                <td className="importer-jobs__short">{t(`importer.layer.${job.layer}`)}</td>
                <td>
                  {t(`importer.jobs.state.${job.state}`)}
                  {note && <div className="importer-jobs__note" data-part="job-note">{t(note.key, { message: note.message })}</div>}
                </td>
                <td className="importer-jobs__short">{formatInstant(job.createdAt, locale)}</td>
                <td className="importer-jobs__short">{job.username}</td>
                <td>
                  <button type="button" className="button" data-action="open-import" onClick={() => onOpen(job)}>{t('importer.jobs.open')}</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
