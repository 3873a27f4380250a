/** English text of the administration page's import wizard (keys as `importer.zh-CN.ts`). */
import type { zhCNImporter } from './importer.zh-CN';

export const enImporter: Record<keyof typeof zhCNImporter, string> = {
  'importer.title': 'Import data',
};
