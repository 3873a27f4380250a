/**
 * `useAction` for the planner's buttons, with the failure worded in the UI's language (see
 * failures.ts) rather than the server's English; the wording follows a language switch.
 */
import { useCallback, useState } from 'react';
import { useTranslate } from '../hooks/useTranslate';
import { failureText } from './failures';

export interface PlannerAction {
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  busy: boolean;
  /** The last failure, worded; null after a success. */
  error: string | null;
}

export function usePlannerAction(): PlannerAction {
  const t = useTranslate();
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
  return { run, busy, error: failure ? failureText(failure.error, t) : null };
}
