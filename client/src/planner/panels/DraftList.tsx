/** Saved drafts, newest first, to reopen one. */
import { useEffect, useState } from 'react';
import { fetchDrafts, type PlanListItem } from '../../api/planner';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { openStoredPlan } from '../actions';
import { usePlannerAction } from '../usePlannerAction';

export function DraftList() {
  const t = useTranslate();
  const openId = useAppStore((s) => s.planDraft?.id ?? null);
  const revision = useAppStore((s) => s.planDraft?.revision ?? 0);
  const [drafts, setDrafts] = useState<PlanListItem[] | null>(null);
  const open = usePlannerAction();
  useEffect(() => {
    const abort = new AbortController();
    fetchDrafts(abort.signal).then(setDrafts, () => setDrafts([]));
    return () => abort.abort();
  }, [openId, revision]);
  if (!drafts) return null;
  return (
    <section className="planner-drafts" aria-label={t('planner.drafts.title')}>
      <h3 className="planner-h3">{t('planner.drafts.title')}</h3>
      {drafts.length === 0 && <p className="planner-hint">{t('planner.drafts.none')}</p>}
      <ul className="planner-drafts__list">
        {drafts.map((d) => (
          <li key={d.id} aria-current={d.id === openId ? 'true' : undefined}>
            <button type="button" className="planner-btn planner-btn--small" disabled={open.busy || d.id === openId} onClick={() => void open.run(() => openStoredPlan(useAppStore, d.id))}>
              {t('planner.drafts.open')}
            </button>
            <span>{d.name}</span>
            <span className="planner-muted">{t('planner.drafts.meta', { author: d.author, at: d.updated_at.slice(0, 16).replace('T', ' '), count: d.steps })}</span>
          </li>
        ))}
      </ul>
      {open.error && <p className="planner-error" role="alert">{open.error}</p>}
    </section>
  );
}
