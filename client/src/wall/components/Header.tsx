/**
 * The wall's top line: the place, the tour's step and progress, the latest change, the time
 * the figures were read ("data as of") and the live link's state.
 */
import { useEffect, useState } from 'react';
import { useT, useWall } from '../context';
import type { WallMessageKey } from '../i18n';
import { communityName } from '../names';
import { currentStep, isPaused } from '../state/selectors';

const CHANGE_KINDS = new Set(['contact', 'verify', 'zone_announced', 'zone_stage', 'relocation', 'plan_applied', 'move']);

/** The current time, ticking once a second (for the pause countdown). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The time of `ms`, with the day in front when it is not today (figures held from yesterday). */
function clock(ms: number, locale: string, now: number): string {
  const at = new Date(ms);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  if (at.toDateString() === new Date(now).toDateString()) return time;
  return `${at.toLocaleDateString(locale, { month: '2-digit', day: '2-digit' })} ${time}`;
}

export function Header() {
  const t = useT();
  const now = useNow();
  const locale = useWall((s) => s.params.locale);
  const meta = useWall((s) => s.data?.meta ?? null);
  const overlays = useWall((s) => s.overlays);
  const children = useWall((s) => s.data?.subdistrict.children ?? []);
  const step = useWall(currentStep);
  const index = useWall((s) => s.tour.index);
  const count = useWall((s) => s.tour.steps.length);
  const tourOn = useWall((s) => s.params.tour);
  const paused = useWall((s) => isPaused(s, now));
  const pausedUntil = useWall((s) => s.tour.pausedUntil);
  const asOf = useWall((s) => s.asOf);
  const connection = useWall((s) => s.connection);
  const change = useWall((s) => s.lastChange);

  const sub = meta?.subdistrict;
  const place = sub ? (locale === 'en' && sub.nameEn ? sub.nameEn : sub.name) : null;
  let stepName = '';
  if (step?.kind === 'community') {
    const c = children.find((x) => x.id === step.id);
    stepName = c ? communityName(c.id, c.name, locale, overlays) : '';
  } else if (step) {
    stepName = t(`step.${step.kind}`);
  }
  const changeKind = change ? t(`change.${CHANGE_KINDS.has(change.kind) ? change.kind : 'other'}` as WallMessageKey) : '';
  return (
    <header className="wall-header">
      <h1 className="wall-title">
        <span className="wall-star" aria-hidden="true">★</span>
        {place ? t('wall.title', { place }) : t('wall.titleFallback')}
      </h1>
      <div className="wall-step" data-step-name={stepName}>
        <span className="step-name">{stepName}</span>
        {count > 0 ? <span className="step-progress">{t('tour.progress', { index: index + 1, count })}</span> : null}
        {!tourOn ? <span className="badge badge--muted">{t('tour.off')}</span> : null}
        {tourOn && paused && pausedUntil !== null ? (
          <span className="badge badge--warn" data-paused="true">{t('tour.paused', { seconds: Math.ceil((pausedUntil - now) / 1000) })}</span>
        ) : null}
      </div>
      <div className="wall-status">
        {change ? <span className="last-change">{t('change.latest', { time: clock(Date.parse(change.at), locale, now), kind: changeKind })}</span> : null}
        {asOf !== null ? <span className="as-of" data-as-of={asOf}>{t('wall.asOf', { time: clock(asOf, locale, now) })}</span> : null}
        <span className={`badge badge--${connection}`} data-connection={connection}>{t(`conn.${connection}`)}</span>
      </div>
    </header>
  );
}
