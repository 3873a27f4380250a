/**
 * Simplified Chinese text of the administration page's import wizard. Merged into `zh-CN.ts`; `importer.en.ts` has the same keys.
 */
export const zhCNImporter = {
  'importer.title': '导入数据',
} as const;
