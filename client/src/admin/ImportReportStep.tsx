/**
 * Step 3 of the import wizard: the validation report (counts, the shift warning with a one-click
 * re-check in the advised system, every issue, the CSV download), then import the valid part or
 * nothing. A failed commit says here that nothing was written, and why.
 */
import type { ImportJobDto, ImportReportDto, ValidateBody } from '../../../shared/import/api';
import { importReportCsvPath } from '../api/imports';
import { useTranslate } from '../hooks/useTranslate';
import { ImportIssueList } from './ImportIssueList';
import { listedIssues, shiftWarning, suggestedCrs } from './importProgress';

const COUNTS = ['rows', 'valid', 'refused', 'repaired', 'warnings'] as const;

interface Props {
  job: ImportJobDto & { report: ImportReportDto };
  busy: boolean;
  onValidate: (body: ValidateBody) => void;
  onCommit: () => void;
  onDiscard: () => void;
  onRemap: () => void;
}

export function ImportReportStep({ job, busy, onValidate, onCommit, onDiscard, onRemap }: Props) {
  const t = useTranslate();
  const { report, settings } = job;
  const shift = shiftWarning(report);
  const advised = suggestedCrs(shift);
  const issues = listedIssues(report);
  const committable = !report.refused && report.summary.valid > 0 && job.state !== 'failed';
  return (
    <div className="admin-form importer-report" data-step="report">
      <h3 className="admin-form__title">{t('importer.report.title')}</h3>
      <dl className="importer-counts" data-part="counts">
        {COUNTS.map((key) => (
          <div key={key} className={`importer-counts__item importer-counts__item--${key}`} data-count={key}>
            <dt>{t(`importer.summary.${key}`)}</dt>
            <dd>{report.summary[key]}</dd>
          </div>
        ))}
      </dl>
      {shift && (
        <div className="importer-shift" role="alert" data-part="shift">
          <p className="importer-shift__title">{t('importer.shift.title')}</p>
          <p>{t('importer.shift.body')}</p>
          <p className="importer-shift__detail">{shift.message}</p>
          {advised && settings && (
            <button type="button" className="button" data-action="retry-crs" disabled={busy} onClick={() => onValidate({ ...settings, crs: advised })}>
              {t('importer.shift.retry', { crs: t(`importer.crs.${advised}`) })}
            </button>
          )}
        </div>
      )}
      {job.state === 'failed' && job.error && <p className="admin-form__error" role="alert" data-part="failed">{t('importer.failed', { message: job.error })}</p>}
      {report.refused ? (
        <p className="admin-form__error" role="alert">{t('importer.report.fileRefused')}</p>
      ) : (
        <p className="importer__effect" data-part="effect">{t('importer.report.effect', { inserts: report.inserts, updates: report.updates, removals: report.removals })}</p>
      )}
      {issues.length > 0 && <ImportIssueList layer={job.layer} issues={issues} />}
      {report.issues.length === 0 && <p className="panel-status">{t('importer.report.clean')}</p>}
      {report.truncated > 0 && <p className="importer__hint">{t('importer.report.truncated', { count: report.truncated })}</p>}
      <div className="admin-form__buttons importer-report__buttons">
        <button type="button" className="button button--primary" data-action="commit" disabled={busy || !committable} onClick={onCommit}>
          {t('importer.commit', { count: report.summary.valid })}
        </button>
        <button type="button" className="button" data-action="discard" disabled={busy} onClick={onDiscard}>{t('importer.nothing')}</button>
        <button type="button" className="button" data-action="remap" disabled={busy} onClick={onRemap}>{t('importer.remap')}</button>
        <a className="button importer-report__csv" data-action="report-csv" href={importReportCsvPath(job.id)} download>{t('importer.report.csv')}</a>
      </div>
    </div>
  );
}
