/**
 * One account in the table, and its edit form: display name, role, branch, a new password, and
 * enabling or disabling it. The server keeps the last administrator and refuses an
 * administrator's taking away their own rights; its message is shown as given.
 */
import { useState, type FormEvent } from 'react';
import { updateAccount, type AccountChange, type AccountDto } from '../api/admin';
import { useAction } from '../hooks/useAction';
import { useTranslate } from '../hooks/useTranslate';
import { RoleFields, type RoleAndBranch } from './AccountFields';
import { branchLabel, type BranchOption } from './branchOptions';
import { MIN_PASSWORD } from './NewAccountForm';

function EditForm({ account, branches, onDone }: { account: AccountDto; branches: readonly BranchOption[]; onDone: (changed: boolean) => void }) {
  const t = useTranslate();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [rights, setRights] = useState<RoleAndBranch>({ role: account.role, branchId: account.branchId });
  const [password, setPassword] = useState('');
  const save = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const change: AccountChange = { displayName: displayName.trim() || account.username, role: rights.role, branchId: rights.branchId };
    if (password) change.password = password;
    if (await save.run(() => updateAccount(account.id, change))) onDone(true);
  };
  return (
    <form className="admin-form admin-form--inline" data-form="edit-account" onSubmit={(e) => void submit(e)}>
      <div className="admin-form__fields">
        <label className="field">
          <span className="field__label">{t('admin.displayName')}</span>
          <input name="displayName" maxLength={64} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <RoleFields value={rights} onChange={setRights} branches={branches} />
        <label className="field">
          <span className="field__label">{t('admin.resetPassword')}</span>
          <input name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD} placeholder={t('admin.passwordKeep')} value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
      </div>
      {save.error && <p className="admin-form__error" role="alert">{save.error}</p>}
      <div className="admin-form__buttons">
        <button type="submit" className="button button--primary button--small" data-action="save-account" disabled={save.busy}>
          {t('admin.save')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(false)}>
          {t('contact.cancel')}
        </button>
      </div>
    </form>
  );
}

export function AccountRow({ account, branches, onChanged }: { account: AccountDto; branches: readonly BranchOption[]; onChanged: () => void }) {
  const t = useTranslate();
  const [editing, setEditing] = useState(false);
  const toggle = useAction();
  return (
    <>
      <tr data-username={account.username} className={account.disabled ? 'admin-table__row--disabled' : undefined}>
        <td>{account.username}</td>
        <td>{account.displayName}</td>
        <td>{t(`role.${account.role}`)}</td>
        <td>{branchLabel(branches, account.branchId)}</td>
        <td data-status={account.disabled ? 'disabled' : 'active'}>{account.disabled ? t('admin.disabled') : t('admin.active')}</td>
        <td className="admin-table__actions">
          <button type="button" className="button button--small" data-action="edit" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t('admin.edit')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-action={account.disabled ? 'enable' : 'disable'}
            disabled={toggle.busy}
            onClick={() => void toggle.run(() => updateAccount(account.id, { disabled: !account.disabled })).then((ok) => ok && onChanged())}
          >
            {account.disabled ? t('admin.enable') : t('admin.disable')}
          </button>
          {toggle.error && <p className="admin-form__error" role="alert">{toggle.error}</p>}
        </td>
      </tr>
      {editing && (
        <tr className="admin-table__edit">
          <td colSpan={6}>
            <EditForm
              account={account}
              branches={branches}
              onDone={(changed) => {
                setEditing(false);
                if (changed) onChanged();
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
