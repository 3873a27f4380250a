/**
 * Creates a MapLibre map the way every gridmap page needs it: the worker from our own build,
 * labels drawn with local fonts (no glyph server), tile URLs made absolute against the page
 * (workers cannot resolve relative ones), the star and hatch images drawn in code when the
 * style first asks for them, and the view kept near the sub-district. Used by the dashboard's
 * map adapter and the printable map.
 */
import { Map as MapLibreMap, setWorkerUrl, type MapOptions, type StyleSpecification } from 'maplibre-gl';
// The worker ships as its own file; Vite copies it into the build and gives its same-origin URL.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { BBox } from '../../../shared/model';
import type { Padding } from './camera';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from './fonts';
import { imageFor } from './images';
import { MAX_ZOOM, MIN_ZOOM, absoluteUrl, padBounds } from './view';

setWorkerUrl(workerUrl);

export interface BaseMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** The box to open on, `[minLng, minLat, maxLng, maxLat]`; without one the map opens on the world. */
  bounds: BBox | null;
  padding?: Padding | number;
  /** The sub-district's extent: panning stops half its size beyond it. */
  extent: BBox | null;
  /** Extra MapLibre options (interaction switches, the canvas' context attributes, pixel ratio). */
  extra?: Partial<MapOptions>;
}

/** The map, not yet loaded; the caller adds controls and listeners. */
export function createBaseMap({ container, style, bounds, padding = 0, extent, extra = {} }: BaseMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    ...(bounds ? { bounds, fitBoundsOptions: { padding } } : { center: [0, 0], zoom: MIN_ZOOM }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: extent ? padBounds(extent) : undefined,
    attributionControl: false,
    localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
    transformRequest: (url) => ({ url: absoluteUrl(url, window.location.href) }),
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    ...extra,
  });
  map.setMissingStyleImageResolver((id) => {
    const image = imageFor(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: image.pixelRatio });
  });
  return map;
}
