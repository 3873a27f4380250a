/**
 * The signed-in user in the header: name and role, and a menu with the secretary's way back to
 * their grid and signing out. Signing out reloads the page, so nothing of the session (personal
 * data included) stays in memory.
 */
import { useState } from 'react';
import { logout } from '../api/auth';
import { ownBranch } from '../auth/abilities';
import { navigate } from '../hooks/useRoute';
import { useTranslate } from '../hooks/useTranslate';
import { selectCurrentReport } from '../state/selectors';
import { useAppStore } from '../state/store';
import type { AppState } from '../state/store';

/** Opens the secretary's branch in the dashboard, fitting the map to it. */
export function showOwnBranch(state: AppState): void {
  const branch = ownBranch(state.session);
  if (branch === null) return;
  const unit = { level: 'branch' as const, id: branch };
  const report = selectCurrentReport(state);
  // Its report is in already when it is the unit shown: fit to its box now.
  const bbox = report && report.unit.level === 'branch' && report.unit.id === branch ? report.unit.bbox : undefined;
  state.drillTo(unit, bbox ? { mode: 'always', bbox } : { mode: 'always' });
  state.setTab('overview');
  state.setPanelOpen(true);
}

export function UserMenu() {
  const t = useTranslate();
  const session = useAppStore((s) => s.session);
  const [leaving, setLeaving] = useState(false);
  if (!session) return null;
  const signOut = async () => {
    setLeaving(true);
    try {
      await logout();
    } finally {
      window.location.assign('/');
    }
  };
  return (
    <details className="user-menu">
      <summary className="user-menu__summary">
        <span className="user-menu__name">{session.displayName}</span>
        <span className="user-menu__role" data-role={session.role}>{t(`role.${session.role}`)}</span>
      </summary>
      <div className="user-menu__panel" role="menu">
        <p className="user-menu__who">
          {t('menu.signedInAs', { username: session.username })}
        </p>
        {ownBranch(session) !== null && (
          <button
            type="button"
            role="menuitem"
            className="user-menu__item"
            data-action="own-branch"
            onClick={(e) => {
              navigate({ page: 'map' });
              showOwnBranch(useAppStore.getState());
              e.currentTarget.closest('details')?.removeAttribute('open');
            }}
          >
            {t('menu.ownBranch')}
          </button>
        )}
        <button type="button" role="menuitem" className="user-menu__item" data-action="sign-out" disabled={leaving} onClick={() => void signOut()}>
          {t('menu.signOut')}
        </button>
      </div>
    </details>
  );
}
