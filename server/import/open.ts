/**
 * Recognises an uploaded file and opens it with the right reader: by its first bytes (a ZIP
 * archive, JSON) and its name. A ZIP holding a Shapefile is unpacked into the job's work
 * directory; a ZIP holding one GeoJSON or CSV file is unpacked and read as that.
 */
import { mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { openCsv } from './readers/csv';
import { readRange } from './readers/file-blocks';
import { openGeoJson } from './readers/geojson';
import { openShapefile } from './readers/shapefile';
import { fileNote, type ImportSource } from './readers/source';
import { openXlsx } from './readers/xlsx';
import { extractZipEntry, readZipEntries } from './zip';

async function openZip(path: string, workDir: string): Promise<ImportSource> {
  const entries = (await readZipEntries(path)).filter((e) => !e.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(e.name));
  if (entries.some((e) => e.name === 'xl/workbook.xml')) return openXlsx(path, workDir);
  const byExt = (ext: string) => entries.filter((e) => extname(e.name).toLowerCase() === ext).sort((a, b) => a.name.localeCompare(b.name));
  const tables = byExt('.shp').length ? byExt('.shp') : byExt('.dbf');
  if (tables[0]) {
    const stem = tables[0].name.slice(0, -4);
    const parts = entries.filter((e) => e.name.slice(0, -4).toLowerCase() === stem.toLowerCase() && e.name.length === stem.length + 4);
    for (const e of parts) await extractZipEntry(path, e, join(workDir, `layer${extname(e.name).toLowerCase()}`));
    const source = await openShapefile(join(workDir, 'layer'));
    if (tables.length > 1) {
      source.notes.push(fileNote('warning', 'bad_container', `the archive holds ${tables.length} layers; read ${basename(tables[0].name)} (zip one layer per file to choose)`));
    }
    return source;
  }
  const single = [...byExt('.geojson'), ...byExt('.json'), ...byExt('.csv')][0];
  if (single) {
    const dest = join(workDir, `inner${extname(single.name).toLowerCase()}`);
    await extractZipEntry(path, single, dest);
    return extname(dest) === '.csv' ? openCsv(dest) : openGeoJson(dest);
  }
  throw new Error(`the ZIP archive holds no Shapefile, workbook, GeoJSON or CSV (it has: ${entries.slice(0, 8).map((e) => e.name).join(', ')})`);
}

/**
 * Opens the file at `path` (uploaded as `fileName`). `workDir` receives unpacked parts.
 * Throws an Error whose message says what the file is not, when no reader can take it.
 */
export async function openSource(path: string, fileName: string, workDir: string): Promise<ImportSource> {
  mkdirSync(workDir, { recursive: true });
  const head = readRange(path, 0, 512);
  const ext = extname(fileName).toLowerCase();
  if (head.length < 4) throw new Error('the file is empty or too short to be data');
  if (head.readUInt32LE(0) === 0x04034b50 || head.readUInt32LE(0) === 0x06054b50) return openZip(path, workDir);
  if (ext === '.shp' || ext === '.dbf') return openShapefile(path.slice(0, -4));
  if (ext === '.zip') throw new Error('the .zip file is not a ZIP archive (damaged or cut short?); zip the Shapefile\'s .shp, .shx, .dbf, .prj and .cpg together again');
  if (ext === '.xlsx') throw new Error('the .xlsx file is not a ZIP archive; save it again from Excel');
  if (ext === '.xls') throw new Error('old Excel .xls files cannot be read; save the sheet as .xlsx or .csv');
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (ext === '.geojson' || ext === '.json' || text.startsWith('{') || text.startsWith('[')) return openGeoJson(path);
  return openCsv(path);
}
