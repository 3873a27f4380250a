/** The facts of the selected feature, rendered into the map popup through a portal. */
import { popupContent } from '../popup/facts';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';

export function FeaturePopup() {
  const selection = useAppStore((s) => s.selection);
  const locale = useAppStore((s) => s.locale);
  const select = useAppStore((s) => s.select);
  const t = useTranslate();
  if (!selection) return null;
  const content = popupContent(selection.layer, selection.props, locale);
  return (
    <section className="feature-popup" data-layer={selection.layer} aria-live="polite">
      <header className="feature-popup__header">
        <span className="feature-popup__kind">{content.kind}</span>
        <button type="button" className="feature-popup__close" aria-label={t('popup.close')} title={t('popup.close')} onClick={() => select(null)}>
          ×
        </button>
      </header>
      <h2 className="feature-popup__title">{content.title}</h2>
      <dl className="feature-popup__facts">
        {content.facts.map((fact) => (
          <div key={fact.label} className="feature-popup__fact">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
