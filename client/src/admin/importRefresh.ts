/**
 * After an import is written, this page's copy of the data catches up: the new data version
 * (the map's tile addresses carry it, so tiles reload) and, for the area layers the client
 * labels itself, the layer.
 */
import type { DataLayer } from '../../../shared/import/layers';
import { fetchLayer, fetchMeta } from '../api/client';
import { areasOnly } from '../api/load';
import type { AppStore } from '../state/store';

/** Fetches the data version (and `layer` when the client draws it from a whole-layer request) into `store`. */
export async function refreshAfterImport(store: AppStore, layer: DataLayer): Promise<void> {
  store.getState().setMeta(await fetchMeta());
  const { setOverlay } = store.getState();
  // One call per layer: each overlay has its own feature properties.
  if (layer === 'communities') setOverlay(layer, areasOnly(await fetchLayer(layer)));
  else if (layer === 'branches') setOverlay(layer, areasOnly(await fetchLayer(layer)));
  else if (layer === 'neighbourhoods') setOverlay(layer, areasOnly(await fetchLayer(layer)));
}
