/**
 * Loads everything the relocation page shows for the store's day (`asOf`) into the store, again
 * whenever the day changes or a reload is asked for, and the as-of slider's range. The ledger (names) is asked for only by
 * roles the server gives it to.
 */
import { useEffect } from 'react';
import { loadAsOfRange } from '../api/load';
import { fetchFlows, fetchLedger, fetchSummary, fetchZoneBuildings, fetchZones } from '../api/relocation';
import { canRecordMoves } from '../auth/abilities';
import { useAppStore } from '../state/store';

export function useRelocationData(): void {
  const asOf = useAppStore((s) => s.asOf);
  const reload = useAppStore((s) => s.relocationReload);
  const keeper = useAppStore((s) => canRecordMoves(s.session));
  // The as-of slider needs its range (first day with history, today) on this page too.
  useEffect(() => {
    const abort = new AbortController();
    loadAsOfRange(useAppStore, abort.signal).catch(() => undefined);
    return () => abort.abort();
  }, [reload]);
  // A preview belongs to the day it was computed for.
  useEffect(() => useAppStore.getState().setWhatIf(null), [asOf]);
  useEffect(() => {
    const abort = new AbortController();
    const { signal } = abort;
    void (async () => {
      try {
        const [zones, buildings, flows, summary, ledger] = await Promise.all([
          fetchZones(asOf, signal), fetchZoneBuildings(asOf, signal), fetchFlows(asOf, signal), fetchSummary(asOf, signal),
          keeper ? fetchLedger(asOf, signal) : Promise.resolve(null),
        ]);
        useAppStore.getState().receiveRelocation({ asOf, zones, buildings, flows, summary }, ledger);
      } catch (error) {
        if (!signal.aborted) useAppStore.getState().failRelocation(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => abort.abort();
  }, [asOf, reload, keeper]);
}
