/**
 * The sign-in page, shown whenever nobody is signed in: username and password, the language
 * switch, and what went wrong in plain words (wrong credentials, too many tries and how long
 * to wait, a session that ended).
 */
import { useState, type FormEvent } from 'react';
import { login } from '../../api/auth';
import { ApiRequestError } from '../../api/http';
import { useTranslate } from '../../hooks/useTranslate';
import type { Translate } from '../../i18n';
import { useAppStore } from '../../state/store';
import { LanguageSwitch } from '../LanguageSwitch';

/** What to tell the user about a failed sign-in. */
export function signInError(error: unknown, t: Translate): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return t('signin.wrong');
    if (error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return t('signin.throttled', { minutes });
    }
    return t('signin.failed', { message: error.message });
  }
  return t('signin.failed', { message: error instanceof Error ? error.message : String(error) });
}

export function SignInPage() {
  const t = useTranslate();
  const notice = useAppStore((s) => s.signInNotice);
  const setSession = useAppStore((s) => s.setSession);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSession(await login(username.trim(), password));
    } catch (failure) {
      setError(signInError(failure, t));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin">
      <header className="app-header">
        <div className="app-header__titles">
          <span className="app-header__emblem" aria-hidden="true" />
          <span className="app-header__place">{t('app.title')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="signin__main">
        <form className="signin__card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
          <h1 id="signin-title" className="signin__title">{t('signin.title')}</h1>
          <p className="signin__lead">{t('signin.lead')}</p>
          {notice === 'expired' && <p className="signin__notice" role="status">{t('signin.expired')}</p>}
          <label className="field">
            <span className="field__label">{t('signin.username')}</span>
            <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
          </label>
          <label className="field">
            <span className="field__label">{t('signin.password')}</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && <p className="signin__error" role="alert">{error}</p>}
          <button type="submit" className="button button--primary signin__submit" disabled={busy}>
            {busy ? t('signin.busy') : t('signin.submit')}
          </button>
          <p className="signin__privacy">{t('signin.privacy')}</p>
        </form>
      </main>
    </div>
  );
}
