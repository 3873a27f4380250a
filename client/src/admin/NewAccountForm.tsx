/** Creating an account: username, display name, a first password (10 characters or more), role and branch. */
import { useState, type FormEvent } from 'react';
import { createAccount } from '../api/admin';
import { useAction } from '../hooks/useAction';
import { useTranslate } from '../hooks/useTranslate';
import { RoleFields, type RoleAndBranch } from './AccountFields';
import type { BranchOption } from './branchOptions';

export const MIN_PASSWORD = 10;

export function NewAccountForm({ branches, onCreated }: { branches: readonly BranchOption[]; onCreated: (username: string) => void }) {
  const t = useTranslate();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [rights, setRights] = useState<RoleAndBranch>({ role: 'viewer', branchId: null });
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim();
    const ok = await create.run(() => createAccount({ username: name, password, displayName: displayName.trim() || name, ...rights }));
    if (!ok) return;
    setUsername('');
    setDisplayName('');
    setPassword('');
    onCreated(name);
  };
  return (
    <form className="admin-form" data-form="new-account" onSubmit={(e) => void submit(e)}>
      <h2 className="admin-form__title">{t('admin.newAccount')}</h2>
      <div className="admin-form__fields">
        <label className="field">
          <span className="field__label">{t('signin.username')}</span>
          <input name="username" required pattern="[A-Za-z0-9_.\-]{2,64}" title={t('admin.usernameRule')} value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('admin.displayName')}</span>
          <input name="displayName" maxLength={64} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('admin.password')}</span>
          <input name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} title={t('admin.passwordRule', { min: MIN_PASSWORD })} value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <RoleFields value={rights} onChange={setRights} branches={branches} />
      </div>
      {create.error && <p className="admin-form__error" role="alert">{create.error}</p>}
      <button type="submit" className="button button--primary" data-action="create-account" disabled={create.busy}>
        {t('admin.create')}
      </button>
    </form>
  );
}
