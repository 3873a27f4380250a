/**
 * `npm run import -- FILE --layer buildings [--crs gcj02] [--mode append|upsert|replace]
 *   [--valid-only] [--dry-run] [--db FILE] [--report report.csv] [--map field=column]…
 *   [--default field=value]…`
 *
 * Imports a GeoJSON, zipped Shapefile, CSV or XLSX file into the database in one transaction,
 * after printing the validation report's summary. Exit code 0: imported (or, with
 * --dry-run, valid); 1: refused, nothing written; 2: wrong arguments. Rows without a
 * valid_from start today in GRIDMAP_TIMEZONE (default Asia/Shanghai), as in the server.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { parseCrs, type SourceCrs } from '../../shared/crs/systems';
import { dayIn } from '../../shared/dates';
import { parseLayer, type DataLayer } from '../../shared/import/layers';
import { proposeMapping } from '../../shared/import/mapping';
import type { ImportIssue } from '../../shared/import/report';
import { timeZoneFrom } from '../config';
import { toCsv } from '../http/csv';
import { DEFAULT_DB_PATH, openDatabase } from '../db/open';
import { openSource } from './open';
import { commitImport, IMPORT_MODES, ImportRefused, validateImport, type ImportMode, type ImportReport } from './pipeline';

const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);

interface Args {
  file: string;
  layer: DataLayer;
  crs: SourceCrs | null;
  mode: ImportMode;
  validOnly: boolean;
  dryRun: boolean;
  db: string;
  report: string | null;
  map: Record<string, string>;
  defaults: Record<string, string>;
}

function parseArgs(argv: string[]): Args | string {
  const a: Partial<Args> & { map: Record<string, string>; defaults: Record<string, string> } = { map: {}, defaults: {}, mode: 'append', validOnly: false, dryRun: false, db: process.env.GRIDMAP_DB ?? DEFAULT_DB_PATH, report: null, crs: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i] as string;
    const next = () => argv[++i] ?? '';
    if (k === '--layer') {
      const l = parseLayer(next());
      if (!l) return `unknown layer; use one of communities, branches, neighbourhoods, buildings, roads, water, members, leads, liaisons, zones`;
      a.layer = l;
    } else if (k === '--crs') {
      const c = parseCrs(next());
      if (!c) return 'unknown --crs; use wgs84, cgcs2000, gcj02 (AMap, Tencent) or bd09 (Baidu)';
      a.crs = c;
    } else if (k === '--mode') {
      const m = next() as ImportMode;
      if (!IMPORT_MODES.includes(m)) return `--mode must be one of ${IMPORT_MODES.join(', ')}`;
      a.mode = m;
    } else if (k === '--valid-only') a.validOnly = true;
    else if (k === '--dry-run') a.dryRun = true;
    else if (k === '--db') a.db = next();
    else if (k === '--report') a.report = next();
    else if (k === '--map' || k === '--default') {
      const [field, ...rest] = next().split('=');
      if (!field || rest.length === 0) return `${k} takes field=value`;
      (k === '--map' ? a.map : a.defaults)[field] = rest.join('=');
    } else if (k.startsWith('--')) return `unknown option ${k}`;
    else a.file = k;
  }
  if (!a.file) return 'give the file to import';
  if (!a.layer) return 'give --layer';
  return a as Args;
}

function printReport(r: ImportReport): void {
  const s = r.summary;
  out(`rows ${s.rows}: ${s.valid} valid (${r.inserts} new, ${r.updates} updates${r.removals ? `, ${r.removals} to remove` : ''}), ${s.refused} refused, ${s.repaired} repaired, ${s.warnings} with warnings`);
  const show = (i: ImportIssue) => `  ${i.row === 0 ? 'file' : `row ${i.row}`}${i.ref ? ` (${i.ref})` : ''}: ${i.severity} ${i.code}${i.field ? ` [${i.field}]` : ''}: ${i.message}`;
  const important = r.issues.filter((i) => i.severity !== 'fixed');
  for (const i of important.slice(0, 30)) out(show(i));
  if (important.length > 30) out(`  … and ${important.length - 30} more (see --report)`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    err(`import: ${args}\nusage: npm run import -- FILE --layer LAYER [--crs wgs84|cgcs2000|gcj02|bd09] [--mode append|upsert|replace] [--valid-only] [--dry-run] [--db FILE] [--report FILE.csv] [--map field=column] [--default field=value]`);
    return 2;
  }
  const db = openDatabase(args.db);
  // A large import touches many pages at once: a 64 MiB page cache keeps the B-trees and the R*Tree in memory.
  db.pragma('cache_size = -65536');
  const workDir = join(tmpdir(), `gridmap-import-${process.pid}`);
  process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
  const source = await openSource(args.file, basename(args.file), workDir);
  const proposal = proposeMapping(args.layer, source.columns, source.hasGeometry);
  const mapping = { ...proposal.mapping, fields: { ...proposal.mapping.fields, ...args.map }, defaults: args.defaults };
  const crs = args.crs ?? source.crsHint ?? 'wgs84';
  const settings = { layer: args.layer, crs, mode: args.mode, mapping };
  const today = dayIn(timeZoneFrom());
  out(`${source.format} file, ${source.count ?? '?'} rows; ${args.layer} in ${crs}, mode ${args.mode}; columns: ${JSON.stringify(mapping.fields)}`);
  const progress = (done: number, total: number | null) => err(`  ${done}${total ? ` / ${total}` : ''} rows`);
  const writeReport = (r: ImportReport) => {
    if (args.report) writeFileSync(args.report, toCsv(['row', 'severity', 'code', 'field', 'path', 'ref', 'message'], r.issues.map((i) => [i.row, i.severity, i.code, i.field ?? null, i.path ?? null, i.ref ?? null, i.message])));
  };
  if (args.dryRun) {
    const report = validateImport(db, source, settings, { today, onProgress: progress });
    printReport(report);
    writeReport(report);
    db.close();
    return report.refused || (report.summary.refused > 0 && !args.validOnly) ? 1 : 0;
  }
  // One pass: the commit checks every row inside its transaction and rolls back on refusal.
  err('committing (one transaction)…');
  try {
    const result = commitImport(db, source, settings, {
      validOnly: args.validOnly, importId: `cli-${Date.now()}`, today, actor: { accountId: null, username: `cli:${userInfo().username}`, role: 'admin' }, fileName: basename(args.file), onProgress: progress,
    });
    printReport(result);
    writeReport(result);
    out(`imported: ${result.inserts} new, ${result.updates} updated, ${result.removals} removed; data version ${result.dataVersion}`);
    return 0;
  } catch (e) {
    if (!(e instanceof ImportRefused)) throw e;
    printReport(e.report);
    writeReport(e.report);
    err(e.report.refused ? 'import: the file is refused; nothing imported' : 'import: some rows are refused; nothing imported (use --valid-only to import the valid part)');
    return 1;
  } finally {
    if (db.open) db.close();
  }
}

main().then((code) => process.exit(code), (e: Error) => {
  err(`import failed, nothing imported: ${e.message}`);
  process.exit(1);
});
