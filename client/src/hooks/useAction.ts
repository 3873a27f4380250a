/**
 * Runs a user's action (a write) with its state: busy while it runs, and the failure worded
 * for the user (by default the server's message) to show beside the button. `run` resolves
 * true on success. The failure is kept as it came and worded on each render, so a wording in
 * the UI's language follows a language switch.
 */
import { useCallback, useState } from 'react';

export interface Action {
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  error: string | null;
  clearError: () => void;
}

export function useAction(word: (failure: unknown) => string = messageOf): Action {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      return true;
    } catch (error) {
      setFailure({ error });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setFailure(null), []);
  return { run, busy, error: failure ? word(failure.error) : null, clearError };
}

/** The server's message (an `ApiRequestError`'s is what the user should read), or the thrown value as text. */
function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}
