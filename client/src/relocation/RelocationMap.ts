/**
 * The relocation page's thin map adapter: created once per page, fed from the store, removed
 * on unmount. It projects store changes onto GeoJSON sources — zones and their buildings,
 * community outlines and counts, flows (at the level the zoom asks for; zoomed in, only arcs
 * with an end near the view; never more than a budget, with a note on the smaller ones left
 * out), the what-if preview — and flies to the zone in focus. It holds no data of its own
 * beyond what is on the map and the box its arcs were picked for.
 */
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { arcFeatures, pickBox, selectArcs } from '../../../shared/relocation/arcs';
import type { FlowLevel } from '../../../shared/relocation/flows';
import { geometryBBox } from '../../../shared/geo/bbox';
import type { BBox } from '../../../shared/model';
import { translator } from '../i18n';
import { createBaseMap } from '../map/createMap';
import type { AppState, AppStore } from '../state/store';
import { ARROW_IMAGE, arrowImage } from './arrowImage';
import { FlowNoteControl } from './FlowNoteControl';
import { communityLabelFeatures, hiddenFlowsNote, outsideFeatures, whatIfFeatures } from './mapData';
import { RELOCATION_SOURCE as SRC, relocationStyle } from './mapStyle';
import { flowLevelForZoom, needsNewPick } from './selectors';

export class RelocationMap {
  readonly map: MapLibreMap;
  private ready = false;
  private level: FlowLevel;
  /** The box the drawn arcs were picked for; null when the level draws its arcs wherever they are. */
  private pickedFor: BBox | null = null;
  /** The zoom the drawn arcs were picked at. */
  private pickedZoom = 0;
  private readonly note = new FlowNoteControl();
  private readonly unsubscribe: () => void;

  /** Needs the sub-district summary (`meta`) in the store: the map is placed from its box. */
  constructor(container: HTMLElement, private readonly store: AppStore) {
    const meta = store.getState().meta;
    if (!meta) throw new Error('RelocationMap needs the sub-district summary loaded.');
    this.map = createBaseMap({ container, style: relocationStyle(meta.dataVersion, meta.bbox), bounds: meta.bbox, padding: 30, extent: null });
    this.level = flowLevelForZoom(this.map.getZoom());
    this.map.once('style.load', () => {
      const arrow = arrowImage();
      this.map.addImage(ARROW_IMAGE, arrow, { pixelRatio: arrow.pixelRatio, sdf: true });
      this.ready = true;
      this.applyAll(this.store.getState());
    });
    this.map.addControl(this.note, 'top-left');
    this.map.on('moveend', () => this.onMoveEnd());
    this.unsubscribe = store.subscribe((next, prev) => this.onChange(next, prev));
    // Where every gridmap map is exposed: the end-to-end harness waits on it.
    window.__gridmap = { map: this.map };
  }

  destroy(): void {
    this.unsubscribe();
    this.map.remove();
    if (window.__gridmap?.map === this.map) delete window.__gridmap;
  }

  /** The level arcs are drawn at now (building, neighbourhood or community). */
  get flowLevel(): FlowLevel {
    return this.level;
  }

  /** A new level when the zoom crossed one; new arcs when the view left the box they were picked for or zoomed well in. */
  private onMoveEnd(): void {
    if (!this.ready) return;
    const zoom = this.map.getZoom();
    const level = flowLevelForZoom(zoom);
    if (level === this.level && !needsNewPick(this.pickedFor, this.pickedZoom, this.view(), zoom)) return;
    this.level = level;
    this.applyFlows(this.store.getState());
  }

  /** The map's view as `[west, south, east, north]`. */
  private view(): BBox {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  private onChange(next: AppState, prev: AppState): void {
    if (!this.ready) return;
    if (next.relocation !== prev.relocation) {
      this.applyZones(next);
      this.applyFlows(next);
    }
    if (next.relocation !== prev.relocation || next.overlays.communities !== prev.overlays.communities || next.locale !== prev.locale) this.applyCommunities(next);
    if (next.locale !== prev.locale) this.applyFlows(next);
    if (next.whatIf !== prev.whatIf) this.applyWhatIf(next);
    if (next.zoneId !== prev.zoneId && next.zoneId !== null) this.flyToZone(next, next.zoneId);
  }

  private applyAll(state: AppState): void {
    this.applyZones(state);
    this.applyFlows(state);
    this.applyCommunities(state);
    this.applyWhatIf(state);
  }

  private set(source: string, data: FeatureCollection): void {
    (this.map.getSource(source) as GeoJSONSource | undefined)?.setData(data);
  }

  private applyZones(state: AppState): void {
    const data = state.relocation;
    if (!data) return;
    this.set(SRC.zones, data.zones);
    this.set(SRC.buildings, data.buildings);
  }

  private applyFlows(state: AppState): void {
    const flows = state.relocation?.flows ?? null;
    const t = translator(state.locale);
    // Community arcs are few once small ones are left out; finer levels pick by place, as they are many and the view small.
    this.pickedFor = this.level === 'community' ? null : pickBox(this.view());
    this.pickedZoom = this.map.getZoom();
    const selection = selectArcs(flows?.arcs[this.level] ?? [], this.pickedFor);
    const { lines, arrows } = arcFeatures(selection.arcs);
    this.set(SRC.flowLines, lines);
    this.set(SRC.flowArrows, arrows);
    this.set(SRC.outside, outsideFeatures(flows, t));
    this.note.show(hiddenFlowsNote(selection, t));
  }

  private applyCommunities(state: AppState): void {
    const communities = state.overlays.communities;
    if (communities) this.set(SRC.communities, communities);
    this.set(SRC.communityLabels, communityLabelFeatures(communities, state.relocation?.flows ?? null, translator(state.locale)));
  }

  private applyWhatIf(state: AppState): void {
    const { gaps, branches } = whatIfFeatures(state.whatIf);
    this.set(SRC.whatIfGaps, gaps);
    this.set(SRC.whatIfBranches, branches);
  }

  private flyToZone(state: AppState, zoneId: number): void {
    const zone = state.relocation?.zones.features.find((f) => f.properties.id === zoneId);
    if (!zone) return;
    this.map.fitBounds(geometryBBox(zone.geometry) as LngLatBoundsLike, { padding: 80, maxZoom: 16.5, duration: 600 });
  }
}
