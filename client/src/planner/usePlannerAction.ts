/**
 * `useAction` for the planner's buttons, with the failure worded in the UI's language (see
 * failures.ts) rather than the server's English; the wording follows a language switch.
 */
import { useAction, type Action } from '../hooks/useAction';
import { useTranslate } from '../hooks/useTranslate';
import { failureText } from './failures';

export type PlannerAction = Action;

export function usePlannerAction(): PlannerAction {
  const t = useTranslate();
  return useAction((failure) => failureText(failure, t));
}
