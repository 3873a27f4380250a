/** English text of the dashboard's as-of date slider (keys as `asOf.zh-CN.ts`). */
import type { zhCNAsOf } from './asOf.zh-CN';

export const enAsOf: Record<keyof typeof zhCNAsOf, string> = {
  'asOf.label': 'As of date',
};
