/** Translated names of ledger states and zone stages, and a coverage share as a percentage. */
import type { RelocationState } from '../../../shared/relocation/states';
import type { ZoneStage } from '../../../shared/relocation/zones';
import type { MessageKey, Translate } from '../i18n';

export const stateLabel = (t: Translate, state: RelocationState): string => t(`relocation.state.${state}` as MessageKey);
export const stageLabel = (t: Translate, stage: ZoneStage): string => t(`relocation.stage.${stage}` as MessageKey);

/** 0.8234 → "82.3%"; null (no households) → "–". */
export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}
