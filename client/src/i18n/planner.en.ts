/** English text of the planner's workspace (keys as `planner.zh-CN.ts`). */
import type { zhCNPlanner } from './planner.zh-CN';

export const enPlanner: Record<keyof typeof zhCNPlanner, string> = {
  'planner.title': 'Grid planning',
};
