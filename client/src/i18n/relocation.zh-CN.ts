/**
 * Simplified Chinese text of demolition and relocation. Merged into `zh-CN.ts`; `relocation.en.ts` has the same keys.
 */
export const zhCNRelocation = {
  'relocation.title': '拆迁动迁',
} as const;
