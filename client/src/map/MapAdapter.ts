/**
 * The thin layer between the store and MapLibre. Created once per map container (by `MapView`
 * in an effect), it builds the map from `buildStyle`, then only projects store changes onto it
 * (language, layer visibility, colour mode, overlays, demolition zones, the day shown, selection,
 * the dashboard's highlight and fit requests) and reports clicks and zoom back. `destroy` removes the map and every listener.
 */
import {
  AttributionControl,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type MapMouseEvent,
  type StyleSpecification,
  type VectorTileSource,
} from 'maplibre-gl';
import type { BBox } from '../../../shared/model';
import { freshnessCutoffsOf } from '../branch/freshnessRules';
import { unitOfFeature } from '../coverage/levels';
import { translator } from '../i18n';
import { THEMATIC_LAYERS, type ThematicLayer } from '../layers';
import { selectCurrentGap, selectHighlight } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';
import type { CameraRequest } from '../state/viewSlice';
import { MAP_OVERLAY_ATTRIBUTE, bboxWithin, fitPadding, type Padding } from './camera';
import { createBaseMap } from './createMap';
import { labelPoints } from './labelPoints';
import { pickSelection, selectedId } from './pick';
import { zoneLabelPoints } from './zoneLabels';
import {
  FOCUS_LAYERS,
  GAP_CURRENT_LAYER,
  SELECTED_LAYER,
  SOURCE,
  buildStyle,
  interactiveLayers,
  layerIdsByGroup,
  localizedTextFields,
  modePaint,
  tileUrlTemplate,
} from './style';
import { MATCH_NOTHING, matchId } from './style/common';

/** Pixels of slack round the pointer when looking for what was clicked (stars, thin lines). */
const CLICK_SLOP = 3;

/** How long a fit to a unit, gap or violation takes, ms: long enough to see where it went. */
const FIT_DURATION = 900;

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

declare global {
  interface Window {
    /**
     * The live map, always exposed: end-to-end tests drive the production build through it and
     * support staff can inspect a wall display from the console. It reveals nothing the page
     * does not already show.
     */
    __gridmap?: { map: MapLibreMap };
  }
}

/** Fit padding keeping clear of the panels floating over the map container (its siblings). */
function clearOfOverlays(container: HTMLElement): Padding {
  const overlays = [...(container.parentElement?.querySelectorAll(`[${MAP_OVERLAY_ATTRIBUTE}]`) ?? [])];
  return fitPadding(container.getBoundingClientRect(), overlays.map((el) => el.getBoundingClientRect()));
}

export class MapAdapter {
  readonly map: MapLibreMap;
  /** Where React renders the popup's content (through a portal). */
  readonly popupContent: HTMLDivElement;
  private readonly popup: Popup;
  private readonly style: StyleSpecification;
  private readonly interactive: ReadonlyMap<string, ThematicLayer>;
  private readonly groups: Record<ThematicLayer, string[]>;
  private attribution: AttributionControl | null = null;
  private styleReady = false;
  /** The highlight now drawn, as "layer:id", so unchanged highlights cost nothing. */
  private highlightKey = '';
  /** The colour paint now applied, as "mode:cut-offs", so unchanged paint is not set again. */
  private paintKey = '';
  /** The last camera request carried out (its `seq`). */
  private cameraSeq = 0;
  private readonly unsubscribe: () => void;

