/**
 * The dashboard-wide date: a bar over the map with a day-by-day slider from the first day with
 * history to today, the day written out in the user's language, one-day steps and a "today"
 * button. While a past day is shown the bar turns amber and says so ("showing DATE, not
 * today"), so nobody takes history for the present. Dragging updates the store's `asOf` only once the thumb rests (debounced),
 * so the map and the report are not refetched for every day passed over.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, clampDay, daysBetween } from '../../../shared/as-of/days';
import { isRealDay } from '../../../shared/dates';
import { formatDay } from '../asOf/format';
import { useAsOfInAddress, useAsOfRange } from '../hooks/useAsOfBar';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import '../styles/asOf.css';

/** How long the thumb must rest before the day is applied, ms. */
const SETTLE_MS = 250;
/** Days PageUp / PageDown move by (arrow keys move one day). */
const PAGE_DAYS = 30;

/** The day shown (the draft while the thumb moves), `propose` (debounced) and `commit` (at once). */
function useSettledDay(): { shown: string | null; propose: (day: string | null) => void; commit: (day: string | null) => void } {
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const [draft, setDraft] = useState<{ day: string | null } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const commit = (day: string | null) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setAsOf(day);
    setDraft(null);
  };
  const propose = (day: string | null) => {
    setDraft({ day });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(day), SETTLE_MS);
  };
  return { shown: draft ? draft.day : asOf, propose, commit };
}

/**
 * An exact day, typed or picked (emptied: today). While it has the focus it keeps what is being
 * typed, so a half-typed year is not overwritten; only whole days inside the range are proposed.
 */
function DayPicker({ day, from, today, onPick }: { day: string | null; from: string; today: string; onPick: (day: string | null) => void }) {
  const t = useTranslate();
  const [typing, setTyping] = useState<string | null>(null);
  const pick = (value: string) => {
    setTyping(value);
    if (value === '' || value === today) onPick(null);
    else if (isRealDay(value) && value >= from && value < today) onPick(value);
  };
  return (
    <label className="as-of as-of-bar__picker" title={t('asOf.pick')}>
      <span className="as-of-bar__hidden">{t('asOf.pick')}</span>
      <input type="date" min={from} max={today} value={typing ?? day ?? today} onChange={(e) => pick(e.target.value)} onBlur={() => setTyping(null)} />
    </label>
  );
}

export function AsOfSlider() {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const range = useAsOfRange();
  const { shown, propose, commit } = useSettledDay();
  useAsOfInAddress();
  const past = shown !== null;

  if (!range?.from) {
    return (
      <div className="as-of-bar" role="group" aria-label={t('asOf.label')}>
        <span className="as-of-bar__label">{t('asOf.label')}</span>
        <span className="as-of-bar__date">{t('asOf.loading')}</span>
      </div>
    );
  }

  const { from, today } = range;
  const last = Math.max(0, daysBetween(from, today));
  const day = clampDay(shown ?? today, from, today);
  const index = daysBetween(from, day);
  const dayAt = (i: number): string | null => {
    const k = Math.min(last, Math.max(0, i));
    return k >= last ? null : addDays(from, k);
  };
  const written = formatDay(day, locale);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    propose(dayAt(index + (e.key === 'PageUp' ? PAGE_DAYS : -PAGE_DAYS)));
  };

  return (
    <div className={`as-of-bar${past ? ' as-of-bar--past' : ''}`} role="group" aria-label={t('asOf.label')} data-as-of={shown ?? ''}>
      <label className="as-of-bar__label" htmlFor="as-of-range">{t('asOf.label')}</label>
      <span className="as-of-bar__end" title={t('asOf.rangeFrom', { date: formatDay(from, locale) })}>{from.slice(0, 4)}</span>
      <button type="button" className="as-of-bar__step" aria-label={t('asOf.dayBack')} title={t('asOf.dayBack')} disabled={index <= 0} onClick={() => propose(dayAt(index - 1))}>‹</button>
      <input
        id="as-of-range"
        className="as-of-bar__range"
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-valuetext={written}
        title={t('asOf.slider')}
        onChange={(e) => propose(dayAt(Number(e.target.value)))}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="as-of-bar__step" aria-label={t('asOf.dayForward')} title={t('asOf.dayForward')} disabled={!past} onClick={() => propose(dayAt(index + 1))}>›</button>
      {/* An exact day, typed or picked; emptied, today. */}
      <DayPicker day={shown} from={from} today={today} onPick={propose} />
      {/* Fixed widths: the track must not change length under a dragging hand. */}
      <output className={`as-of-bar__date${past ? ' as-of-bar__banner' : ''}`} htmlFor="as-of-range" title={written}>
        {past ? t('asOf.banner', { date: written }) : t('asOf.todayLive', { date: written })}
      </output>
      <button type="button" className="as-of-bar__today" disabled={!past} onClick={() => commit(null)}>{t('asOf.backToToday')}</button>
    </div>
  );
}
