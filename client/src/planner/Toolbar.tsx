/**
 * The bar over the planner's map: selection tools (click, box, lasso), whole neighbourhoods or
 * single buildings, undo and redo (with what they would take back), and the selection's size.
 */
import { useTranslate } from '../hooks/useTranslate';
import type { PlannerTool } from '../state/plannerViewSlice';
import { useAppStore } from '../state/store';
import { redoLabel, undoLabel } from './undo';

const TOOLS: PlannerTool[] = ['pick', 'box', 'lasso'];

export function Toolbar() {
  const t = useTranslate();
  const tool = useAppStore((s) => s.plannerTool);
  const setTool = useAppStore((s) => s.setPlannerTool);
  const mode = useAppStore((s) => s.paintMode);
  const setMode = useAppStore((s) => s.setPaintMode);
  const plan = useAppStore((s) => s.plan);
  const undo = useAppStore((s) => s.undoPlan);
  const redo = useAppStore((s) => s.redoPlan);
  const selected = useAppStore((s) => s.plannerSelection.length);
  const clear = useAppStore((s) => s.setPlannerSelection);
  const toUndo = undoLabel(plan);
  const toRedo = redoLabel(plan);
  return (
    <div className="planner-toolbar" role="toolbar" aria-label={t('planner.tools.label')}>
      <div className="planner-toolbar__group" role="radiogroup" aria-label={t('planner.tools.select')}>
        {TOOLS.map((id) => (
          <button key={id} type="button" role="radio" aria-checked={tool === id} data-tool={id} className="planner-btn" onClick={() => setTool(id)} title={t(`planner.tools.${id}.hint`)}>
            {t(`planner.tools.${id}`)}
          </button>
        ))}
      </div>
      <label className="planner-toolbar__toggle" title={t('planner.tools.single.hint')}>
        <input type="checkbox" checked={mode === 'single'} onChange={(e) => setMode(e.target.checked ? 'single' : 'neighbourhood')} />
        {t('planner.tools.single')}
      </label>
      <div className="planner-toolbar__group">
        <button type="button" className="planner-btn" data-action="undo" disabled={toUndo === null} onClick={undo} title={t('planner.undo.hint', { step: toUndo ?? '' })}>
          ↶ {t('planner.undo')}
        </button>
        <button type="button" className="planner-btn" data-action="redo" disabled={toRedo === null} onClick={redo} title={t('planner.redo.hint', { step: toRedo ?? '' })}>
          ↷ {t('planner.redo')}
        </button>
      </div>
      <span className="planner-toolbar__count" data-testid="selection-count">
        {t('planner.selected', { count: selected })}
      </span>
      {selected > 0 && (
        <button type="button" className="planner-btn planner-btn--quiet" onClick={() => clear([])}>
          {t('planner.clearSelection')}
        </button>
      )}
    </div>
  );
}
