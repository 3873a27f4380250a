/**
 * Where the panel is: the path from the sub-district down, each step a button back up to it (the
 * last one fits the map to the shown unit again), and the shown unit's name and kind below.
 */
import type { UnitRef } from '../../../../shared/api';
import { useShownReport } from '../../hooks/useShownReport';
import { useTranslate } from '../../hooks/useTranslate';
import { unitName } from '../../state/selectors';
import { useAppStore } from '../../state/store';

export function Breadcrumb() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const meta = useAppStore((s) => s.meta);
  const overlays = useAppStore((s) => s.overlays);
  const drillTo = useAppStore((s) => s.drillTo);
  const { report } = useShownReport();
  if (!report) return null;
  const name = (ref: UnitRef) => unitName(ref, locale, { meta, overlays });
  const { unit, path } = report;
  return (
    <header className="panel-head">
      <nav className="breadcrumb" aria-label={t('panel.breadcrumb')} title={path.length > 0 ? t('panel.upHint') : undefined}>
        <ol>
          {path.map((ref) => (
            <li key={`${ref.level}-${ref.id}`}>
              <button type="button" className="breadcrumb__link" data-level={ref.level} onClick={() => drillTo(ref, { mode: 'always', bbox: ref.bbox })}>
                {name(ref)}
              </button>
            </li>
          ))}
          <li aria-current="page" className="breadcrumb__current" data-level={unit.level}>
            {/* Clicking where you are brings the whole unit back into view. */}
            <button type="button" className="breadcrumb__here" onClick={() => drillTo(unit, { mode: 'always', bbox: unit.bbox })}>
              {name(unit)}
            </button>
          </li>
        </ol>
      </nav>
      <p className="panel-head__kind">
        {t(`level.${unit.level}`)}
        {unit.code && <span className="panel-head__code">{unit.code}</span>}
      </p>
      <h2 className="panel-head__title">{name(unit)}</h2>
    </header>
  );
}
