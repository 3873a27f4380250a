/** The plan against the current grid: buildings moved, branches created and dissolved, members whose branch changes, coverage before → after. */
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { selectAnalysis } from '../derive';
import { percent } from '../labels';

export function DiffSummary() {
  const t = useTranslate();
  const analysis = useAppStore(selectAnalysis);
  if (!analysis) return null;
  const d = analysis.evaluation.diff;
  const households = d.moves.reduce((s, m) => s + m.households, 0);
  return (
    <section className="planner-diff" aria-label={t('planner.diff.title')}>
      <h3 className="planner-h3">{t('planner.diff.title')}</h3>
      <dl className="planner-diff__list">
        <dt>{t('planner.diff.moves')}</dt>
        <dd data-testid="diff-moves">{t('planner.diff.movesValue', { count: d.moves.length, households })}</dd>
        <dt>{t('planner.diff.created')}</dt>
        <dd>{d.created.length === 0 ? '—' : d.created.map((c) => t('planner.diff.createdValue', { name: c.name, count: c.buildings })).join('；')}</dd>
        <dt>{t('planner.diff.dissolved')}</dt>
        <dd>{d.dissolved.length === 0 ? '—' : d.dissolved.map((b) => `${b.name} (${b.code.slice(-2)})`).join('；')}</dd>
        <dt>{t('planner.diff.members')}</dt>
        <dd>{t('planner.diff.membersValue', { count: d.members.length })}</dd>
        <dt>{t('planner.diff.liaisons')}</dt>
        <dd>{t('planner.diff.liaisonsValue', { added: d.liaisons.added.length, removed: d.liaisons.removed.length, leads: d.leads.length })}</dd>
        <dt>{t('planner.diff.coverage')}</dt>
        <dd data-testid="diff-coverage">
          {percent(d.coverage.before.coverage)} → {percent(d.coverage.after.coverage)}
          {' · '}
          {t('planner.diff.unassigned', { before: d.coverage.before.unassignedBuildings, after: d.coverage.after.unassignedBuildings })}
        </dd>
      </dl>
    </section>
  );
}
