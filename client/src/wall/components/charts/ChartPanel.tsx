/**
 * A titled panel whose body is measured, so the chart inside draws at the exact size shown.
 */
import { useRef, type ReactNode } from 'react';
import { useSize, type Size } from '../../useSize';

export function ChartPanel({ id, title, children }: { id: string; title: string; children: (size: Size) => ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  const size = useSize(body);
  return (
    <section className="panel chart" data-chart={id}>
      <h2 className="panel-title">{title}</h2>
      <div className="chart-body" ref={body}>
        {size.width > 0 && size.height > 0 ? children(size) : null}
      </div>
    </section>
  );
}
