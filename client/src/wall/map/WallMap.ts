/**
 * The wall's thin layer between its store and MapLibre. It builds the map from the dark
 * `wallStyle`, signs every tile request with the wall token, then only projects store changes
 * onto the map: outlines and zones, the data version (new tile URLs), the tour step (camera
 * and highlights) and pulses where something changed. `destroy` removes the map and every
 * listener.
 */
import { Map as MapLibreMap, setWorkerUrl, type FilterSpecification, type GeoJSONSource, type VectorTileSource } from 'maplibre-gl';
// The worker ships as its own file; Vite copies it into the build and gives its same-origin URL.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BranchProps } from '../../../../shared/api';
import { MAP_OVERLAY_ATTRIBUTE } from '../../map/camera';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../map/fonts';
import { hatchImage, starImage } from '../../map/images';
import { labelPoints } from '../../map/labelPoints';
import { MATCH_NOTHING, matchId } from '../../map/style/common';
import { MAX_ZOOM, MIN_ZOOM, absoluteUrl, padBounds } from '../../map/view';
import type { WallState, WallStore } from '../state/store';
import { shortBranchName } from '../names';
import { overlayPadding } from './padding';
import { PULSE_DURATION_MS, pulseFeatures, pulsePaint } from './pulse';
import { stepView } from './stepView';
import { WALL_DYNAMIC, WALL_IMAGES, WALL_SOURCE, wallStyle, wallTileUrl } from './style';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /**
     * The wall's live map and store, always exposed: end-to-end tests and the soak run read
     * them, and support staff can inspect a wall from the console. Nothing here is more than
     * the screen shows.
     */
    __wall?: { map: MapLibreMap; store: WallStore; mapErrors: number };
  }
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const IS_GAP: FilterSpecification = ['any', ['==', ['get', 'gap'], true], ['==', ['get', 'gap'], 1]];
/** Longest camera flight, ms; shorter when the tour steps faster. */
const MAX_FLIGHT_MS = 2500;

/** Branch label points with `short`: the name without its community and "党支部" (the map shows the community). */
function withShortNames<G extends Geometry>(points: FeatureCollection<G, BranchProps>): FeatureCollection<G, BranchProps & { short: string }> {
  return { ...points, features: points.features.map((f) => ({ ...f, properties: { ...f.properties, short: shortBranchName(f.properties.name, f.properties.communityName) } })) };
}

export class WallMap {
  readonly map: MapLibreMap;
  private readonly unit: number;
  private styleReady = false;
  /** The highlights and box now shown, so unchanged steps cost nothing. */
  private filterKey = '';
  private boxKey = '';
  private frame = 0;
  private readonly unsubscribe: () => void;

