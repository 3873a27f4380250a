/**
 * The wall's top line: the place, the tour's step and progress, the time the figures were
 * read ("data as of") and the live link's state. (The latest change is shown on the map,
 * where it pulses: see LastChange.)
 */
import { useT, useWall } from '../context';
import { communityName } from '../names';
import { currentStep, isPaused } from '../state/selectors';
import { clock, useNow } from '../time';

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

  const sub = meta?.subdistrict;
  const place = sub ? (locale === 'en' && sub.nameEn ? sub.nameEn : sub.name) : null;
  let stepName = '';
  if (step?.kind === 'community') {
    const c = children.find((x) => x.id === step.id);
    stepName = c ? communityName(c.id, c.name, locale, overlays) : '';
  } else if (step) {
    stepName = t(`step.${step.kind}`);
  }
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
        {asOf !== null ? <span className="as-of" data-as-of={asOf}>{t('wall.asOf', { time: clock(asOf, locale, now) })}</span> : null}
        <span className={`badge badge--${connection}`} data-connection={connection}>{t(`conn.${connection}`)}</span>
      </div>
    </header>
  );
}
