/**
 * Who is signed in. The page starts `checking` (asking `/api/auth/session`), then shows the
 * sign-in page (`signedOut`) or the user's workspace (`signedIn`). A session that ends while
 * the page is open (expired, or an administrator changed the account) takes the user back to
 * the sign-in page with a notice, and drops the personal data the page held.
 */
import type { StateCreator } from 'zustand';
import type { Session } from '../api/auth';
import type { AppState } from './store';

export type AuthStatus = 'checking' | 'signedOut' | 'signedIn';

/** Why the sign-in page is shown: `expired` when a session ended under the user. */
export type SignInNotice = 'expired' | null;

export interface SessionSlice {
  session: Session | null;
  authStatus: AuthStatus;
  signInNotice: SignInNotice;
  /** Signed in (or found signed in); null: nobody is. */
  setSession: (session: Session | null) => void;
  /** The server refused the session: back to sign-in, personal data dropped. */
  sessionLost: () => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  session: null,
  authStatus: 'checking',
  signInNotice: null,
  setSession: (session) => set({ session, authStatus: session ? 'signedIn' : 'signedOut', signInNotice: null }),
  sessionLost: () => {
    if (get().authStatus !== 'signedIn') return;
    set({ session: null, authStatus: 'signedOut', signInNotice: 'expired', branchWork: null });
  },
});
