/**
 * 问题: each rule violation inside the unit, with its rule, the unit it concerns, the figure
 * found and the threshold. A click zooms the map to it and outlines it.
 */
import type { CoverageResponse } from '../../../../shared/api';
import { violationText } from '../../coverage/violations';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';

export function ViolationsTab({ report }: { report: CoverageResponse }) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  const focused = useAppStore((s) => s.focusedViolation);
  const focusViolation = useAppStore((s) => s.focusViolation);
  const violations = report.violations;
  return (
    <>
      <h3 className="section-title">{violations.length > 0 ? t('violations.title', { count: violations.length }) : t('violations.none')}</h3>
      <ol className="violation-list">
        {violations.map((v, i) => {
          const text = violationText(v, locale, t);
          return (
            <li key={`${v.rule}-${v.level}-${v.id}-${v.otherId ?? ''}`} className={`violation${i === focused ? ' violation--current' : ''}`} data-rule={v.rule} data-id={v.id}>
              <button type="button" className="violation__button" title={t('violations.zoom')} onClick={() => focusViolation(i)}>
                <span className="violation__rule">{text.rule}</span>
                <span className="violation__unit">{v.name}</span>
                <span className="violation__figures">
                  <span className="violation__figure">
                    {t('violations.figure')} <strong>{text.figure}</strong>
                  </span>
                  {text.limit && (
                    <span className="violation__limit">
                      {t('violations.limit')} <strong>{text.limit}</strong>
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
