/**
 * 审计日志: who did what and when (sign-ins, reads of personal data, writes, exports), newest
 * first, filtered by user, action and days; the same filter downloads as CSV.
 */
import { useCallback, useState, type FormEvent } from 'react';
import { auditPath, fetchAudit, type AuditFilter } from '../api/admin';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { formatInstant } from './time';
import { useLoaded } from './useLoaded';

/** Actions the server records, offered as suggestions (any text may still be typed). */
const KNOWN_ACTIONS = [
  'login', 'login_failed', 'logout', 'read_members', 'read_member', 'record_contact', 'verify',
  'export_members_csv', 'export_buildings_csv', 'export_buildings_geojson',
  'create_account', 'update_account', 'create_wall_token', 'revoke_wall_token', 'read_audit',
];

const FIELDS = ['username', 'action', 'from', 'to'] as const;

export function AuditSection() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const [draft, setDraft] = useState<AuditFilter>({});
  const [filter, setFilter] = useState<AuditFilter>({});
  const load = useCallback((signal: AbortSignal) => fetchAudit(filter, signal), [filter]);
  const entries = useLoaded(load);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft });
  };
  return (
    <>
      <form className="admin-form admin-form--filters" data-form="audit-filter" onSubmit={submit}>
        <div className="admin-form__fields">
          {FIELDS.map((field) => (
            <label key={field} className="field">
              <span className="field__label">{t(`audit.${field}`)}</span>
              <input
                name={field}
                type={field === 'from' || field === 'to' ? 'date' : 'text'}
                list={field === 'action' ? 'audit-actions' : undefined}
                value={draft[field] ?? ''}
                onChange={(e) => setDraft({ ...draft, [field]: e.target.value || undefined })}
              />
            </label>
          ))}
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="admin-form__buttons">
          <button type="submit" className="button button--primary" data-action="filter-audit">{t('audit.search')}</button>
          <a className="button" data-action="audit-csv" href={auditPath(filter, true)} download>{t('audit.csv')}</a>
        </div>
      </form>
      {entries.error && <p className="admin-form__error" role="alert">{entries.error}</p>}
      <table className="admin-table admin-table--audit" data-table="audit">
        <thead>
          <tr>
            <th>{t('audit.at')}</th>
            <th>{t('audit.username')}</th>
            <th>{t('admin.role')}</th>
            <th>{t('audit.action')}</th>
            <th>{t('audit.target')}</th>
            <th>{t('audit.ip')}</th>
            <th>{t('audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {(entries.data ?? []).map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>{formatInstant(e.at, locale)}</td>
              <td>{e.username}</td>
              <td>{e.role}</td>
              <td>{e.action}</td>
              <td>{e.target}</td>
              <td>{e.ip}</td>
              <td className="admin-table__detail">{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.data?.length === 0 && <p className="panel-status">{t('audit.none')}</p>}
    </>
  );
}
