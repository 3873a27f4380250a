/**
 * Simplified Chinese text of the dashboard's as-of date slider. Merged into `zh-CN.ts`; `asOf.en.ts` has the same keys.
 */
export const zhCNAsOf = {
  'asOf.label': '查看日期',
} as const;
