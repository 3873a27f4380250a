/**
 * Appointing by hand: find members of the selection's community by name (names come from the
 * server, which audits the read) and make one liaison (联系人) for the selected building or
 * neighbourhood, or household-lead (党员中心户) for the selected building with as many of its
 * unreached households as the lead limit leaves them. Each appointment is one undoable plan
 * step; the coverage above and the totals below update at once. Probationary members are
 * listed but cannot be appointed, and the list says so.
 */
import { useState } from 'react';
import { isLiaisonAfter, leadRoom, leadStep, liaisonStep } from '../../../../shared/planner/appoint';
import { fetchAppointCandidates, type NamedCandidate } from '../../api/planner';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { liaisonScopeOf, selectLiaisonScopeKey } from '../derive';
import { communityOfSelection } from '../painting';
import { usePlannerAction } from '../usePlannerAction';


export function AppointPanel() {
  const t = useTranslate();
  const scopeKey = useAppStore(selectLiaisonScopeKey);
  const base = useAppStore((s) => s.plannerBase);
  const plan = useAppStore((s) => s.plan);
  const selection = useAppStore((s) => s.plannerSelection);
  const addStep = useAppStore((s) => s.addPlanStep);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ key: string; q: string; list: NamedCandidate[] } | null>(null);
  const action = usePlannerAction();
  if (!base) return null;
  const p = base.prepared;
  const scope = liaisonScopeOf(p, selection);
  const communityId = communityOfSelection(p, selection);
  if (!scope || communityId === null) return null;

  const search = (q: string) => action.run(async () => {
    const list = await fetchAppointCandidates(communityId, q, useAppStore.getState().plan);
    setFound({ key: scopeKey, q, list });
  });
  const shown = found?.key === scopeKey ? found : null;
  const targetName = scope.kind === 'building' ? (p.buildings.get(scope.id)?.address ?? `#${scope.id}`) : (p.neighbourhoods.get(scope.id)?.name ?? `#${scope.id}`);
  const appoint = (step: ReturnType<typeof liaisonStep>) => {
    if (!step) return;
    addStep(step);
    if (shown) void search(shown.q);
  };

  return (
    <section className="planner-appoint" aria-label={t('planner.appoint.title')}>
      <h3 className="planner-h3">{t('planner.appoint.title')}</h3>
      <p className="planner-muted">{t(`planner.appoint.for.${scope.kind}`, { target: targetName, community: p.communities.get(communityId)?.name ?? '' })}</p>
      <form className="planner-appoint__search" onSubmit={(e) => { e.preventDefault(); void search(query.trim()); }}>
        <label className="planner-field planner-field--inline">
          {t('planner.appoint.search')}
          <input name="appointQuery" value={query} maxLength={50} placeholder={t('planner.appoint.placeholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit" className="planner-btn" data-action="appoint-search" disabled={action.busy}>{t('planner.appoint.find')}</button>
      </form>
      {action.error && <p className="planner-error" role="alert">{action.error}</p>}
      {shown && shown.list.length === 0 && <p className="planner-hint">{t('planner.appoint.none', { q: shown.q })}</p>}
      {shown && shown.list.length > 0 && (
        <ul className="planner-appoint__list">
          {shown.list.map((c) => {
            const already = isLiaisonAfter(p, plan, c.memberId, scope);
            const room = scope.kind === 'building' ? leadRoom(p, plan, base.rules, c.memberId, scope.id) : 0;
            const home = c.homeBuildingId === null ? '—' : (p.buildings.get(c.homeBuildingId)?.address ?? `#${c.homeBuildingId}`);
            return (
              <li key={c.memberId} data-member={c.memberId}>
                <span className="planner-suggestions__name">{c.name}</span>
                <span className="planner-muted">{t('planner.appoint.meta', { home, roles: c.load.liaisonTargets, linked: c.load.linkedHouseholds })}</span>
                {c.refusal === 'probationary' && <span className="planner-appoint__refusal">{t('planner.appoint.probationary')}</span>}
                {c.refusal === null && (
                  <span className="planner-appoint__buttons">
                    <button
                      type="button"
                      className="planner-btn planner-btn--small"
                      data-action="appoint-liaison"
                      disabled={already}
                      onClick={() => appoint(liaisonStep(p, plan, c.memberId, scope, t('planner.step.appointLiaison', { id: c.memberId, target: targetName })))}
                    >
                      {already ? t('planner.appoint.already') : t(`planner.appoint.asLiaison.${scope.kind}`)}
                    </button>
                    {scope.kind === 'building' && (
                      <button
                        type="button"
                        className="planner-btn planner-btn--small"
                        data-action="appoint-lead"
                        disabled={room === 0}
                        title={room === 0 ? t('planner.appoint.noRoom') : undefined}
                        onClick={() => appoint(leadStep(p, plan, c.memberId, scope.id, room, t('planner.step.appointLead', { id: c.memberId, target: targetName, count: room })))}
                      >
                        {room === 0 ? t('planner.appoint.leadNoRoom') : t('planner.appoint.asLead', { count: room })}
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
