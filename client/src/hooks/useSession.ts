/**
 * Finds out at start whether someone is signed in (`/api/auth/session`), sends the user back to
 * the sign-in page when the server refuses the session later (any 401), and ends the session in
 * the page when its time is up.
 */
import { useEffect } from 'react';
import { currentSession } from '../api/auth';
import { setSessionLostHandler } from '../api/http';
import { useAppStore } from '../state/store';

/** setTimeout's longest delay (about 24.8 days); longer sessions are checked by the server anyway. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function useSession(): void {
  useEffect(() => {
    const store = useAppStore;
    setSessionLostHandler(() => store.getState().sessionLost());
    const abort = new AbortController();
    currentSession(abort.signal)
      .then((session) => store.getState().setSession(session))
      .catch(() => {
        // The server cannot be reached or answered oddly: the sign-in page says why on its try.
        if (!abort.signal.aborted) store.getState().setSession(null);
      });
    return () => {
      abort.abort();
      setSessionLostHandler(null);
    };
  }, []);

  const expiresAt = useAppStore((s) => s.session?.expiresAt ?? '');
  useEffect(() => {
    const ms = Date.parse(expiresAt) - Date.now();
    if (!(ms > 0)) return undefined;
    const timer = setTimeout(() => useAppStore.getState().sessionLost(), Math.min(ms, MAX_DELAY_MS));
    return () => clearTimeout(timer);
  }, [expiresAt]);
}
