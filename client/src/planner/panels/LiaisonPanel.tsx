/**
 * Liaisons (联系人) and household-leads (党员中心户) for the selection: "suggest" asks the server
 * to rank members by the unreached households they would reach (names are personal data, so
 * they come from the server, which logs the read); picking one adds its operations to the plan
 * as one undoable step, and the coverage below and in the totals updates at once.
 */
import { useState } from 'react';
import { fetchSuggestions, type NamedSuggestion } from '../../api/planner';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { liaisonScopeOf, selectAnalysis, selectLiaisonScopeKey } from '../derive';
import { percent } from '../labels';
import { usePlannerAction } from '../usePlannerAction';


export function LiaisonPanel() {
  const t = useTranslate();
  const scopeKey = useAppStore(selectLiaisonScopeKey);
  const { plannerBase, plannerSelection } = useAppStore.getState();
  const scope = liaisonScopeOf(plannerBase?.prepared, plannerSelection);
  const coverage = useAppStore((s) => selectAnalysis(s)?.evaluation.diff.coverage ?? null);
  const addStep = useAppStore((s) => s.addPlanStep);
  const [found, setFound] = useState<{ key: string; role: 'liaison' | 'lead'; list: NamedSuggestion[] } | null>(null);
  const action = usePlannerAction();
  const suggest = (role: 'liaison' | 'lead') => action.run(async () => {
    if (!scope) return;
    setFound({ key: scopeKey, role, list: await fetchSuggestions(useAppStore.getState().plan, scope, role) });
  });
  const shown = found?.key === scopeKey ? found : null;
  return (
    <div className="planner-liaisons">
      {coverage && (
        <p data-testid="liaison-coverage">{t('planner.liaison.coverage', { before: percent(coverage.before.coverage), after: percent(coverage.after.coverage) })}</p>
      )}
      {!scope && <p className="planner-hint">{t('planner.liaison.chooseScope')}</p>}
      {scope && (
        <>
          <p>{t(`planner.liaison.scope.${scope.kind === 'building' ? 'building' : 'neighbourhood'}`)}</p>
          <div className="planner-actions">
            <button type="button" className="planner-btn" data-action="suggest-liaison" disabled={action.busy} onClick={() => void suggest('liaison')}>{t('planner.liaison.suggestLiaison')}</button>
            <button type="button" className="planner-btn" data-action="suggest-lead" disabled={action.busy} onClick={() => void suggest('lead')}>{t('planner.liaison.suggestLead')}</button>
          </div>
        </>
      )}
      {action.error && <p className="planner-error" role="alert">{action.error}</p>}
      {shown && shown.list.length === 0 && <p className="planner-hint">{t('planner.liaison.noneFound')}</p>}
      {shown && shown.list.length > 0 && (
        <ol className="planner-suggestions">
          {shown.list.map((s) => (
            <li key={s.memberId}>
              <span className="planner-suggestions__name">{s.name}</span>
              <span>{t('planner.liaison.gain', { count: s.gain })}</span>
              <span className="planner-muted">{t('planner.liaison.load', { roles: s.load.liaisonTargets, linked: s.load.linkedHouseholds, distance: s.distanceM })}</span>
              <button
                type="button"
                className="planner-btn planner-btn--small"
                onClick={() => {
                  addStep({ label: t(`planner.step.${shown.role}`, { id: s.memberId }), ops: s.ops });
                  setFound(null);
                }}
              >
                {t('planner.liaison.pick')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
