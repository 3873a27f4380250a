/** What is selected: buildings, households, residents, neighbourhoods, where they stand now, and split neighbourhoods. */
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { selectSelectionFigures } from '../derive';
import { targetName } from '../labels';
import { createdBranches } from '../painting';

export function SelectionSummary() {
  const t = useTranslate();
  const figures = useAppStore(selectSelectionFigures);
  const base = useAppStore((s) => s.plannerBase);
  const plan = useAppStore((s) => s.plan);
  if (!figures || !base) return null;
  if (figures.buildings === 0) return <p className="planner-hint">{t('planner.selection.none')}</p>;
  const created = createdBranches(plan);
  return (
    <section className="planner-selection" aria-label={t('planner.selection.title')}>
      <p className="planner-selection__figures" data-testid="selection-figures">
        {t('planner.selection.figures', { buildings: figures.buildings, households: figures.households, residents: figures.residents, neighbourhoods: figures.neighbourhoods })}
      </p>
      <p className="planner-selection__owners">
        {t('planner.selection.now')} {figures.owners.map((o) => `${targetName(base.prepared, created, o.to, t)} ×${o.buildings}`).join('，')}
      </p>
      {figures.partial.length > 0 && (
        <p className="planner-warning" role="status">
          {t('planner.selection.split', { names: figures.partial.map((n) => n.name).join('、') })}
        </p>
      )}
    </section>
  );
}
