/**
 * Turning what MapLibre found under the pointer into the app's selection. Pure: the adapter
 * passes plain `{ layerId, properties }` records in MapLibre's order (topmost first).
 */
import type { ThematicLayer } from '../layers';
import type { Selection } from '../state/selectionSlice';

export interface RenderedHit {
  layerId: string;
  properties: Record<string, unknown>;
}

/**
 * The topmost hit on an interactive layer, as a selection anchored at `lngLat` (`[lng, lat]`),
 * or null when nothing clickable is there.
 */
export function pickSelection(
  hits: RenderedHit[],
  interactive: ReadonlyMap<string, ThematicLayer>,
  lngLat: [number, number],
): Selection | null {
  for (const hit of hits) {
    const layer = interactive.get(hit.layerId);
    if (layer) return { layer, props: hit.properties, lngLat };
  }
  return null;
}

/** The id a selection's highlight filter matches, or null when the feature carries none. */
export function selectedId(selection: Selection | null): number | null {
  const id = selection?.props.id;
  return typeof id === 'number' ? id : null;
}
