/**
 * The alert list: counts per kind, then as many alerts as fit, chosen and ordered for the tour
 * step on screen (see alertRows.ts). New gap neighbourhoods carry a "new" mark.
 */
import { useRef } from 'react';
import { formatCount } from '../../../../shared/format/figures';
import { WALL_ALERT_KINDS, type WallAlert } from '../../../../shared/wall';
import { clockMonths, orderAlerts } from '../alertRows';
import { useT, useWall } from '../context';
import { branchName } from '../names';
import { currentStep } from '../state/selectors';
import { useSize } from '../useSize';

/** Height of one row in design px (CSS: .alert-row). */
const ROW = 58;

export function AlertList() {
  const t = useT();
  const data = useWall((s) => s.data?.alerts ?? null);
  const step = useWall(currentStep);
  const fresh = useWall((s) => s.gapWatch.fresh);
  const locale = useWall((s) => s.params.locale);
  const overlays = useWall((s) => s.overlays);
  const unit = useWall((s) => s.unit);
  const list = useRef<HTMLOListElement>(null);
  const { height } = useSize(list);
  const ordered = data ? orderAlerts(data.alerts, step, fresh) : [];
  const fits = Math.max(1, Math.floor(height / (ROW * unit)));
  const shown = ordered.length > fits ? ordered.slice(0, fits - 1) : ordered;
  const rest = ordered.length - shown.length;
  const name = (a: WallAlert) => (a.level === 'branch' ? branchName(a.id, a.name, locale, overlays, t) : a.name);
  const text = (a: WallAlert) =>
    t(`alert.text.${a.kind}`, { figure: formatCount(a.figure, locale), limit: a.limit ?? '', soon: formatCount(a.soon ?? 0, locale), months: clockMonths(data, a.kind) ?? '' });
  return (
    <section className="panel alerts" data-map-overlay="">
      <header className="alerts-head">
        <h2 className="panel-title">{t('alerts.title')}</h2>
        <ul className="alert-counts">
          {WALL_ALERT_KINDS.map((k) => (
            <li key={k} className={`alert-count alert-kind--${k}`} data-alert-count={k}>
              <span className="alert-count-value">{formatCount(data?.counts[k] ?? 0, locale)}</span>
              <span className="alert-count-label">{t(`alert.${k}`, { months: clockMonths(data, k) ?? '' })}</span>
            </li>
          ))}
        </ul>
      </header>
      <ol className="alert-rows" ref={list}>
        {ordered.length === 0 ? <li className="alert-none">{t('alerts.none')}</li> : null}
        {shown.map((a) => (
          <li key={`${a.kind}:${a.id}`} className={`alert-row alert-kind--${a.kind}`} data-alert-kind={a.kind} data-alert-id={a.id}>
            <span className="alert-dot" aria-hidden="true" />
            <span className="alert-lines">
              <span className="alert-name">
                {name(a)}
                {a.kind === 'gap_neighbourhood' && fresh[a.id] !== undefined ? <span className="badge badge--new">{t('alerts.new')}</span> : null}
              </span>
              <span className="alert-text">{t(`alert.${a.kind}`, { months: clockMonths(data, a.kind) ?? '' })} · {text(a)}</span>
            </span>
          </li>
        ))}
        {rest > 0 ? <li className="alert-more">{t('alerts.more', { count: formatCount(rest, locale) })}</li> : null}
      </ol>
    </section>
  );
}
