/** The "what if this zone is cleared" preview: what coverage would lose, also drawn on the map. */
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { percent } from './labels';

export function WhatIfPanel() {
  const t = useTranslate();
  const whatIf = useAppStore((s) => s.whatIf);
  if (!whatIf) return null;
  const min = whatIf.minFullMembers;
  return (
    <section className="reloc-section reloc-whatif" aria-live="polite">
      <h3>{t('relocation.whatIf.title', { zone: whatIf.zoneName })}</h3>
      <p>{t('relocation.whatIf.summary', {
        members: whatIf.membersLeaving, buildings: whatIf.buildings,
        before: percent(whatIf.coverageBefore), after: percent(whatIf.coverageAfter),
      })}</p>
      <h4>{t('relocation.whatIf.gaps')}</h4>
      {whatIf.newGaps.length === 0 ? <p className="reloc-muted">{t('relocation.whatIf.noGaps')}</p> : (
        <ul className="reloc-list">{whatIf.newGaps.map((g) => <li key={g.id}>{g.communityName} · {g.name}</li>)}</ul>
      )}
      <h4>{t('relocation.whatIf.branches', { min })}</h4>
      {whatIf.branchesUnder.length === 0 ? <p className="reloc-muted">{t('relocation.whatIf.noBranches', { min })}</p> : (
        <ul className="reloc-list">{whatIf.branchesUnder.map((b) => <li key={b.id}>{t('relocation.whatIf.branchRow', { name: b.name, before: b.before, after: b.after })}</li>)}</ul>
      )}
      <button type="button" onClick={() => useAppStore.getState().setWhatIf(null)}>{t('relocation.whatIf.close')}</button>
    </section>
  );
}
