/** English text of demolition and relocation (keys as `relocation.zh-CN.ts`). */
import type { zhCNRelocation } from './relocation.zh-CN';

export const enRelocation: Record<keyof typeof zhCNRelocation, string> = {
  'relocation.title': 'Demolition and relocation',
};
