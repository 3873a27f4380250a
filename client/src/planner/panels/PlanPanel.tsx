/**
 * The plan as a whole: its name; save, apply (after a confirmation that sets the day it takes
 * effect), discard or start anew; a conflict the server reported, with a rebase that keeps the
 * plan's intent and then names what it overrode and dropped; the diff; drafts.
 */
import { useState } from 'react';
import type { PlanConflicts, RebaseReport } from '../../../../shared/planner/conflicts';
import { isRealDay } from '../../../../shared/dates';
import { formatDay } from '../../asOf/format';
import { useTranslate } from '../../hooks/useTranslate';
import { EMPTY_PLAN } from '../../state/plannerSlice';
import { useAppStore } from '../../state/store';
import { applyOpenPlan, discardOpenPlan, previewOpenPlan, rebaseOpenPlan, savePlanAs } from '../actions';
import { selectAnalysis, selectPreviewGrids } from '../derive';
import { conflictLines, rebaseLines } from '../labels';
import { createdBranches } from '../painting';
import { cursorOf } from '../undo';
import { usePlannerAction } from '../usePlannerAction';
import { DiffSummary } from './DiffSummary';
import { DraftList } from './DraftList';

export function PlanPanel() {
  const t = useTranslate();
  const draft = useAppStore((s) => s.planDraft);
  const dirty = useAppStore((s) => s.planDirty);
  const conflict = useAppStore((s) => s.planConflict);
  const prepared = useAppStore((s) => s.plannerBase?.prepared ?? null);
  const plan = useAppStore((s) => s.plan);
  const steps = cursorOf(plan);
  const ok = useAppStore((s) => selectAnalysis(s)?.evaluation.ok ?? false);
  const previewed = useAppStore((s) => selectPreviewGrids(s)?.features.length ?? null);
  const [name, setName] = useState(draft?.name ?? '');
  const [confirming, setConfirming] = useState(false);
  // The server's calendar (loaded with the base); the browser's clock may sit in another zone.
  const today = useAppStore((s) => s.asOfRange?.today ?? s.today);
  const firstDay = useAppStore((s) => s.asOfRange?.from ?? null);
  const locale = useAppStore((s) => s.locale);
  const [effectiveOn, setEffectiveOn] = useState(today);
  const dayOk = isRealDay(effectiveOn) && effectiveOn <= today && (firstDay === null || effectiveOn >= firstDay);
  const [done, setDone] = useState<string | null>(null);
  // What the last rebase did, with the conflict before it (it names branches dissolved meanwhile);
  // shown while the draft is the revision the rebase made, worded at render for the UI language.
  const [rebased, setRebased] = useState<{ report: RebaseReport; earlier: PlanConflicts | null; draftId: number; revision: number } | null>(null);
  const action = usePlannerAction();
  const planName = name.trim() || draft?.name || t('planner.plan.defaultName');
  const rebasedLines = rebased && draft?.id === rebased.draftId && draft.revision === rebased.revision
    ? rebaseLines(prepared, rebased.earlier, createdBranches(plan), rebased.report, t)
    : [];

  const apply = () => action.run(async () => {
    setConfirming(false);
    const answer = await applyOpenPlan(useAppStore, planName, effectiveOn);
    if (answer) setDone(t('planner.plan.applied', { codes: answer.result.created.map((c) => c.code).join('、') || '—' }));
  });
  const rebase = () => action.run(async () => {
    const earlier = useAppStore.getState().planConflict;
    const report = await rebaseOpenPlan(useAppStore);
    const rebasedDraft = useAppStore.getState().planDraft;
    setRebased(rebasedDraft ? { report, earlier, draftId: rebasedDraft.id, revision: rebasedDraft.revision } : null);
    setDone(t('planner.plan.rebased', { overridden: report.overridden.length, dropped: report.dropped.length }));
  });

  return (
    <div className="planner-plan">
      <label className="planner-field">
        {t('planner.plan.name')}
        <input name="planName" value={name} maxLength={100} placeholder={draft?.name ?? t('planner.plan.defaultName')} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="planner-muted" data-testid="plan-state">
        {draft ? t('planner.plan.stored', { id: draft.id, revision: draft.revision }) : t('planner.plan.unsaved')}
        {dirty ? ` · ${t('planner.plan.dirty')}` : ''}
      </p>
      <div className="planner-actions">
        <button type="button" className="planner-btn" data-action="save" disabled={action.busy || steps === 0} onClick={() => void action.run(() => savePlanAs(useAppStore, planName))}>
          {t('planner.plan.save')}
        </button>
        <button type="button" className="planner-btn planner-btn--primary" data-action="apply" disabled={action.busy || steps === 0 || !ok} onClick={() => {
          setEffectiveOn(today);
          setConfirming(true);
        }}>
          {t('planner.plan.apply')}
        </button>
        <button type="button" className="planner-btn" data-action="preview" disabled={action.busy || steps === 0 || !ok} onClick={() => void action.run(() => previewOpenPlan(useAppStore))} title={t('planner.plan.preview.hint')}>
          {t('planner.plan.preview')}
        </button>
        <button type="button" className="planner-btn" data-action="discard" disabled={action.busy || (!draft && steps === 0)} onClick={() => void action.run(() => discardOpenPlan(useAppStore))}>
          {draft ? t('planner.plan.discard') : t('planner.plan.clear')}
        </button>
        <button type="button" className="planner-btn planner-btn--quiet" disabled={action.busy} onClick={() => useAppStore.getState().openPlan(EMPTY_PLAN, null)}>
          {t('planner.plan.new')}
        </button>
      </div>
      {!ok && steps > 0 && <p className="planner-error">{t('planner.plan.blocked')}</p>}
      {previewed !== null && steps > 0 && <p className="planner-muted" data-testid="plan-preview">{t('planner.plan.previewShown', { count: previewed })}</p>}
      {confirming && (
        <div className="planner-confirm" role="alertdialog" aria-label={t('planner.plan.confirmTitle')}>
          <p>{t('planner.plan.confirm', { count: steps })}</p>
          <label className="planner-field">
            {t('planner.effectiveOn')}
            <input type="date" name="effectiveOn" required value={effectiveOn} max={today} min={firstDay ?? undefined} aria-describedby="planner-effective-hint" onChange={(e) => setEffectiveOn(e.target.value)} />
          </label>
          <p className={dayOk ? 'planner-muted' : 'planner-error'} id="planner-effective-hint">
            {dayOk ? t('planner.effectiveOn.hint', { date: formatDay(effectiveOn, locale) }) : t('planner.effectiveOn.invalid', { from: firstDay ?? '—', today })}
          </p>
          <button type="button" className="planner-btn planner-btn--primary" data-action="confirm-apply" disabled={!dayOk} onClick={() => void apply()}>{t('planner.plan.confirmYes')}</button>
          <button type="button" className="planner-btn" onClick={() => setConfirming(false)}>{t('planner.plan.confirmNo')}</button>
        </div>
      )}
      {conflict && (
        <div className="planner-conflict" role="alert">
          <p>{t('planner.plan.conflict')}</p>
          <ul className="planner-conflict__list" data-testid="plan-conflicts">
            {conflictLines(prepared, conflict, t).map((line) => <li key={line}>{line}</li>)}
          </ul>
          <button type="button" className="planner-btn planner-btn--primary" data-action="rebase" disabled={action.busy} onClick={() => void rebase()}>{t('planner.plan.rebase')}</button>
        </div>
      )}
      {done && <p className="planner-done" role="status" data-testid="plan-done">{done}</p>}
      {rebasedLines.length > 0 && (
        <ul className="planner-done planner-done__list" data-testid="plan-rebased">
          {rebasedLines.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
      {action.error && <p className="planner-error" role="alert">{action.error}</p>}
      <DiffSummary />
      <DraftList />
    </div>
  );
}
