/**
 * The legend panel: every thematic layer with a check box to show or hide it, the categories
 * its colours stand for, and a note when the current zoom is too low for it to be drawn.
 */
import { useState } from 'react';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { BASEMAP_ENTRIES, LEGEND_ENTRIES, type LegendEntry } from './legendEntries';
import { Swatch } from './Swatch';

function LegendLayer({ entry }: { entry: LegendEntry }) {
  const t = useTranslate();
  const visible = useAppStore((s) => s.visible[entry.layer]);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const tooFar = useAppStore((s) => s.zoom > 0 && s.zoom < entry.minZoom);
  return (
    <li className={`legend__layer${tooFar ? ' legend__layer--dim' : ''}`} data-layer={entry.layer}>
      <label className="legend__toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setLayerVisible(entry.layer, e.target.checked)} />
        <Swatch kind={entry.swatch} />
        <span className="legend__name">{t(`layer.${entry.layer}`)}</span>
      </label>
      {tooFar && <span className="legend__note">{t('legend.visibleFrom', { zoom: entry.minZoom })}</span>}
      {entry.categories.length > 0 && visible && (
        <ul className="legend__categories">
          {entry.categories.map((category) => (
            <li key={category.label}>
              <Swatch kind={category.swatch} />
              <span>{t(category.label)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function Legend() {
  const t = useTranslate();
  const zoom = useAppStore((s) => s.zoom);
  // Folding is this panel's own business (a laptop user wants the map), not app state.
  const [open, setOpen] = useState(true);
  return (
    <aside className={`legend${open ? '' : ' legend--folded'}`} aria-label={t('legend.title')}>
      <div className="legend__head">
        <h2 className="legend__title">{t('legend.title')}</h2>
        <button
          type="button"
          className="legend__fold"
          aria-expanded={open}
          title={t(open ? 'legend.hide' : 'legend.show')}
          aria-label={t(open ? 'legend.hide' : 'legend.show')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </div>
      {open && <LegendBody zoom={zoom} />}
    </aside>
  );
}

function LegendBody({ zoom }: { zoom: number }) {
  const t = useTranslate();
  return (
    <>
      <ul className="legend__layers" title={t('legend.toggleHint')}>
        {LEGEND_ENTRIES.map((entry) => (
          <LegendLayer key={entry.layer} entry={entry} />
        ))}
      </ul>
      <h3 className="legend__subtitle">{t('legend.basemap')}</h3>
      <ul className="legend__categories legend__categories--basemap">
        {BASEMAP_ENTRIES.map((entry) => (
          <li key={entry.label}>
            <Swatch kind={entry.swatch} />
            <span>{t(entry.label)}</span>
          </li>
        ))}
      </ul>
      {zoom > 0 && <p className="legend__zoom">{t('map.zoom', { zoom: zoom.toFixed(1) })}</p>}
    </>
  );
}
