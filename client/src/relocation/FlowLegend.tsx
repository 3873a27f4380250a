/** The map's legend: arc colours by state, what each zoom draws, zone and building symbols, the what-if highlights. */
import { RELOCATION_STATES } from '../../../shared/relocation/states';
import { useTranslate } from '../hooks/useTranslate';
import { stateLabel } from './labels';
import { RELOCATION_PALETTE as P, STATE_COLOURS } from './palette';

export function FlowLegend() {
  const t = useTranslate();
  const row = (swatch: string, label: string, className = 'reloc-swatch') => (
    <li key={label}><span className={className} style={{ background: swatch }} />{label}</li>
  );
  return (
    <aside className="reloc-legend" aria-label={t('relocation.legend.title')}>
      <strong>{t('relocation.legend.title')}</strong>
      <p>{t('relocation.legend.arcs')}</p>
      <p>{t('relocation.legend.levels')}</p>
      <ul>
        {RELOCATION_STATES.map((s) => row(STATE_COLOURS[s], stateLabel(t, s), 'reloc-swatch reloc-swatch--line'))}
        {row('#ff7043', t('relocation.legend.zone'))}
        {row(P.slated, t('relocation.legend.slated'))}
        {row(P.demolished, t('relocation.legend.demolished'))}
        {row(P.outsideDot, t('relocation.legend.outside'), 'reloc-swatch reloc-swatch--dot')}
        {row(P.gapFill, t('relocation.legend.whatIfGap'))}
        {row(P.branchUnder, t('relocation.legend.whatIfBranch'), 'reloc-swatch reloc-swatch--line')}
      </ul>
    </aside>
  );
}
