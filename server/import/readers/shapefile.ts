/**
 * A Shapefile from its parts on disk (.shp with .dbf, .prj and .cpg beside it; a .dbf alone
 * is a table without geometry, as GDAL writes for layers that have none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCrs, type SourceCrs } from '../../../shared/crs/systems';
import type { ImportIssue } from '../../../shared/import/report';
import type { SourceRecord } from '../../../shared/import/row';
import { dbfRecords, readDbfHeader } from './dbf';
import { shpGeometries, shpShapeType } from './shp';
import { fileNote, type ImportSource } from './source';

/** The system a .prj (ESRI WKT) declares, or an error message when it is one we cannot convert. */
export function prjCrs(wkt: string): SourceCrs | { error: string } {
  const t = wkt.toUpperCase();
  if (t.startsWith('PROJCS')) {
    const name = /^PROJCS\["([^"]+)"/.exec(wkt)?.[1] ?? 'a projected system';
    return { error: `the Shapefile is in projected coordinates (${name}); reproject it to longitude/latitude (EPSG:4326 or CGCS2000 EPSG:4490) first` };
  }
  if (/BEIJING|XIAN|XI_AN|1954|1980/.test(t)) return { error: 'the Shapefile uses the Beijing 1954 or Xi\'an 1980 datum; convert it to CGCS2000 (EPSG:4490) first' };
  if (/CGCS|CHINA_2000|CHINA_GEODETIC/.test(t)) return 'cgcs2000';
  if (/WGS_?1984|WGS84|WGS 84/.test(t)) return 'wgs84';
  const epsg = /AUTHORITY\["EPSG","(\d+)"\]\]\s*$/.exec(wkt)?.[1];
  return (epsg && parseCrs(`epsg:${epsg}`)) || { error: `the .prj names a coordinate system that is not recognised: ${wkt.slice(0, 80)}` };
}

/** Opens the Shapefile whose parts share the path `base` (without extension). */
export function openShapefile(base: string): ImportSource {
  const part = (ext: string): string | null => (existsSync(`${base}.${ext}`) ? `${base}.${ext}` : null);
  const shp = part('shp');
  const dbf = part('dbf');
  const notes: ImportIssue[] = [];
  if (!dbf) throw new Error('the Shapefile has no .dbf attribute table; zip the .shp, .shx, .dbf, .prj and .cpg files together');
  const prj = part('prj');
  const cpgPath = part('cpg');
  const header = readDbfHeader(dbf, cpgPath ? readFileSync(cpgPath, 'utf8') : null);
  if (header.encodingFrom === 'sniffed' && header.encoding !== 'utf-8') notes.push(fileNote('fixed', 'encoding', 'no .cpg file: the attributes were read as GBK, which is what they decode as'));
  let crsHint: SourceCrs | null = null;
  if (prj) {
    const c = prjCrs(readFileSync(prj, 'utf8'));
    if (typeof c === 'string') crsHint = c;
    else notes.push(fileNote('error', 'bad_file', c.error));
  } else if (shp) notes.push(fileNote('warning', 'bad_file', 'no .prj file: the coordinate system is what you choose (WGS-84 unless told otherwise)'));
  const shapeType = shp ? shpShapeType(shp) : 0;
  const hasGeometry = shp !== null && shapeType !== 0;
  return {
    format: 'shapefile',
    columns: header.fields.map((f) => f.name),
    hasGeometry,
    crsHint,
    notes,
    count: header.count,
    *records(): Generator<SourceRecord> {
      const shapes = hasGeometry && shp ? shpGeometries(shp) : null;
      let row = 0;
      try {
        for (const props of dbfRecords(dbf, header)) {
          row += 1;
          const shape = shapes ? shapes.next() : null;
          if (props === null) continue;
          yield { row, properties: props, geometry: shape && !shape.done ? shape.value : null };
        }
      } finally {
        shapes?.return(undefined);
      }
    },
  };
}
