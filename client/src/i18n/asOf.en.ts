/** English text of the dashboard's as-of date slider (keys as `asOf.zh-CN.ts`). */
import type { zhCNAsOf } from './asOf.zh-CN';

export const enAsOf: Record<keyof typeof zhCNAsOf, string> = {
  'asOf.label': 'As of date',
  'asOf.slider': 'Drag to see a past day',
  'asOf.dayBack': 'One day earlier',
  'asOf.dayForward': 'One day later',
  'asOf.pick': 'Pick an exact day',
  'asOf.backToToday': 'Back to today',
  'asOf.todayLive': '{date} (today, live data)',
  'asOf.banner': 'Showing {date}, not today',
  'asOf.loading': 'Reading the history range…',
  'asOf.rangeFrom': 'From {date}',
  'asOf.stage.announced': 'announced',
  'asOf.stage.moving_out': 'moving out',
  'asOf.stage.cleared': 'cleared',
  'asOf.stage.rebuilt': 'rebuilt',
  'asOf.stage.resettled': 'resettled',
  'asOf.legend.zones': 'Demolition zones (stage that day)',
  'asOf.legend.demolished': 'Demolished buildings (former plots)',
  'asOf.panelAsOf': 'Figures of {date}',
} as const;