  /** Requires the first data in the store (the map is placed from the sub-district's box). */
  constructor(container: HTMLElement, private readonly store: WallStore, authHeaders: () => Record<string, string>) {
    const state = store.getState();
    const meta = state.data?.meta;
    if (!meta) throw new Error('WallMap needs the first data loaded.');
    this.unit = state.unit;
    const origin = window.location.origin;
    this.map = new MapLibreMap({
      container,
      style: wallStyle({ dataVersion: state.dataVersion, locale: state.params.locale, layers: state.params.layers, bbox: meta.bbox, unit: this.unit }),
      ...(meta.bbox ? { bounds: meta.bbox, fitBoundsOptions: { padding: 40 } } : { center: [0, 0], zoom: MIN_ZOOM }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // Twice the desk map's margin: panels over the map pad a fit by up to 40 % of a side,
      // and the camera must be free to leave that much room around the sub-district.
      maxBounds: meta.bbox ? padBounds(padBounds(meta.bbox)) : undefined,
      attributionControl: false,
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      transformRequest: (url) => {
        const absolute = absoluteUrl(url, window.location.href);
        // Only our own API gets the token; nothing else is ever asked for.
        return absolute.startsWith(`${origin}/api/`) ? { url: absolute, headers: authHeaders() } : { url: absolute };
      },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.setMissingStyleImageResolver((id) => {
      const image = id === WALL_IMAGES.star ? starImage() : id === WALL_IMAGES.hatch ? hatchImage() : null;
      if (image && !this.map.hasImage(id)) this.map.addImage(id, image, { pixelRatio: image.pixelRatio });
    });
    // A tile that fails while the server restarts is fetched again later; count, do not shout.
    const exposed = { map: this.map, store, mapErrors: 0 };
    this.map.on('error', () => {
      exposed.mapErrors += 1;
    });
    this.map.once('style.load', () => {
      this.styleReady = true;
      this.applyAll(this.store.getState());
    });
    this.unsubscribe = store.subscribe((next, prev) => this.onStoreChange(next, prev));
    window.__wall = exposed;
    // Where every map of gridmap is exposed: the end-to-end harness waits on it.
    window.__gridmap = { map: this.map };
  }

  destroy(): void {
    this.unsubscribe();
    cancelAnimationFrame(this.frame);
    this.map.remove();
    if (window.__wall?.map === this.map) delete window.__wall;
    if (window.__gridmap?.map === this.map) delete window.__gridmap;
  }

  private applyAll(state: WallState): void {
    this.applyOverlays(state);
    this.applyZones(state);
    this.applyStep(state);
  }

  private onStoreChange(next: WallState, prev: WallState): void {
    if (!this.styleReady) return;
    if (next.overlays !== prev.overlays) this.applyOverlays(next);
    if (next.data?.zones !== prev.data?.zones) this.applyZones(next);
    if (next.dataVersion !== prev.dataVersion) this.map.getSource<VectorTileSource>(WALL_SOURCE.tiles)?.setTiles([wallTileUrl(next.dataVersion)]);
    if (next.tour !== prev.tour || next.data !== prev.data) this.applyStep(next, prev.tour.pausedUntil !== null && next.tour.pausedUntil === null);
    if (next.pulses !== prev.pulses && next.pulses.length > prev.pulses.length) this.startPulse(next);
  }

  private geojson(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private applyOverlays(state: WallState): void {
    const o = state.overlays;
    if (!o) return;
    this.geojson(WALL_SOURCE.communities)?.setData(o.communities);
    this.geojson(WALL_SOURCE.communityLabels)?.setData(labelPoints(o.communities));
    this.geojson(WALL_SOURCE.branchLabels)?.setData(withShortNames(labelPoints(o.branches)));
    this.geojson(WALL_SOURCE.neighbourhoodLabels)?.setData(labelPoints(o.neighbourhoods));
  }

  private applyZones(state: WallState): void {
    this.geojson(WALL_SOURCE.zones)?.setData(state.data?.zones ?? EMPTY);
  }

  /**
   * Lights up what the step is about and flies to its box when that differs from the last
   * one, or when a pause ends (someone may have panned the map meanwhile).
   */
  private applyStep(state: WallState, pauseEnded = false): void {
    const step = state.tour.steps[state.tour.index];
    const view = stepView(step, state.data?.subdistrict ?? null, state.data?.alerts ?? null);
    const filters = JSON.stringify([view.focusCommunity, view.gapGlow, view.alertBranches]);
    if (filters !== this.filterKey) {
      this.filterKey = filters;
      const focus = view.focusCommunity;
      this.map.setFilter(WALL_DYNAMIC.dim, focus === null ? MATCH_NOTHING : ['!=', ['get', 'id'], focus]);
      this.map.setFilter(WALL_DYNAMIC.focus, focus === null ? MATCH_NOTHING : matchId(focus));
      this.map.setFilter(WALL_DYNAMIC.focusCasing, focus === null ? MATCH_NOTHING : matchId(focus));
      this.map.setFilter(WALL_DYNAMIC.gapGlow, view.gapGlow ? IS_GAP : MATCH_NOTHING);
      this.map.setFilter(WALL_DYNAMIC.alertBranches, view.alertBranches.length > 0 ? ['in', ['get', 'id'], ['literal', view.alertBranches]] : MATCH_NOTHING);
    }
    const box = JSON.stringify(view.bbox);
    if (view.bbox && (box !== this.boxKey || pauseEnded)) {
      // The first view appears at once: nothing to fly from, and the wall is sooner ready.
      const duration = this.boxKey === '' ? 0 : Math.min(MAX_FLIGHT_MS, (state.params.intervalS * 1000) / 3);
      this.boxKey = box;
      this.fly(view.bbox, duration);
    }
  }

  private fly(bbox: [number, number, number, number], duration: number): void {
    const container = this.map.getContainer();
    const overlays = [...(container.parentElement?.querySelectorAll(`[${MAP_OVERLAY_ATTRIBUTE}]`) ?? [])];
    const padding = overlayPadding(container.getBoundingClientRect(), overlays.map((el) => el.getBoundingClientRect()), 30 * this.unit);
    this.map.fitBounds(bbox, { padding, maxZoom: 17, duration });
  }

  /** Shows the current pulses and animates them until the newest is over. */
  private startPulse(state: WallState): void {
    this.geojson(WALL_SOURCE.pulses)?.setData(pulseFeatures(state.pulses.map((p) => p.bbox)));
    cancelAnimationFrame(this.frame);
    const started = performance.now();
    const step = (): void => {
      const paint = pulsePaint(performance.now() - started);
      this.map.setPaintProperty(WALL_DYNAMIC.pulseRing, 'circle-radius', paint.ringRadius * this.unit);
      this.map.setPaintProperty(WALL_DYNAMIC.pulseRing, 'circle-stroke-opacity', paint.ringOpacity);
      this.map.setPaintProperty(WALL_DYNAMIC.pulseBox, 'line-opacity', paint.boxOpacity);
      if (performance.now() - started < PULSE_DURATION_MS) {
        this.frame = requestAnimationFrame(step);
      } else {
        this.geojson(WALL_SOURCE.pulses)?.setData(EMPTY);
      }
    };
    this.frame = requestAnimationFrame(step);
  }
}
