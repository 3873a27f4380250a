/**
 * What the as-of date bar needs wherever a page shows it (the map dashboard, the relocation
 * page): the range of days, loaded once, and the day kept in the page address (`?asOf=`,
 * replaced rather than pushed, so dragging leaves no trail of history entries) so a view of
 * a past day can be shared as a link.
 */
import { useEffect } from 'react';
import type { AsOfRangeResponse } from '../../../shared/api';
import { loadAsOfRange } from '../api/load';
import { searchWithAsOf } from '../asOf/url';
import { useAppStore } from '../state/store';

/** The slider's range; null until loaded (a failure leaves it null: the bar says it is loading). */
export function useAsOfRange(): AsOfRangeResponse | null {
  const range = useAppStore((s) => s.asOfRange);
  const loaded = range !== null;
  useEffect(() => {
    if (loaded) return undefined;
    const abort = new AbortController();
    loadAsOfRange(useAppStore, abort.signal).catch(() => undefined);
    return () => abort.abort();
  }, [loaded]);
  return range;
}

/** Writes the store's `asOf` into the page address whenever it changes. */
export function useAsOfInAddress(): void {
  const asOf = useAppStore((s) => s.asOf);
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = searchWithAsOf(search, asOf);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  }, [asOf]);
}
