import { describe, expect, it } from 'vitest';
import type { LedgerEntryDto } from '../../../shared/relocation/api';
import { RELOCATION_STATES, type RelocationState } from '../../../shared/relocation/states';
import { countedBy, flowLevelForZoom, needsNewPick, visibleEntries } from '../../../client/src/relocation/selectors';
import { createAppStore } from '../../../client/src/state/store';

const entry = (id: number, zoneId: number, state: RelocationState) => ({ id, zoneId, state }) as LedgerEntryDto;

describe('relocation page selectors', () => {
  it('count states the way the server’s summary does', () => {
    expect(RELOCATION_STATES.filter((s) => countedBy('resettled', s))).toEqual(['resettled', 'reported', 'transferred']);
    expect(RELOCATION_STATES.filter((s) => !countedBy('unaccounted', s))).toEqual(['reported', 'transferred']);
    expect(RELOCATION_STATES.filter((s) => countedBy('lostContact', s))).toEqual(['lost_contact']);
    expect(RELOCATION_STATES.every((s) => countedBy('affected', s))).toBe(true);
  });

  it('list the entries of the zone, counter and state chosen', () => {
    const ledger = [entry(1, 1, 'in_zone'), entry(2, 1, 'reported'), entry(3, 2, 'lost_contact'), entry(4, 2, 'resettled')];
    expect(visibleEntries(ledger, { counter: null, state: null }, null).map((e) => e.id)).toEqual([1, 2, 3, 4]);
    expect(visibleEntries(ledger, { counter: 'resettled', state: null }, null).map((e) => e.id)).toEqual([2, 4]);
    expect(visibleEntries(ledger, { counter: 'unaccounted', state: null }, 2).map((e) => e.id)).toEqual([3, 4]);
    expect(visibleEntries(ledger, { counter: null, state: 'in_zone' }, 2)).toEqual([]);
  });

  it('join arcs at community level when zoomed out, down to buildings when zoomed in', () => {
    expect([12, 14, 15, 16, 18].map(flowLevelForZoom)).toEqual(['community', 'neighbourhood', 'neighbourhood', 'building', 'building']);
  });

  it('pick arcs again when the view leaves the box they were picked for, or zooms in a whole level', () => {
    const picked: [number, number, number, number] = [120, 36, 120.2, 36.1];
    expect(needsNewPick(picked, 15, [120.05, 36.02, 120.15, 36.08], 15)).toBe(false);
    expect(needsNewPick(picked, 15, [120.05, 36.02, 120.15, 36.08], 15.9)).toBe(false);
    expect(needsNewPick(picked, 15, [120.08, 36.04, 120.12, 36.06], 16)).toBe(true);
    expect(needsNewPick(picked, 15, [120.15, 36.02, 120.25, 36.08], 15)).toBe(true);
    // Arcs not picked by place (community level): only a change of level asks for new ones.
    expect(needsNewPick(null, 12, [0, 0, 1, 1], 13.5)).toBe(false);
  });

  it('keep the ledger filter when only part of it changes', () => {
    const store = createAppStore();
    store.getState().setLedgerFilter({ counter: 'lostContact' });
    store.getState().setLedgerFilter({ state: 'lost_contact' });
    expect(store.getState().ledgerFilter).toEqual({ counter: 'lostContact', state: 'lost_contact' });
  });
});
