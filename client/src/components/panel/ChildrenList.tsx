/**
 * The shown unit's children (communities, grids or buildings), each with its households, gaps
 * and coverage; sortable by API order, coverage or households. A click drills into the child.
 */
import { useMemo } from 'react';
import type { CoverageResponse, CoverageUnitDto } from '../../../../shared/api';
import { formatCount } from '../../../../shared/format/figures';
import { CHILD_SORT_KEYS, sortChildren } from '../../coverage/sortChildren';
import { coverageStateLabel } from '../../coverage/states';
import { useTranslate } from '../../hooks/useTranslate';
import { unitName } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CoverageMeter } from './CoverageMeter';

function SortButtons() {
  const t = useTranslate();
  const sort = useAppStore((s) => s.childSort);
  const sortChildrenBy = useAppStore((s) => s.sortChildrenBy);
  return (
    <div className="sort-buttons segmented" role="group" aria-label={t('sort.label')}>
      {CHILD_SORT_KEYS.map((key) => {
        const active = sort.key === key;
        const direction = t(sort.descending ? 'sort.descending' : 'sort.ascending');
        return (
          <button
            key={key}
            type="button"
            data-sort={key}
            aria-pressed={active}
            title={active ? `${t(`sort.${key}`)} · ${direction}` : t(`sort.${key}`)}
            onClick={() => sortChildrenBy(key)}
          >
            {t(`sort.${key}`)}
            {active && <span aria-hidden="true">{sort.descending ? ' ↓' : ' ↑'}</span>}
          </button>
        );
      })}
    </div>
  );
}

function ChildRow({ child }: { child: CoverageUnitDto }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const meta = useAppStore((s) => s.meta);
  const overlays = useAppStore((s) => s.overlays);
  const drillTo = useAppStore((s) => s.drillTo);
  const f = child.figures;
  const name = unitName(child, locale, { meta, overlays });
  const gaps = f.gapNeighbourhoods ?? 0;
  return (
    <li className="child" data-level={child.level} data-id={child.id}>
      <button type="button" className="child__button" title={t('children.open', { name })} onClick={() => drillTo(child, { mode: 'always', bbox: child.bbox })}>
        <span className="child__name">{name}</span>
        <span className="child__facts">
          {t('gaps.households', { count: formatCount(f.households, locale) })}
          {gaps > 0 && <span className="child__gaps"> · {t('children.gaps', { count: formatCount(gaps, locale) })}</span>}
          {f.state && <span className={`child__state child__state--${f.state}`}> · {coverageStateLabel(f.state, t)}</span>}
        </span>
        <CoverageMeter coverage={f.coverage} />
      </button>
    </li>
  );
}

export function ChildrenList({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const sort = useAppStore((s) => s.childSort);
  const sorted = useMemo(() => sortChildren(report.children, sort), [report.children, sort]);
  // Children are one level: communities, grids or buildings (never the sub-district).
  const level = report.children[0]?.level;
  const heading = level && level !== 'subdistrict' ? t(`children.${level}`, { count: sorted.length }) : t('children.none');
  return (
    <section className="children" aria-label={heading}>
      <div className="children__head">
        <h3 className="section-title">{heading}</h3>
        {sorted.length > 1 && <SortButtons />}
      </div>
      {sorted.length > 0 && (
        <ol className="children__list">
          {sorted.map((child) => (
            <ChildRow key={`${child.level}-${child.id}`} child={child} />
          ))}
        </ol>
      )}
    </section>
  );
}
