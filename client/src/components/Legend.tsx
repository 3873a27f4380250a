/**
 * The legend panel floating over the map: what the colours show (coverage or grid), every
 * thematic layer with a check box to show or hide it, the categories its colours stand for (the
 * coverage ramp with its class edges, in coverage mode), the demolition zones of the day shown,
 * and a note when the current zoom is too low for a layer to be drawn.
 */
import { useMemo, useState } from 'react';
import { useFreshness } from '../hooks/useFreshness';
import { useTranslate } from '../hooks/useTranslate';
import { COLOUR_MODES } from '../layers';
import { BUILDING_STATE_ZOOM } from '../map/style/colourModes';
import { PALETTE } from '../map/palette';
import { MAP_OVERLAY_ATTRIBUTE } from '../map/camera';
import { useAppStore } from '../state/store';
import { BASEMAP_ENTRIES, legendEntries, type LegendEntry } from './legendEntries';
import { RampLegend } from './RampLegend';
import { Swatch } from './Swatch';

function LegendLayer({ entry }: { entry: LegendEntry }) {
  const t = useTranslate();
  const visible = useAppStore((s) => s.visible[entry.layer]);
  const setLayerVisible = useAppStore((s) => s.setLayerVisible);
  const tooFar = useAppStore((s) => s.zoom > 0 && s.zoom < entry.minZoom);
  const byState = useAppStore((s) => s.colourMode === 'coverage') && entry.layer === 'buildings';
  return (
    <li className={`legend__layer${tooFar ? ' legend__layer--dim' : ''}`} data-layer={entry.layer}>
      <label className="legend__toggle">
        <input type="checkbox" checked={visible} onChange={(e) => setLayerVisible(entry.layer, e.target.checked)} />
        <Swatch kind={entry.swatch} />
        <span className="legend__name">{t(`layer.${entry.layer}`)}</span>
      </label>
      {tooFar && <span className="legend__note">{t('legend.visibleFrom', { zoom: entry.minZoom })}</span>}
      {visible && entry.ramp && <RampLegend />}
      {visible && byState && <span className="legend__note">{t('legend.buildingStates', { zoom: BUILDING_STATE_ZOOM })}</span>}
      {entry.categories.length > 0 && visible && (
        <ul className="legend__categories">
          {entry.categories.map((category) => (
            <li key={category.label}>
              <Swatch kind={category.swatch} />
              <span>{t(category.label, category.vars)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Demolition zones by their stage on the day shown, and the grey plots of demolished buildings. */
function ZoneLegend() {
  const t = useTranslate();
  const zones = useAppStore((s) => s.zoneMap?.zones);
  const stages = useMemo(() => [...new Set(zones?.features.map((f) => f.properties.stage) ?? [])], [zones]);
  if (stages.length === 0) return null;
  return (
    <>
      <h3 className="legend__subtitle">{t('asOf.legend.zones')}</h3>
      <ul className="legend__categories" data-legend="zones">
        {stages.map((stage) => (
          <li key={stage}>
            <Swatch kind={{ type: 'dashed', color: PALETTE.zoneStages[stage] }} />
            <span>{t(`asOf.stage.${stage}`)}</span>
          </li>
        ))}
        <li>
          <Swatch kind={{ type: 'fill', color: PALETTE.buildingDemolishedFill, outline: PALETTE.buildingDemolishedOutline }} />
          <span>{t('asOf.legend.demolished')}</span>
        </li>
      </ul>
    </>
  );
}

function ColourModeSwitch() {
  const t = useTranslate();
  const mode = useAppStore((s) => s.colourMode);
  const setColourMode = useAppStore((s) => s.setColourMode);
  return (
    <div className="colour-mode segmented" role="group" aria-label={t('legend.colourBy')}>
      <span className="colour-mode__label">{t('legend.colourBy')}</span>
      {COLOUR_MODES.map((option) => (
        <button key={option} type="button" data-mode={option} aria-pressed={option === mode} onClick={() => setColourMode(option)}>
          {t(`legend.colourBy.${option}`)}
        </button>
      ))}
    </div>
  );
}

export function Legend() {
  const t = useTranslate();
  const zoom = useAppStore((s) => s.zoom);
  // Folding is this panel's own business (a laptop user wants the map), not app state.
  const [open, setOpen] = useState(true);
  return (
    <aside className={`legend${open ? '' : ' legend--folded'}`} aria-label={t('legend.title')} {...{ [MAP_OVERLAY_ATTRIBUTE]: '' }}>
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
  const mode = useAppStore((s) => s.colourMode);
  const { rules } = useFreshness();
  const months = { stale: rules.staleAfterMonths.value, lost: rules.lostContactMonths.value };
  return (
    <>
      <ColourModeSwitch />
      <ul className="legend__layers" title={t('legend.toggleHint')}>
        {legendEntries(mode, months).map((entry) => (
          <LegendLayer key={entry.layer} entry={entry} />
        ))}
      </ul>
      <ZoneLegend />
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
