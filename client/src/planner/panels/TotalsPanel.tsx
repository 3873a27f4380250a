/**
 * Live totals: for every branch the plan touches, its figures before → after and the rules it
 * breaks after (figure, threshold, edge); then the plan's errors (which block apply) and
 * warnings. Recomputed in the page on every change by the shared evaluator.
 */
import type { BranchFigures, BranchTotals } from '../../../../shared/planner/types';
import type { MessageKey } from '../../i18n';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';
import { selectAnalysis, selectBranchColours } from '../derive';
import { targetColour } from '../colours';
import { findingText, percent, planMessage } from '../labels';

type Row = { key: MessageKey; value: (f: BranchFigures) => string };
const ROWS: Row[] = [
  { key: 'planner.totals.households', value: (f) => String(f.households) },
  { key: 'planner.totals.residents', value: (f) => String(f.residents) },
  { key: 'planner.totals.fullMembers', value: (f) => String(f.fullMembers) },
  { key: 'planner.totals.members', value: (f) => String(f.members) },
  { key: 'planner.totals.leads', value: (f) => String(f.leads) },
  { key: 'planner.totals.coverage', value: (f) => percent(f.coverage) },
  { key: 'planner.totals.gapBuildings', value: (f) => String(f.gapBuildings) },
];

function BranchCard({ totals }: { totals: BranchTotals }) {
  const t = useTranslate();
  const rules = useAppStore((s) => s.plannerBase?.rules);
  const colours = useAppStore(selectBranchColours);
  if (!rules) return null;
  const broken = totals.findings.length > 0 && totals.status !== 'dissolved';
  return (
    <article className={`planner-card${broken ? ' planner-card--broken' : ''}`} data-branch={String(totals.branch)}>
      <h4 className="planner-card__title">
        <span className="planner-swatch" style={{ background: targetColour(colours, totals.branch) }} aria-hidden="true" />
        {totals.name}
        <span className="planner-card__status">{t(`planner.status.${totals.status}`)}{totals.code ? ` · ${totals.code}` : ''}</span>
      </h4>
      <table className="planner-figures">
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key} data-row={row.key.slice('planner.totals.'.length)}>
              <th scope="row">{t(row.key)}</th>
              <td>{totals.before ? row.value(totals.before) : '—'}</td>
              <td aria-hidden="true">→</td>
              <td className="planner-figures__after">{totals.after ? row.value(totals.after) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {totals.status !== 'dissolved' && (
        <ul className="planner-rules">
          {totals.findings.length === 0 && <li className="planner-rules__ok">{t('planner.rule.allMet')}</li>}
          {totals.findings.map((f) => (
            <li key={f.rule} className="planner-rules__broken" data-rule={f.rule}>⚠ {findingText(f, rules, t)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function TotalsPanel() {
  const t = useTranslate();
  const analysis = useAppStore(selectAnalysis);
  if (!analysis) return null;
  const { branches, errors, warnings } = analysis.evaluation;
  return (
    <section className="planner-totals" aria-label={t('planner.totals.title')}>
      <h3 className="planner-h3">{t('planner.totals.title')}</h3>
      {branches.length === 0 && <p className="planner-hint">{t('planner.totals.none')}</p>}
      {errors.length > 0 && (
        <ul className="planner-errors" aria-label={t('planner.errors')}>
          {errors.map((e) => <li key={`${e.field}:${e.code}`} className="planner-error" data-code={e.code}>{planMessage('error', e, t)}</li>)}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="planner-warnings" aria-label={t('planner.warnings')}>
          {warnings.map((w) => (
            <li key={`${w.record}:${w.code}`} className="planner-warning" data-code={w.code}>{t(`planner.warning.${w.code}`)} · {planMessage('warning', w, t)}</li>
          ))}
        </ul>
      )}
      {branches.map((b) => <BranchCard key={String(b.branch)} totals={b} />)}
    </section>
  );
}
