/**
 * 空白: "step through gaps" (previous / next, keys ] [ n p, the position "3 / 35"), the facts of
 * the gap stepped to, and every gap neighbourhood of the unit in reading order (north→south,
 * west→east) with its households and the nearest homes of active members.
 */
import { useEffect, useRef } from 'react';
import type { CoverageResponse, GapNeighbourhoodDto, NearbyMember } from '../../../../shared/api';
import { formatCount, formatDistance } from '../../../../shared/format/figures';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';

function Nearest({ members }: { members: NearbyMember[] }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  if (members.length === 0) return <span className="nearest nearest--none">{t('gaps.noMembers')}</span>;
  return (
    <ul className="nearest" aria-label={t('gaps.nearest')}>
      {members.map((m) => (
        <li key={m.buildingId} className="nearest__member">
          <span className="nearest__address">{m.address}</span>
          {m.isLead && (
            <span className="nearest__lead" title={t('gaps.lead')}>
              ★ {t('gaps.lead')}
            </span>
          )}
          <span className="nearest__distance">{formatDistance(m.distanceM, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

function GapFacts({ gap }: { gap: GapNeighbourhoodDto }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  return (
    <span className="gap-facts">
      {t('gaps.households', { count: formatCount(gap.households, locale) })} · {t('gaps.buildings', { count: formatCount(gap.buildings, locale) })}
    </span>
  );
}

function Stepper({ total }: { total: number }) {
  const t = useTranslate();
  const gapIndex = useAppStore((s) => s.gapIndex);
  const stepGap = useAppStore((s) => s.stepGap);
  return (
    <div className="gap-stepper">
      <button type="button" className="gap-stepper__button" data-step="previous" disabled={total === 0} onClick={() => stepGap(-1)}>
        ‹ {t('gaps.previous')}
      </button>
      <span className="gap-stepper__position" aria-live="polite">
        {gapIndex === null ? t('gaps.start') : t('gaps.position', { index: gapIndex + 1, total })}
      </span>
      <button type="button" className="gap-stepper__button" data-step="next" disabled={total === 0} onClick={() => stepGap(1)}>
        {t('gaps.next')} ›
      </button>
    </div>
  );
}

function CurrentGap({ gap }: { gap: GapNeighbourhoodDto }) {
  const t = useTranslate();
  return (
    <div className="current-gap" data-id={gap.id}>
      <h3 className="current-gap__name">{gap.name}</h3>
      <GapFacts gap={gap} />
      <p className="current-gap__nearest-title">{t('gaps.nearest')}</p>
      <Nearest members={gap.nearestMembers} />
    </div>
  );
}

function GapList({ gaps }: { gaps: GapNeighbourhoodDto[] }) {
  const t = useTranslate();
  const gapIndex = useAppStore((s) => s.gapIndex);
  const showGap = useAppStore((s) => s.showGap);
  const current = useRef<HTMLLIElement>(null);
  // Braces matter: recent Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    current.current?.scrollIntoView({ block: 'nearest' });
  }, [gapIndex]);
  return (
    <ol className="gap-list">
      {gaps.map((gap, i) => (
        <li key={gap.id} ref={i === gapIndex ? current : undefined} className={`gap${i === gapIndex ? ' gap--current' : ''}`} data-id={gap.id} aria-current={i === gapIndex ? 'true' : undefined}>
          <button type="button" className="gap__button" onClick={() => showGap(i)}>
            <span className="gap__index">{i + 1}</span>
            <span className="gap__name">{gap.name}</span>
            <GapFacts gap={gap} />
          </button>
          <div className="gap__nearest">
            <span className="gap__nearest-title">{t('gaps.nearest')}</span>
            <Nearest members={gap.nearestMembers} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function GapBuildings({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const drillTo = useAppStore((s) => s.drillTo);
  const buildings = report.gaps.buildings;
  if (buildings.length === 0) return null;
  return (
    <details className="gap-buildings">
      <summary className="section-title">{t('gaps.gapBuildings', { count: formatCount(buildings.length, locale) })}</summary>
      <ol>
        {buildings.map((b) => (
          <li key={b.id}>
            <button type="button" className="gap-buildings__button" onClick={() => drillTo(b, { mode: 'always', bbox: b.bbox })}>
              <span>{b.name}</span>
              <span className="gap-facts">{t('gaps.households', { count: formatCount(b.households, locale) })}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function GapsTab({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const gaps = report.gaps.neighbourhoods;
  const gapIndex = useAppStore((s) => s.gapIndex);
  const current = gapIndex === null ? undefined : gaps[gapIndex];
  return (
    <>
      <section className="gap-step">
        <Stepper total={gaps.length} />
        {current ? <CurrentGap gap={current} /> : <p className="gap-step__hint">{t('gaps.keysHint')}</p>}
      </section>
      <h3 className="section-title">{gaps.length > 0 ? t('gaps.title', { count: gaps.length }) : t('gaps.none')}</h3>
      <GapList gaps={gaps} />
      <GapBuildings report={report} />
    </>
  );
}
