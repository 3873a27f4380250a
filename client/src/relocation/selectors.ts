/** Derived values of the relocation page, pure: which entries a counter or filter lists, which flow level a zoom shows. */
import type { LedgerEntryDto } from '../../../shared/relocation/api';
import type { BBox } from '../../../shared/model';
import { boxContains } from '../../../shared/relocation/arcs';
import type { FlowLevel } from '../../../shared/relocation/flows';
import { unaccountedFor, type RelocationState } from '../../../shared/relocation/states';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ZoneProps } from '../../../shared/relocation/api';
import type { CounterKind, LedgerFilter } from '../state/relocationSlice';
import type { AppState } from '../state/store';

export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProps>;

/** Whether an entry in `state` is counted by `counter` (the same rules as the server's summary). */
export function countedBy(counter: CounterKind, state: RelocationState): boolean {
  switch (counter) {
    case 'affected':
      return true;
    case 'resettled':
      return state === 'resettled' || state === 'reported' || state === 'transferred';
    case 'unaccounted':
      return unaccountedFor(state);
    case 'lostContact':
      return state === 'lost_contact';
  }
}

/** The entries the ledger lists: of the zone in focus (if any), the counter clicked and the state chosen. */
export function visibleEntries(ledger: readonly LedgerEntryDto[], filter: LedgerFilter, zoneId: number | null): LedgerEntryDto[] {
  return ledger.filter((e) =>
    (zoneId === null || e.zoneId === zoneId)
    && (filter.counter === null || countedBy(filter.counter, e.state))
    && (filter.state === null || e.state === filter.state));
}

/** Zoom below which arcs join at community level, and below which at neighbourhood level. */
export const COMMUNITY_BELOW = 14;
export const NEIGHBOURHOOD_BELOW = 15.5;

/** The level arcs are aggregated to at map zoom `zoom`. */
export function flowLevelForZoom(zoom: number): FlowLevel {
  if (zoom < COMMUNITY_BELOW) return 'community';
  if (zoom < NEIGHBOURHOOD_BELOW) return 'neighbourhood';
  return 'building';
}

/**
 * Whether arcs picked for box `picked` at zoom `pickedZoom` must be picked again for `view` at
 * `zoom`: the view has left the box, or has zoomed in a whole level since (a smaller view then
 * has room in its budget for flows the wider pick left out). Null `picked`: the arcs were not
 * picked by place, and only a change of level asks for new ones.
 */
export function needsNewPick(picked: BBox | null, pickedZoom: number, view: BBox, zoom: number): boolean {
  if (picked === null) return false;
  return !boxContains(picked, view) || zoom - pickedZoom >= 1;
}

const NO_ZONES: ZoneFeature[] = [];

/** The zones of the day as features (the same empty array while nothing is loaded, so React sees no change). */
export function selectZones(state: Pick<AppState, 'relocation'>): ZoneFeature[] {
  return state.relocation?.zones.features ?? NO_ZONES;
}
