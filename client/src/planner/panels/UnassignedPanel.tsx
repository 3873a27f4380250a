/**
 * Find unassigned: buildings with no grid after the plan, stepped through in reading order with
 * the map flying to each. Fix unassigned: the nearest suitable branch proposed for each (see
 * shared/planner/unassigned.ts), to accept all at once (one undoable step) or one by one.
 */
import { useMemo, useState } from 'react';
import { findUnassigned, fixUnassigned } from '../../../../shared/planner/unassigned';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { targetName } from '../labels';
import { createdBranches } from '../painting';

const FLY_ZOOM = 17.5;

export function UnassignedPanel() {
  const t = useTranslate();
  const base = useAppStore((s) => s.plannerBase);
  const plan = useAppStore((s) => s.plan);
  const addStep = useAppStore((s) => s.addPlanStep);
  const [index, setIndex] = useState(0);
  const list = useMemo(() => (base ? findUnassigned(base.prepared, plan) : []), [base, plan]);
  const fix = useMemo(() => (base ? fixUnassigned(base.prepared, plan, base.rules) : null), [base, plan]);
  if (!base || !fix) return null;
  const created = createdBranches(plan);
  const go = (k: number): void => {
    const n = (k + list.length) % list.length;
    const b = list[n];
    if (!b) return;
    setIndex(n);
    const s = useAppStore.getState();
    s.setPlannerSelection([b.id]);
    s.focusPlanner(b.at, FLY_ZOOM, b.id);
  };
  const current = list[Math.min(index, list.length - 1)];
  return (
    <div className="planner-unassigned">
      <h3 className="planner-h3">{t('planner.unassignedFind.title')}</h3>
      <p data-testid="unassigned-count">{t('planner.unassignedFind.count', { count: list.length })}</p>
      {list.length > 0 && (
        <div className="planner-actions">
          <button type="button" className="planner-btn" onClick={() => go(index - 1)}>{t('planner.unassignedFind.prev')}</button>
          <button type="button" className="planner-btn" data-action="next-unassigned" onClick={() => go(index + 1)}>{t('planner.unassignedFind.next')}</button>
          {current && <span className="planner-muted">{`${index + 1}/${list.length} · ${current.address} · ${t('planner.households', { count: current.households })}`}</span>}
        </div>
      )}
      <h3 className="planner-h3">{t('planner.unassignedFix.title')}</h3>
      {fix.proposals.length === 0 && <p className="planner-hint">{t('planner.unassignedFix.none')}</p>}
      {fix.step && (
        <button type="button" className="planner-btn planner-btn--primary" data-action="fix-all" onClick={() => fix.step && addStep({ ...fix.step, label: t('planner.step.fixAll', { count: fix.proposals.length }) })}>
          {t('planner.unassignedFix.acceptAll', { count: fix.proposals.length })}
        </button>
      )}
      <ul className="planner-proposals">
        {fix.proposals.map((pr) => (
          <li key={pr.buildingId}>
            <span>{base.prepared.buildings.get(pr.buildingId)?.address}</span>
            <span>→ {targetName(base.prepared, created, pr.to, t)}</span>
            <span className="planner-muted">{t(`planner.unassignedFix.reason.${pr.reason}`, { distance: pr.distanceM })}</span>
            <button type="button" className="planner-btn planner-btn--small" onClick={() => addStep({ label: t('planner.step.fixOne'), ops: [{ op: 'assign', buildingIds: [pr.buildingId], to: pr.to }] })}>
              {t('planner.unassignedFix.accept')}
            </button>
          </li>
        ))}
      </ul>
      {fix.unresolved.map((u) => <p key={u.buildingId} className="planner-warning">{t('planner.unassignedFix.unresolved', { id: u.buildingId })} {t(`planner.unassignedFix.why.${u.code}`)}</p>)}
    </div>
  );
}
