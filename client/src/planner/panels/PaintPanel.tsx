/**
 * Painting: what is selected, the branches of its community to send it to (or a click on the
 * map to take a branch from there), assign or unassign, or found a new branch with it. Buildings
 * of locked branches are left out and the notice says whose lock kept them.
 */
import { useState } from 'react';
import type { PreparedBase } from '../../../../shared/planner/prepare';
import type { BranchTarget } from '../../../../shared/planner/types';
import type { Translate } from '../../i18n';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { targetName } from '../labels';
import { assignStep, communityOfSelection, createdBranches, newBranchStep, type PaintResult } from '../painting';
import { BranchList } from './BranchList';
import { SelectionSummary } from './SelectionSummary';

/** Why buildings were left out: each locked branch, who locked it and why. */
function lockedNotice(p: PreparedBase, locked: PaintResult['locked'], t: Translate): string | null {
  if (locked.length === 0) return null;
  return locked
    .map(({ branchId, buildings }) => {
      const b = p.branches.get(branchId);
      return t('planner.lock.kept', { count: buildings, name: b?.name ?? String(branchId), by: b?.lock?.by ?? '', note: b?.lock?.note || '—' });
    })
    .join(' ');
}

export function PaintPanel() {
  const t = useTranslate();
  const base = useAppStore((s) => s.plannerBase);
  const plan = useAppStore((s) => s.plan);
  const selection = useAppStore((s) => s.plannerSelection);
  const target = useAppStore((s) => s.plannerTarget);
  const picking = useAppStore((s) => s.pickingTarget);
  const setPicking = useAppStore((s) => s.setPickingTarget);
  const notice = useAppStore((s) => s.plannerNotice);
  const setNotice = useAppStore((s) => s.setPlannerNotice);
  const addStep = useAppStore((s) => s.addPlanStep);
  const [chosenCommunity, setChosenCommunity] = useState<number | null>(null);
  const [newName, setNewName] = useState('');
  if (!base) return null;
  const p = base.prepared;
  const created = createdBranches(plan);
  const communityId = communityOfSelection(p, selection) ?? chosenCommunity ?? p.base.communities[0]?.id ?? null;

  const apply = (result: PaintResult, empty: string): void => {
    if (result.step) addStep(result.step);
    setNotice(lockedNotice(p, result.locked, t) ?? (result.step ? null : empty));
  };
  const assign = (to: BranchTarget): void => {
    const label = t('planner.step.assign', { count: selection.length, to: targetName(p, created, to, t) });
    apply(assignStep(p, plan, selection, to, label), t('planner.nothingChanges'));
  };
  const found = (): void => {
    const name = newName.trim();
    const result = newBranchStep(p, plan, selection, name, t('planner.step.found', { name, count: selection.length }));
    apply(result, communityOfSelection(p, selection) === null ? t('planner.newBranch.oneCommunity') : t('planner.nothingChanges'));
    if (result.step) {
      setNewName('');
      useAppStore.getState().setPlannerTarget(result.key);
    }
  };

  return (
    <div className="planner-paint">
      <SelectionSummary />
      <div className="planner-actions">
        <button type="button" className="planner-btn planner-btn--primary" data-action="assign" disabled={selection.length === 0 || target === undefined} onClick={() => target !== undefined && assign(target)}>
          {target === undefined ? t('planner.assign.choose') : t('planner.assign.to', { to: targetName(p, created, target, t) })}
        </button>
        <button type="button" className="planner-btn" data-action="unassign" disabled={selection.length === 0} onClick={() => assign(null)}>
          {t('planner.unassign')}
        </button>
        <button type="button" className="planner-btn" aria-pressed={picking} onClick={() => setPicking(!picking)} title={t('planner.pickTarget.hint')}>
          {t('planner.pickTarget')}
        </button>
      </div>
      <form className="planner-newbranch" onSubmit={(e) => { e.preventDefault(); found(); }}>
        <label className="planner-field">
          {t('planner.newBranch.name')}
          <input name="newBranchName" value={newName} maxLength={100} placeholder={t('planner.newBranch.placeholder')} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button type="submit" className="planner-btn" data-action="found" disabled={selection.length === 0 || newName.trim() === ''}>
          {t('planner.newBranch.create')}
        </button>
      </form>
      {notice && <p className="planner-notice" role="status">{notice}</p>}
      <h3 className="planner-h3">
        {t('planner.branches.title')}
        <select className="planner-community" aria-label={t('planner.community')} value={communityId ?? ''} onChange={(e) => setChosenCommunity(Number(e.target.value))}>
          {p.base.communities.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
      </h3>
      {communityId !== null && <BranchList communityId={communityId} />}
    </div>
  );
}
