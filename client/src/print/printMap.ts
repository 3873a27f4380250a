/**
 * The map on the printed sheet: the grid fitted, outlined as the dashboard outlines its unit,
 * everything outside it washed pale, buildings coloured by coverage state at any zoom, no
 * controls, and a canvas that can be read back for the PNG (`preserveDrawingBuffer`).
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { BranchProps, CommunityProps, MetaResponse, NeighbourhoodProps, UnitRef } from '../../../shared/api';
import type { AreaGeometry } from '../../../shared/model';
import type { Locale } from '../i18n';
import { allLayersVisible } from '../layers';
import { createBaseMap } from '../map/createMap';
import { labelPoints } from '../map/labelPoints';
import { PALETTE } from '../map/palette';
import { FOCUS_LAYERS, SOURCE, buildStyle } from '../map/style';
import { buildingStateColor } from '../map/style/colourModes';
import { matchId } from '../map/style/common';

export interface PrintOverlays {
  communities: FeatureCollection<AreaGeometry, CommunityProps>;
  branches: FeatureCollection<AreaGeometry, BranchProps>;
  neighbourhoods: FeatureCollection<AreaGeometry, NeighbourhoodProps>;
}

/** Room round the grid inside the map frame, CSS px. */
const FIT_PADDING = 36;
/** Rendered at least at twice the CSS resolution, so the sheet stays sharp on paper. */
const MIN_PIXEL_RATIO = 2;

/** The wash over everything outside the grid, under the labels. */
function outsideWash(branchId: number): LayerSpecification {
  return {
    id: 'print-outside',
    type: 'fill',
    source: SOURCE.tiles,
    'source-layer': 'branches',
    filter: ['!=', ['get', 'id'], branchId],
    paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.5 },
  };
}

/** Creates the print map of `branch` in `container`; it fills in and settles on its own. */
export function createPrintMap(container: HTMLElement, meta: MetaResponse, branch: UnitRef, overlays: PrintOverlays, locale: Locale): MapLibreMap {
  const style = buildStyle({ dataVersion: meta.dataVersion, locale, visible: allLayersVisible(), colourMode: 'coverage', bbox: meta.bbox });
  const map = createBaseMap({
    container,
    style,
    bounds: branch.bbox,
    padding: FIT_PADDING,
    extent: meta.bbox,
    extra: {
      interactive: false,
      fadeDuration: 0,
      pixelRatio: Math.max(MIN_PIXEL_RATIO, window.devicePixelRatio || 1),
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    },
  });
  map.once('style.load', () => {
    for (const id of FOCUS_LAYERS.branches) map.setFilter(id, matchId(branch.id));
    // On paper there is no zooming in to see the states: show them at any zoom.
    map.setPaintProperty('building-fill', 'fill-color', buildingStateColor());
    map.setPaintProperty('branch-fill', 'fill-color', PALETTE.coverageNone);
    map.setPaintProperty('branch-fill', 'fill-opacity', 0.12);
    const firstLabel = map.getStyle().layers.find((l) => l.type === 'symbol')?.id;
    map.addLayer(outsideWash(branch.id), firstLabel);
    map.getSource<GeoJSONSource>(SOURCE.communities)?.setData(overlays.communities);
    map.getSource<GeoJSONSource>(SOURCE.communityLabels)?.setData(labelPoints(overlays.communities));
    map.getSource<GeoJSONSource>(SOURCE.branchLabels)?.setData(labelPoints(overlays.branches));
    map.getSource<GeoJSONSource>(SOURCE.neighbourhoodLabels)?.setData(labelPoints(overlays.neighbourhoods));
  });
  return map;
}
