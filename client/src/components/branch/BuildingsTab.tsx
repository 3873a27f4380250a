/**
 * 楼栋: every building of the worked grid with its households, residents, members, leads and
 * coverage, and when its facts were last verified; "核实" marks them verified today. A click on
 * an address shows the building on the map.
 */
import { useMemo } from 'react';
import type { CoverageResponse } from '../../../../shared/api';
import { formatCount } from '../../../../shared/format/figures';
import type { Freshness } from '../../../../shared/freshness';
import { verifyAndRefresh } from '../../api/loadBranch';
import { buildingRows, verifiedCounts, type BuildingRow } from '../../branch/buildingRows';
import { MAX_FIT_ZOOM } from '../../coverage/levels';
import { useAction } from '../../hooks/useAction';
import { useFreshness } from '../../hooks/useFreshness';
import { useTranslate } from '../../hooks/useTranslate';
import { PALETTE } from '../../map/palette';
import { useAppStore } from '../../state/store';
import { CoverageMeter } from '../panel/CoverageMeter';
import { FreshnessBadge } from './FreshnessBadge';

const CLASSES: Freshness[] = ['fresh', 'stale', 'lost', 'never'];

function Row({ row }: { row: BuildingRow }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const requestFit = useAppStore((s) => s.requestFit);
  const { today, rules } = useFreshness();
  const verify = useAction();
  return (
    <li className="work-row building-row" data-id={row.ref.id} data-freshness={row.verified}>
      <button type="button" className="work-row__title" title={t('buildings.show')} onClick={() => requestFit(row.ref.bbox, MAX_FIT_ZOOM.building)}>
        {row.ref.name}
      </button>
      <span className="work-row__facts">
        {t('buildings.facts', {
          households: formatCount(row.households, locale),
          residents: formatCount(row.residents, locale),
          members: formatCount(row.members, locale),
          leads: formatCount(row.leads, locale),
        })}
      </span>
      <CoverageMeter coverage={row.coverage} />
      <span className="work-row__footer">
        <FreshnessBadge date={row.verifiedOn} freshness={row.verified} rules={rules} what="verified" />
        <button
          type="button"
          className="button button--small"
          data-action="verify"
          disabled={verify.busy || row.verifiedOn === today}
          onClick={() => void verify.run(() => verifyAndRefresh(useAppStore, 'building', row.ref.id))}
        >
          {row.verifiedOn === today ? t('verify.done') : t('verify.button')}
        </button>
      </span>
      {verify.error && <p className="work-row__error" role="alert">{verify.error}</p>}
    </li>
  );
}

export function BuildingsTab({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const work = useAppStore((s) => s.branchWork);
  const error = useAppStore((s) => s.branchError);
  const { cutoffs, rules } = useFreshness();
  const rows = useMemo(() => buildingRows(report, work?.buildings ?? [], cutoffs), [report, work, cutoffs]);
  if (error) return <p className="panel-status panel-status--error" role="alert">{t('work.error', { message: error })}</p>;
  if (!work) return <p className="panel-status">{t('panel.loading')}</p>;
  const counts = verifiedCounts(rows);
  const months = { stale: rules.staleAfterMonths.value, lost: rules.lostContactMonths.value };
  return (
    <>
      <h3 className="section-title">{t('buildings.title', { count: formatCount(rows.length, locale) })}</h3>
      <ul className="freshness-summary" aria-label={t('buildings.verifiedSummary')}>
        {CLASSES.map((c) => (
          <li key={c} data-freshness={c}>
            <span className="freshness__dot" style={{ background: PALETTE.freshness[c] }} aria-hidden="true" />
            {t(`freshness.${c}`, months)} <strong>{formatCount(counts[c], locale)}</strong>
          </li>
        ))}
      </ul>
      <ol className="work-list">
        {rows.map((row) => (
          <Row key={row.ref.id} row={row} />
        ))}
      </ol>
    </>
  );
}
