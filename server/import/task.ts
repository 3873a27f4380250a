/**
 * The three steps of an import job — analyse, validate, commit — as one function that runs
 * the same whether on the import worker thread or inline (the command line, and databases
 * held in memory, which a worker cannot open).
 */
import type { Database } from 'better-sqlite3';
import type { ImportAnalysisDto } from '../../shared/import/api';
import type { DataLayer } from '../../shared/import/layers';
import { proposeMapping } from '../../shared/import/mapping';
import type { Cell } from '../../shared/import/values';
import { openSource } from './open';
import { commitImport, ImportRefused, validateImport, type Actor, type CommitResult, type ImportReport, type ImportSettings, type Progress } from './pipeline';

interface FileRef {
  filePath: string;
  fileName: string;
  workDir: string;
}

export type ImportTask =
  | (FileRef & { kind: 'analyse'; layer: DataLayer })
  | (FileRef & { kind: 'validate'; settings: ImportSettings; today: string })
  | (FileRef & { kind: 'commit'; settings: ImportSettings; validOnly: boolean; importId: string; actor: Actor; today: string });

export type TaskResult =
  | { kind: 'analysed'; analysis: ImportAnalysisDto }
  | { kind: 'validated'; report: ImportReport }
  | { kind: 'committed'; result: CommitResult }
  | { kind: 'refused'; report: ImportReport };

const SAMPLE_ROWS = 5;

/** Runs `task` against `db`; errors other than a refusal are thrown with their message. */
export async function executeTask(db: Database, task: ImportTask, onProgress?: Progress): Promise<TaskResult> {
  const source = await openSource(task.filePath, task.fileName, task.workDir);
  if (task.kind === 'analyse') {
    const sample: Record<string, Cell>[] = [];
    for (const r of source.records()) {
      sample.push(r.properties);
      if (sample.length >= SAMPLE_ROWS) break;
    }
    return {
      kind: 'analysed',
      analysis: {
        format: source.format, columns: source.columns, count: source.count, hasGeometry: source.hasGeometry, crsHint: source.crsHint,
        sample, proposal: proposeMapping(task.layer, source.columns, source.hasGeometry), notes: source.notes,
      },
    };
  }
  if (task.kind === 'validate') return { kind: 'validated', report: validateImport(db, source, task.settings, { today: task.today, ...(onProgress ? { onProgress } : {}) }) };
  try {
    const result = commitImport(db, source, task.settings, {
      validOnly: task.validOnly, importId: task.importId, actor: task.actor, fileName: task.fileName, today: task.today, ...(onProgress ? { onProgress } : {}),
    });
    return { kind: 'committed', result };
  } catch (e) {
    if (e instanceof ImportRefused) return { kind: 'refused', report: e.report };
    throw e;
  }
}
