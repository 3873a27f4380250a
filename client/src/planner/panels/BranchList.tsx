/**
 * The branches of one community to paint into: colour, name, code, lock. Clicking a row makes it
 * the target; the lock button locks or unlocks the branch (its buildings then cannot be taken).
 */
import { useState } from 'react';
import { formatInstant } from '../../admin/time';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { setBranchLock } from '../actions';
import { selectBranchColours } from '../derive';
import { usePlannerAction } from '../usePlannerAction';

export function BranchList({ communityId }: { communityId: number }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const base = useAppStore((s) => s.plannerBase);
  const colours = useAppStore(selectBranchColours);
  const target = useAppStore((s) => s.plannerTarget);
  const setTarget = useAppStore((s) => s.setPlannerTarget);
  const lockAction = usePlannerAction();
  const [note, setNote] = useState('');
  if (!base) return null;
  const ids = [...(base.prepared.branchesByCommunity.get(communityId) ?? [])].sort((a, b) => (base.prepared.branches.get(a)?.code ?? '').localeCompare(base.prepared.branches.get(b)?.code ?? ''));
  return (
    <div className="planner-branches">
      <ul className="planner-branches__list" aria-label={t('planner.branches.title')}>
        {ids.map((id) => {
          const b = base.prepared.branches.get(id);
          if (!b) return null;
          return (
            <li key={id} className="planner-branch" aria-current={target === id ? 'true' : undefined}>
              <button type="button" className="planner-branch__pick" data-branch={id} onClick={() => setTarget(id)}>
                <span className="planner-swatch" style={{ background: colours.get(id) }} aria-hidden="true" />
                <span className="planner-branch__name">{b.name}</span>
                <span className="planner-branch__code">{b.code.slice(-2)}</span>
                {b.lock && <span className="planner-branch__lock" title={t('planner.lock.by', { by: b.lock.by, at: formatInstant(b.lock.at, locale), note: b.lock.note })}>{t('planner.lock.locked')}</span>}
              </button>
              <button
                type="button"
                className="planner-btn planner-btn--small"
                data-lock={id}
                disabled={lockAction.busy}
                onClick={() => void lockAction.run(() => setBranchLock(useAppStore, id, !b.lock, note))}
              >
                {b.lock ? t('planner.lock.unlock') : t('planner.lock.lock')}
              </button>
            </li>
          );
        })}
      </ul>
      <label className="planner-field planner-field--inline">
        {t('planner.lock.note')}
        <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </label>
      {lockAction.error && <p className="planner-error" role="alert">{lockAction.error}</p>}
    </div>
  );
}
