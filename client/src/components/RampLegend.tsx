/**
 * The coverage ramp as the map draws it: five stepped classes with their edges (0 20 40 60 80
 * 100 %) written under the joins, which edge each class includes, and grey for "no households".
 */
import { coverageClasses } from '../../../shared/dashboard/coverage-classes';
import { formatPercentRange } from '../../../shared/format/figures';
import { useTranslate } from '../hooks/useTranslate';
import { PALETTE } from '../map/palette';
import { Swatch } from './Swatch';

export function RampLegend() {
  const t = useTranslate();
  const classes = coverageClasses();
  return (
    <div className="ramp-legend" data-legend="coverage">
      <p className="ramp-legend__title">{t('legend.coverageTitle')}</p>
      <div className="ramp-legend__bar" role="img" aria-label={classes.map((c) => formatPercentRange(c.from, c.to)).join(', ')}>
        {classes.map((c) => (
          <span
            key={c.index}
            className="ramp-legend__class"
            data-class={c.index}
            title={formatPercentRange(c.from, c.to)}
            style={{ background: PALETTE.coverageRamp[c.index] }}
          />
        ))}
      </div>
      <div className="ramp-legend__ticks" aria-hidden="true">
        {[0, ...classes.map((c) => c.to)].map((edge) => (
          <span key={edge} style={{ left: `${edge * 100}%` }}>
            {Math.round(edge * 100)}
            {edge === 1 ? '%' : ''}
          </span>
        ))}
      </div>
      <p className="ramp-legend__note">{t('legend.coverageEdges')}</p>
      <p className="ramp-legend__none">
        <Swatch kind={{ type: 'fill', color: PALETTE.coverageNone, outline: PALETTE.branchOutline }} />
        <span>{t('legend.noHouseholds')}</span>
      </p>
    </div>
  );
}
