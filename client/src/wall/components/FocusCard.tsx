/**
 * The numbers beside the map for the tour step on screen: the sub-district's or the
 * community's figures (from its coverage report), the gaps, or the alert counts.
 */
import type { ReactNode } from 'react';
import { formatCount, formatPercent } from '../../../../shared/format/figures';
import { WALL_ALERT_KINDS } from '../../../../shared/wall';
import { useT, useWall } from '../context';
import { clockMonths } from '../alertRows';
import { communityName } from '../names';
import type { Overlays } from '../state/store';
import { currentStep, shownReport } from '../state/selectors';

function Figure({ id, label, value, tone = 'plain', wide = false }: { id: string; label: string; value: string; tone?: string; wide?: boolean }) {
  return (
    <div className={`focus-figure focus-figure--${tone}${wide ? ' focus-figure--wide' : ''}`} data-focus={id}>
      <div className="focus-value">{value}</div>
      <div className="focus-label">{label}</div>
    </div>
  );
}

/** Grid branches of one community, or of all (null), from the communities layer like the KPI tile. */
function branchCount(overlays: Overlays | null, communityId: number | null): number | undefined {
  const features = overlays?.communities.features.filter((f) => communityId === null || f.properties.id === communityId);
  return features?.reduce((sum, f) => sum + f.properties.branches, 0);
}

export function FocusCard() {
  const t = useT();
  const locale = useWall((s) => s.params.locale);
  const step = useWall(currentStep);
  const report = useWall(shownReport);
  const alerts = useWall((s) => s.data?.alerts ?? null);
  const overlays = useWall((s) => s.overlays);
  const fresh = useWall((s) => s.gapWatch.fresh);
  const meta = useWall((s) => s.data?.meta ?? null);
  const n = (v: number | undefined) => formatCount(v ?? 0, locale);

  let title = '';
  let body: ReactNode = null;
  if (step?.kind === 'gaps') {
    const gaps = alerts?.alerts.filter((a) => a.kind === 'gap_neighbourhood') ?? [];
    title = t('step.gaps');
    body = (
      <>
        <Figure id="gaps" label={t('focus.gaps')} value={n(gaps.length)} tone={gaps.length > 0 ? 'alert' : 'plain'} />
        <Figure id="gapHouseholds" label={t('focus.gapHouseholds')} value={n(gaps.reduce((s, g) => s + g.figure, 0))} />
        <Figure id="newGaps" label={t('alerts.new')} value={n(Object.keys(fresh).length)} tone={Object.keys(fresh).length > 0 ? 'alert' : 'plain'} />
      </>
    );
  } else if (step?.kind === 'alerts') {
    title = t('step.alerts');
    body = WALL_ALERT_KINDS.map((k) => (
      <Figure key={k} id={k} label={t(`alert.${k}`, { months: clockMonths(alerts, k) ?? '' })} value={n(alerts?.counts[k])} tone={(alerts?.counts[k] ?? 0) > 0 ? 'warn' : 'plain'} />
    ));
  } else if (report) {
    const f = report.unit.figures;
    const isCommunity = report.unit.level === 'community';
    const sub = meta?.subdistrict;
    title = isCommunity
      ? communityName(report.unit.id, report.unit.name, locale, overlays)
      : (locale === 'en' && sub?.nameEn ? sub.nameEn : report.unit.name);
    const inUnit = alerts?.alerts.filter((a) => !isCommunity || a.communityId === report.unit.id).length ?? 0;
    body = (
      <>
        <Figure id="coverage" label={t('focus.reached', { reached: n(f.reached), households: n(f.households) })} value={formatPercent(f.coverage, locale)} tone="accent" wide />
        <Figure id="members" label={t('focus.members')} value={n(f.members)} />
        <Figure id="branches" label={t('focus.branches')} value={n(branchCount(overlays, isCommunity ? report.unit.id : null))} />
        <Figure id="gaps" label={t('focus.gaps')} value={n(f.gapNeighbourhoods)} tone={(f.gapNeighbourhoods ?? 0) > 0 ? 'alert' : 'plain'} />
        <Figure id="leads" label={t('focus.leads')} value={n(f.leads)} />
        <Figure id="alerts" label={t('focus.alerts')} value={n(inUnit)} tone={inUnit > 0 ? 'warn' : 'plain'} />
      </>
    );
  }
  return (
    <section className="panel focus" data-map-overlay="" data-focus-unit={report ? `${report.unit.level}:${report.unit.id}` : ''}>
      <h2 className="focus-title">{title}</h2>
      <div className="focus-figures">{body}</div>
    </section>
  );
}
