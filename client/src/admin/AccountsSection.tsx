/** 账户: every account with its role, branch and state, editable in place; and a form for a new one. */
import { useMemo, useState } from 'react';
import { fetchAccounts } from '../api/admin';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { AccountRow } from './AccountRow';
import { branchOptions } from './branchOptions';
import { NewAccountForm } from './NewAccountForm';
import { useLoaded } from './useLoaded';

export function AccountsSection() {
  const t = useTranslate();
  const overlay = useAppStore((s) => s.overlays.branches);
  const branches = useMemo(() => branchOptions(overlay), [overlay]);
  const accounts = useLoaded(fetchAccounts);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <>
      <NewAccountForm
        branches={branches}
        onCreated={(username) => {
          setCreated(username);
          accounts.reload();
        }}
      />
      {created && <p className="admin__notice" role="status">{t('admin.created', { username: created })}</p>}
      {accounts.error && <p className="admin-form__error" role="alert">{accounts.error}</p>}
      <table className="admin-table" data-table="accounts">
        <thead>
          <tr>
            <th>{t('signin.username')}</th>
            <th>{t('admin.displayName')}</th>
            <th>{t('admin.role')}</th>
            <th>{t('admin.branch')}</th>
            <th>{t('admin.status')}</th>
            <th>{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {(accounts.data ?? []).map((a) => (
            <AccountRow key={a.id} account={a} branches={branches} onChanged={accounts.reload} />
          ))}
        </tbody>
      </table>
    </>
  );
}
