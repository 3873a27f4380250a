/**
 * The map's legend, floating over its corner: the coverage classes in the wall's ramp, gaps,
 * demolition zones, community outlines and the pulse of a change.
 */
import { coverageClasses } from '../../../../shared/dashboard/coverage-classes';
import { formatPercentRange } from '../../../../shared/format/figures';
import { useT } from '../context';
import { WALL_PALETTE } from '../map/palette';

export function MapLegend() {
  const t = useT();
  return (
    <aside className="map-legend" data-map-overlay="">
      <ul className="legend-ramp">
        <li className="legend-title">{t('legend.coverage')}</li>
        {coverageClasses().map((c) => (
          <li key={c.index}>
            <span className="swatch" style={{ background: WALL_PALETTE.coverageRamp[c.index] }} />
            {formatPercentRange(c.from, c.to)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: WALL_PALETTE.coverageNone }} />
          {t('legend.noHouseholds')}
        </li>
      </ul>
      <ul className="legend-marks">
        <li><span className="swatch swatch--gap" />{t('legend.gap')}</li>
        <li><span className="swatch swatch--zone" />{t('legend.zone')}</li>
        <li><span className="swatch swatch--line" style={{ borderColor: WALL_PALETTE.community }} />{t('legend.community')}</li>
        <li><span className="swatch swatch--pulse" />{t('legend.change')}</li>
      </ul>
    </aside>
  );
}