  /** Requires `meta` in the store (the map is placed from its bbox and tiles carry its version). */
  constructor(container: HTMLElement, private readonly store: AppStore) {
    const state = store.getState();
    const meta = state.meta;
    if (!meta) throw new Error('MapAdapter needs the sub-district meta loaded first.');
    this.style = buildStyle({
      dataVersion: meta.dataVersion,
      asOf: state.asOf,
      locale: state.locale,
      visible: state.visible,
      colourMode: state.colourMode,
      freshness: freshnessCutoffsOf(state),
      bbox: meta.bbox,
    });
    this.interactive = interactiveLayers(this.style);
    this.groups = layerIdsByGroup(this.style);
    // A map made again (back from another page) opens where it was last asked to go.
    this.map = createBaseMap({
      container,
      style: this.style,
      bounds: state.camera?.bbox ?? meta.bbox,
      padding: clearOfOverlays(container),
      extent: meta.bbox,
    });
    this.cameraSeq = state.camera?.seq ?? 0;
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.setAttribution(state);

    this.popupContent = document.createElement('div');
    this.popup = new Popup({ closeButton: false, closeOnClick: false, maxWidth: '340px', offset: 10 });
    this.popup.setDOMContent(this.popupContent);

    this.map.on('click', (event) => this.onClick(event));
    this.map.on('mousemove', (event) => this.onHover(event));
    this.map.on('zoomend', () => this.store.getState().setZoom(this.map.getZoom()));
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.applyAll(this.store.getState());
    });
    this.map.once('load', () => this.store.getState().setZoom(this.map.getZoom()));
    this.unsubscribe = store.subscribe((next, prev) => this.onStoreChange(next, prev));
    window.__gridmap = { map: this.map };
  }

  /** Removes the map, its popup and every subscription. */
  destroy(): void {
    this.unsubscribe();
    this.popup.remove();
    this.map.remove();
    if (window.__gridmap?.map === this.map) delete window.__gridmap;
  }

  /** Brings the whole map in line with the store: on style load, after which changes trickle. */
  private applyAll(state: AppState): void {
    this.applyLocale(state);
    this.applyVisibility(state);
    this.applyOverlays(state);
    this.applyZones(state);
    this.applySelection(state);
    this.applyColourMode(state);
    this.applyHighlight(state);
    // A fit asked for before the style was ready (a secretary's landing) is carried out now.
    if (state.camera && state.camera.seq !== this.cameraSeq) this.fit(state.camera);
  }

  private onStoreChange(next: AppState, prev: AppState): void {
    // Until the style has loaded there are no layers to change; `applyAll` catches up then.
    // (`isStyleLoaded()` would not do: it stays false while any tile is still loading.)
    if (!this.styleReady) return;
    if (next.locale !== prev.locale) this.applyLocale(next);
    if (next.zoneMap !== prev.zoneMap || next.locale !== prev.locale) this.applyZones(next);
    if (next.visible !== prev.visible) this.applyVisibility(next);
    if (next.overlays !== prev.overlays) this.applyOverlays(next);
    if (next.selection !== prev.selection) this.applySelection(next);
    if (next.colourMode !== prev.colourMode || next.report !== prev.report || next.today !== prev.today) this.applyColourMode(next);
    if (next.meta?.dataVersion !== prev.meta?.dataVersion || next.asOf !== prev.asOf) this.applyTiles(next);
    this.applyHighlight(next);
    if (next.camera && next.camera.seq !== this.cameraSeq) this.fit(next.camera);
  }

  /**
   * New data or another day: the tiles are fetched again under the new URL (it carries the
   * version and the day). The source is kept, so the map is not rebuilt.
   */
  private applyTiles(state: AppState): void {
    if (!state.meta) return;
    this.map.getSource<VectorTileSource>(SOURCE.tiles)?.setTiles([tileUrlTemplate(state.meta.dataVersion, state.asOf)]);
  }

  /** The demolition zones and their demolished plots of the day shown, labelled in the UI language. */
  private applyZones(state: AppState): void {
    if (!state.zoneMap) return;
    this.geojson(SOURCE.zones)?.setData(state.zoneMap.zones);
    this.geojson(SOURCE.zoneBuildings)?.setData(state.zoneMap.buildings);
    this.geojson(SOURCE.zoneLabels)?.setData(zoneLabelPoints(state.zoneMap.zones, translator(state.locale)));
  }

  private applyColourMode(state: AppState): void {
    const cutoffs = freshnessCutoffsOf(state);
    const key = `${state.colourMode}:${cutoffs.stale}:${cutoffs.lost}`;
    if (key === this.paintKey) return;
    this.paintKey = key;
    for (const [layerId, paint] of Object.entries(modePaint(state.colourMode, cutoffs))) {
      // `modePaint` is typed per layer; walking it generically loses the pairing of name and value.
      for (const [property, value] of Object.entries(paint) as Array<[PaintName, PaintValue]>) {
        this.map.setPaintProperty(layerId, property, value);
      }
    }
  }

  /** Outlines the shown unit (or violation in focus) and the gap stepped to. */
  private applyHighlight(state: AppState): void {
    const highlight = selectHighlight(state);
    const gapId = selectCurrentGap(state)?.id ?? null;
    const key = `${highlight?.layer}:${highlight?.id}:${gapId}`;
    if (key === this.highlightKey) return;
    this.highlightKey = key;
    for (const group of THEMATIC_LAYERS) {
      const filter = highlight?.layer === group ? matchId(highlight.id) : MATCH_NOTHING;
      for (const id of FOCUS_LAYERS[group]) this.map.setFilter(id, filter);
    }
    this.map.setFilter(GAP_CURRENT_LAYER, gapId === null ? MATCH_NOTHING : matchId(gapId));
  }

  /** Carries out a fit request, keeping the box clear of panels floating over the map. */
  private fit(request: CameraRequest): void {
    this.cameraSeq = request.seq;
    if (request.mode === 'ifOutside' && bboxWithin(request.bbox, this.visibleBBox())) return;
    const padding = clearOfOverlays(this.map.getContainer());
    this.map.fitBounds(request.bbox, { padding, maxZoom: request.maxZoom, duration: FIT_DURATION });
  }

  private visibleBBox(): BBox {
    const bounds = this.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
  }

  private applyLocale(state: AppState): void {
    for (const [layerId, textField] of Object.entries(localizedTextFields(state.locale))) {
      this.map.setLayoutProperty(layerId, 'text-field', textField);
    }
    this.setAttribution(state);
  }

  private setAttribution(state: AppState): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({ compact: false, customAttribution: translator(state.locale)('map.attribution') });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  private applyVisibility(state: AppState): void {
    for (const group of THEMATIC_LAYERS) {
      for (const id of this.groups[group]) {
        this.map.setLayoutProperty(id, 'visibility', state.visible[group] ? 'visible' : 'none');
      }
    }
    if (state.selection && !state.visible[state.selection.layer]) state.select(null);
  }

  private applyOverlays(state: AppState): void {
    const { communities, branches, neighbourhoods } = state.overlays;
    if (communities) {
      this.geojson(SOURCE.communities)?.setData(communities);
      this.geojson(SOURCE.communityLabels)?.setData(labelPoints(communities));
    }
    if (branches) this.geojson(SOURCE.branchLabels)?.setData(labelPoints(branches));
    if (neighbourhoods) this.geojson(SOURCE.neighbourhoodLabels)?.setData(labelPoints(neighbourhoods));
  }

  private geojson(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private applySelection(state: AppState): void {
    const selection = state.selection;
    const id = selectedId(selection);
    for (const group of THEMATIC_LAYERS) {
      const match = selection?.layer === group && id !== null;
      this.map.setFilter(SELECTED_LAYER[group], match ? matchId(id) : MATCH_NOTHING);
    }
    if (!selection) {
      this.popup.remove();
      return;
    }
    this.popup.setLngLat(selection.lngLat);
    if (!this.popup.isOpen()) this.popup.addTo(this.map);
  }

  private hitsAt(event: MapMouseEvent) {
    const { x, y } = event.point;
    return this.map
      .queryRenderedFeatures(
        [
          [x - CLICK_SLOP, y - CLICK_SLOP],
          [x + CLICK_SLOP, y + CLICK_SLOP],
        ],
        { layers: [...this.interactive.keys()] },
      )
      .map((feature) => ({ layerId: feature.layer.id, properties: feature.properties as Record<string, unknown> }));
  }

  private onClick(event: MapMouseEvent): void {
    const selection = pickSelection(this.hitsAt(event), this.interactive, [event.lngLat.lng, event.lngLat.lat]);
    const state = this.store.getState();
    state.select(selection);
    // A click on a community, grid, compound or building opens it in the dashboard too.
    const unit = selection ? unitOfFeature(selection.layer, selection.props) : null;
    if (unit) state.drillTo(unit, { mode: 'ifOutside' });
  }

  private onHover(event: MapMouseEvent): void {
    this.map.getCanvas().style.cursor = this.hitsAt(event).length > 0 ? 'pointer' : '';
  }
}
