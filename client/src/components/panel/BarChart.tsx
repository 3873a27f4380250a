/** A small horizontal bar chart in plain HTML and CSS: label, bar scaled to the largest value, count. */
import { formatCount } from '../../../../shared/format/figures';
import type { Bar } from '../../coverage/kpis';
import { useAppStore } from '../../state/store';

export function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  const locale = useAppStore((s) => s.locale);
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="bar-chart" data-chart={id}>
      <figcaption className="bar-chart__title">{title}</figcaption>
      <ul className="bar-chart__rows">
        {bars.map((bar) => (
          <li key={bar.key} className="bar-chart__row" data-key={bar.key}>
            <span className="bar-chart__label">{bar.label}</span>
            <span className="bar-chart__track" aria-hidden="true">
              <span className="bar-chart__bar" style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="bar-chart__value">{formatCount(bar.value, locale)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
