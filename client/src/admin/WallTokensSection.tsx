/**
 * 大屏令牌: the wall displays' tokens, each named for its screen. A new token is shown once, with
 * the address to open on the wall; afterwards only its name and dates remain. Revoking cuts the
 * screen off at its next request.
 */
import { useState, type FormEvent } from 'react';
import { createWallToken, fetchWallTokens, revokeWallToken, type CreatedWallToken, type WallTokenDto } from '../api/admin';
import { useAction } from '../hooks/useAction';
import { useTranslate } from '../hooks/useTranslate';
import { formatInstant } from './time';
import { useLoaded } from './useLoaded';
import { useAppStore } from '../state/store';

function NewToken({ created }: { created: CreatedWallToken }) {
  const t = useTranslate();
  const url = new URL(created.url, window.location.origin).href;
  return (
    <div className="admin__secret" role="status" data-token-id={created.id}>
      <p className="admin__secret-title">{t('walls.shownOnce')}</p>
      <dl>
        <dt>{t('walls.token')}</dt>
        <dd><code data-secret="token">{created.token}</code></dd>
        <dt>{t('walls.url')}</dt>
        <dd><code data-secret="url">{url}</code></dd>
      </dl>
    </div>
  );
}

function TokenRow({ token, onRevoked }: { token: WallTokenDto; onRevoked: () => void }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const revoke = useAction();
  return (
    <tr data-token-id={token.id} className={token.revoked_at ? 'admin-table__row--disabled' : undefined}>
      <td>{token.name}</td>
      <td>{formatInstant(token.created_at, locale)}</td>
      <td>{token.last_seen_at ? formatInstant(token.last_seen_at, locale) : t('walls.neverSeen')}</td>
      <td data-status={token.revoked_at ? 'revoked' : 'live'}>{token.revoked_at ? t('walls.revokedOn', { at: formatInstant(token.revoked_at, locale) }) : t('walls.live')}</td>
      <td className="admin-table__actions">
        {!token.revoked_at && (
          <button
            type="button"
            className="button button--small button--danger"
            data-action="revoke"
            disabled={revoke.busy}
            onClick={() => {
              if (window.confirm(t('walls.confirmRevoke', { name: token.name }))) void revoke.run(() => revokeWallToken(token.id)).then((ok) => ok && onRevoked());
            }}
          >
            {t('walls.revoke')}
          </button>
        )}
        {revoke.error && <p className="admin-form__error" role="alert">{revoke.error}</p>}
      </td>
    </tr>
  );
}

export function WallTokensSection() {
  const t = useTranslate();
  const tokens = useLoaded(fetchWallTokens);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedWallToken | null>(null);
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let made: CreatedWallToken | null = null;
    const ok = await create.run(async () => {
      made = await createWallToken(name.trim());
    });
    if (!ok) return;
    setCreated(made);
    setName('');
    tokens.reload();
  };
  return (
    <>
      <form className="admin-form" data-form="new-wall-token" onSubmit={(e) => void submit(e)}>
        <h2 className="admin-form__title">{t('walls.new')}</h2>
        <div className="admin-form__fields">
          <label className="field">
            <span className="field__label">{t('walls.name')}</span>
            <input name="name" required maxLength={64} placeholder={t('walls.namePlaceholder')} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        </div>
        {create.error && <p className="admin-form__error" role="alert">{create.error}</p>}
        <button type="submit" className="button button--primary" data-action="create-wall-token" disabled={create.busy}>
          {t('admin.create')}
        </button>
      </form>
      {created && <NewToken created={created} />}
      {tokens.error && <p className="admin-form__error" role="alert">{tokens.error}</p>}
      <table className="admin-table" data-table="wall-tokens">
        <thead>
          <tr>
            <th>{t('walls.name')}</th>
            <th>{t('walls.created')}</th>
            <th>{t('walls.lastSeen')}</th>
            <th>{t('admin.status')}</th>
            <th>{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {(tokens.data ?? []).map((token) => (
            <TokenRow key={token.id} token={token} onRevoked={tokens.reload} />
          ))}
        </tbody>
      </table>
    </>
  );
}
