/**
 * The planner's map: a thin adapter created once per page (by `PlannerMapView`) and removed on
 * unmount. It builds the map from `plannerStyle`, projects the store onto it (footprints, grids,
 * each building's planned colour as a feature state, the selection, new branches' labels, fly
 * requests, the previewed grids) and turns clicks, boxes and lassos into selections in the store.
 */
import { NavigationControl, ScaleControl, type GeoJSONSource, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../../../../shared/model';
import { buildingsInBox, buildingsInLasso, expandSelection } from '../../../../shared/planner/selection';
import type { PreviewGridProps } from '../../api/planner';
import { translator } from '../../i18n';
import { createBaseMap } from '../../map/createMap';
import { labelPoints } from '../../map/labelPoints';
import type { AppState, AppStore } from '../../state/store';
import { selectAnalysis, selectBaseBuildingColours, selectBranchColours, selectPlannedColours, selectPreviewGrids } from '../derive';
import { combineSelection, type Combine } from '../selecting';
import { gridFeatures, newBranchLabels } from './data';
import { Sketch } from './sketch';
import { BUILDING_FILL, PLANNER_SOURCE, plannerStyle } from './style';

const EMPTY_GRIDS: FeatureCollection<AreaGeometry, PreviewGridProps> = { type: 'FeatureCollection', features: [] };

/** Pixels of slack round the pointer when looking for the building clicked. */
const CLICK_SLOP = 2;

export class PlannerMap {
  readonly map: MapLibreMap;
  private readonly sketch: Sketch;
  private readonly unsubscribe: () => void;
  private styleReady = false;
  /** Planned fills now set over the base ones, so a change sends only what differs. */
  private shown: ReadonlyMap<number, string> = new Map();
  private focusSeq = 0;

  /** Requires `meta` in the store (the map is placed from its box and tiles carry its version). */
  constructor(wrapper: HTMLElement, container: HTMLElement, private readonly store: AppStore) {
    const meta = store.getState().meta;
    if (!meta) throw new Error('PlannerMap needs the sub-district meta loaded first.');
    this.map = createBaseMap({
      container,
      style: plannerStyle(meta.dataVersion, meta.bbox),
      bounds: meta.bbox,
      padding: 20,
      extent: meta.bbox,
      // Shift-drag selects here (the sketch), so MapLibre's shift box-zoom is off.
      extra: { boxZoom: false, doubleClickZoom: false },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.sketch = new Sketch(this.map, wrapper, {
      tool: () => this.store.getState().plannerTool,
      onBox: (box, add) => this.pickArea((s) => buildingsInBox(s, box), add),
      onLasso: (ring, add) => this.pickArea((s) => buildingsInLasso(s, ring), add),
    });
    this.map.on('click', (e) => this.onClick(e));
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.applyAll(this.store.getState());
    });
    this.unsubscribe = store.subscribe((next, prev) => this.onStoreChange(next, prev));
    window.__gridmap = { map: this.map };
  }

  /** Removes the map and every listener. */
  destroy(): void {
    this.unsubscribe();
    this.sketch.destroy();
    this.map.remove();
    if (window.__gridmap?.map === this.map) delete window.__gridmap;
  }

  private applyAll(s: AppState): void {
    this.applyFootprints(s);
    this.applyGrids(s);
    this.applyBaseColours(s);
    this.applyNewLabels(s);
    this.applySelection(s);
    this.applyFocus(s);
    this.applyPreview(s);
  }

  private onStoreChange(next: AppState, prev: AppState): void {
    if (!this.styleReady) return;
    const reloaded = next.plannerFootprints !== prev.plannerFootprints || next.plannerBase !== prev.plannerBase;
    if (next.plannerFootprints !== prev.plannerFootprints) this.applyFootprints(next);
    if (next.overlays !== prev.overlays || next.plannerBase !== prev.plannerBase) this.applyGrids(next);
    if (reloaded) this.applyBaseColours(next);
    else if (next.plan !== prev.plan) this.applyColours(next);
    if (reloaded || next.plan !== prev.plan || next.locale !== prev.locale || next.planPreview !== prev.planPreview) this.applyNewLabels(next);
    if (next.plannerSelection !== prev.plannerSelection) this.applySelection(next);
    if (next.plannerFocus !== prev.plannerFocus) this.applyFocus(next);
    if (next.planPreview !== prev.planPreview || next.plan !== prev.plan) this.applyPreview(next);
    this.map.getCanvas().style.cursor = next.pickingTarget || next.plannerTool !== 'pick' ? 'crosshair' : '';
  }

  private source(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private applyFootprints(s: AppState): void {
    if (s.plannerFootprints) this.source(PLANNER_SOURCE.buildings)?.setData(s.plannerFootprints);
    if (s.overlays.communities) this.source(PLANNER_SOURCE.communities)?.setData(s.overlays.communities);
  }

  private applyGrids(s: AppState): void {
    if (!s.overlays.branches || !s.plannerBase) return;
    const grids = gridFeatures(s.overlays.branches, s.plannerBase.prepared, selectBranchColours(s));
    this.source(PLANNER_SOURCE.grids)?.setData(grids);
    this.source(PLANNER_SOURCE.gridLabels)?.setData(labelPoints(grids));
    if (s.overlays.communities) this.source(PLANNER_SOURCE.communities)?.setData(s.overlays.communities);
  }

  private setFill(id: number, fill: string | undefined): void {
    if (fill !== undefined) this.map.setFeatureState({ source: PLANNER_SOURCE.buildings, id }, { fill });
  }

  /** Every building's fill as the grid stands, then the plan's (on load and after a reload). */
  private applyBaseColours(s: AppState): void {
    if (!s.plannerFootprints) return;
    for (const [id, fill] of selectBaseBuildingColours(s)) this.setFill(id, fill);
    this.shown = new Map();
    this.applyColours(s);
  }

  /** Sets the fills the plan changes since last time, and puts back the base fill where it no longer does. */
  private applyColours(s: AppState): void {
    if (!s.plannerFootprints) return;
    const planned = selectPlannedColours(s);
    const base = selectBaseBuildingColours(s);
    for (const [id, fill] of planned) if (this.shown.get(id) !== fill) this.setFill(id, fill);
    for (const id of this.shown.keys()) if (!planned.has(id)) this.setFill(id, base.get(id));
    this.shown = planned;
  }

  private applyNewLabels(s: AppState): void {
    const analysis = selectAnalysis(s);
    if (!s.plannerBase || !analysis) return;
    const suffix = translator(s.locale)('planner.map.newSuffix');
    const codes = new Map<string, string>();
    for (const f of selectPreviewGrids(s)?.features ?? []) if (typeof f.properties.branch === 'string' && f.properties.code) codes.set(f.properties.branch, f.properties.code);
    this.source(PLANNER_SOURCE.newLabels)?.setData(newBranchLabels(s.plannerBase.prepared, analysis, selectBranchColours(s), suffix, codes));
  }

  /** The previewed grids while the plan is the one previewed; nothing once it changes. */
  private applyPreview(s: AppState): void {
    const grids = selectPreviewGrids(s) ?? EMPTY_GRIDS;
    this.source(PLANNER_SOURCE.preview)?.setData(grids);
  }

  private applySelection(s: AppState): void {
    this.map.setFilter('pl-selected', ['in', ['get', 'id'], ['literal', s.plannerSelection]]);
  }

  private applyFocus(s: AppState): void {
    const focus = s.plannerFocus;
    if (!focus || focus.seq === this.focusSeq) return;
    this.focusSeq = focus.seq;
    this.map.setFilter('pl-current', ['==', ['get', 'id'], focus.buildingId ?? -1]);
    this.map.flyTo({ center: focus.center, zoom: focus.zoom, duration: 800 });
  }

  /** Selects what `find` returns from the base, widened to neighbourhoods unless painting single buildings. */
  private pickArea(find: (p: NonNullable<AppState['plannerBase']>['prepared']) => number[], add: boolean): void {
    const s = this.store.getState();
    if (!s.plannerBase) return;
    const ids = expandSelection(s.plannerBase.prepared, find(s.plannerBase.prepared), s.paintMode);
    s.setPlannerSelection(combineSelection(s.plannerSelection, ids, add ? 'add' : 'replace'));
  }

  private onClick(e: MapMouseEvent): void {
    const s = this.store.getState();
    if (!s.plannerBase || s.plannerTool !== 'pick') return;
    const { x, y } = e.point;
    const hit = this.map.queryRenderedFeatures([[x - CLICK_SLOP, y - CLICK_SLOP], [x + CLICK_SLOP, y + CLICK_SLOP]], { layers: [BUILDING_FILL] })[0];
    const id = typeof hit?.properties.id === 'number' ? hit.properties.id : null;
    if (s.pickingTarget) {
      if (id !== null) s.setPlannerTarget(selectAnalysis(s)?.structure.finalOf(id) ?? null);
      return;
    }
    const how: Combine = e.originalEvent.shiftKey ? 'toggle' : 'replace';
    if (id === null) {
      if (how === 'replace') s.setPlannerSelection([]);
      return;
    }
    // Alt (option) paints single buildings whatever the toggle says.
    const mode = e.originalEvent.altKey ? 'single' : s.paintMode;
    s.setPlannerSelection(combineSelection(s.plannerSelection, expandSelection(s.plannerBase.prepared, [id], mode), how));
  }
}

