/**
 * Simplified Chinese text of the planner's workspace. Merged into `zh-CN.ts`; `planner.en.ts` has the same keys.
 */
export const zhCNPlanner = {
  'planner.title': '网格规划',
} as const;
