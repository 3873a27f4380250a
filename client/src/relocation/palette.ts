/** Colours of the relocation map and its legend (one place, so the two never disagree). */
import type { RelocationState } from '../../../shared/relocation/states';
import type { ZoneStage } from '../../../shared/relocation/zones';

/** One hue per ledger state: warm while a member is on the move, green/blue once settled, red when lost. */
export const STATE_COLOURS: Record<RelocationState, string> = {
  in_zone: '#8d6e63',
  moving_out: '#ef6c00',
  transitional: '#f9a825',
  resettled: '#2e7d32',
  reported: '#00838f',
  transferred: '#1565c0',
  floating: '#8e24aa',
  lost_contact: '#c62828',
};

/** Zone fill by stage: orange while people live there, grey once cleared, green once rebuilt. */
export const STAGE_COLOURS: Record<ZoneStage, string> = {
  announced: '#ffb74d',
  moving_out: '#ff7043',
  cleared: '#9e9e9e',
  rebuilt: '#66bb6a',
  resettled: '#26a69a',
};

export const RELOCATION_PALETTE = {
  building: '#e6e1d8',
  buildingOutline: '#b9b0a2',
  zoneOutline: '#8c3b1f',
  slated: '#f4c7b8',
  slatedOutline: '#b8453c',
  demolished: '#d6d2cc',
  demolishedOutline: '#7d776f',
  communityLine: '#9e1b2f',
  label: '#3d2b1f',
  gapFill: '#d7261e',
  branchUnder: '#6a1b9a',
  outsideDot: '#1565c0',
} as const;
