/**
 * Issues of an import as a table a person can act on: which row or feature (and its own id,
 * code or address), what is wrong in words, the field and the place in the geometry, whether it
 * was refused, only worth a look, or repaired automatically; the server's detail names the value.
 */
import type { DataLayer } from '../../../shared/import/layers';
import type { ImportIssue } from '../../../shared/import/report';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { fieldLabel } from './importMapping';

export function ImportIssueList({ layer, issues }: { layer: DataLayer; issues: readonly ImportIssue[] }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  return (
    <table className="admin-table importer-issues" data-table="issues">
      <thead>
        <tr>
          <th>{t('importer.col.row')}</th>
          <th>{t('importer.col.severity')}</th>
          <th>{t('importer.col.problem')}</th>
          <th>{t('importer.col.field')}</th>
          <th>{t('importer.col.ref')}</th>
          <th>{t('importer.col.where')}</th>
          <th>{t('importer.col.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index} data-row={issue.row} data-code={issue.code} data-severity={issue.severity}>
            <td>{issue.row === 0 ? t('importer.row.file') : issue.row}</td>
            <td><span className={`importer-badge importer-badge--${issue.severity}`}>{t(`importer.severity.${issue.severity}`)}</span></td>
            <td>{t(`importer.code.${issue.code}`)}</td>
            <td>{issue.field ? fieldLabel(layer, issue.field, locale) : ''}</td>
            <td>{issue.ref ?? ''}</td>
            <td><code>{issue.path ?? ''}</code></td>
            <td className="admin-table__detail">{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
