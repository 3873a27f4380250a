/**
 * The column-mapping step: which column of a file holds which field, recognised from header
 * names in Chinese or English (`姓名`, `联系电话`, `户数(户)`, `Address`…), and where the
 * geometry comes from in a table (longitude/latitude columns or a WKT column).
 */
import { normaliseToken } from './enums';
import { LAYER_FIELDS } from './fields';
import { LAYER_GEOMETRY, type DataLayer } from './layers';

/** Where a row's geometry is: the file's own (GeoJSON, Shapefile), two columns, one WKT column, or none. */
export type GeometrySource =
  | { kind: 'native' }
  | { kind: 'lnglat'; lng: string; lat: string }
  | { kind: 'wkt'; column: string }
  | { kind: 'none' };

export interface ColumnMapping {
  /** Field name → the column (header as written in the file) that holds it. */
  fields: Record<string, string>;
  /** Field name → a value for rows that leave it empty (e.g. `{ "education": "高中" }`). */
  defaults: Record<string, string>;
  geometry: GeometrySource;
}

export interface MappingProposal {
  mapping: ColumnMapping;
  /** Columns no field claimed: they are not imported (derived figures of an export, notes…). */
  ignored: string[];
  /** Required fields no column was found for; the user must map them or give a default. */
  missingRequired: string[];
}

const LNG_HEADERS = ['lng', 'lon', 'long', 'longitude', 'x', '经度', '东经', '坐标x', 'point_x'];
const LAT_HEADERS = ['lat', 'latitude', 'y', '纬度', '北纬', '坐标y', 'point_y'];
const WKT_HEADERS = ['wkt', 'geometry', 'geom', 'the_geom', 'shape', 'wkt_geom', '几何', '空间信息', '边界'];

/** A header stripped of notes in brackets (`户数（户）`, `姓名(必填)`) and normalised. */
export function normaliseHeader(header: string): string {
  return normaliseToken(header.replace(/[（(［[【][^）)］\]】]*[）)］\]】]/g, ''));
}

function findColumn(columns: readonly string[], names: readonly string[], taken: Set<string>): string | undefined {
  const wanted = new Set(names.map(normaliseToken));
  return columns.find((c) => !taken.has(c) && wanted.has(normaliseHeader(c)));
}

/**
 * Proposes a mapping of `columns` (the file's headers, in file order) to the fields of
 * `layer`. Exact header matches win; then a header containing a known name (`楼栋地址信息`
 * contains `地址`). `hasNativeGeometry` is true for GeoJSON and Shapefiles.
 */
export function proposeMapping(layer: DataLayer, columns: readonly string[], hasNativeGeometry: boolean): MappingProposal {
  const fields = LAYER_FIELDS[layer];
  const taken = new Set<string>();
  const mapped: Record<string, string> = {};
  const names = (f: (typeof fields)[number]) => [f.name, f.shp ?? f.name, ...f.headers].map(normaliseToken);

  let geometry: GeometrySource = { kind: 'none' };
  if (hasNativeGeometry) geometry = { kind: 'native' };
  else if (LAYER_GEOMETRY[layer] !== 'none') {
    const wkt = findColumn(columns, WKT_HEADERS, taken);
    const lng = findColumn(columns, LNG_HEADERS, taken);
    const lat = findColumn(columns, LAT_HEADERS, taken);
    if (wkt) {
      geometry = { kind: 'wkt', column: wkt };
      taken.add(wkt);
    } else if (lng && lat) {
      geometry = { kind: 'lnglat', lng, lat };
      taken.add(lng).add(lat);
    }
  }

  for (const f of fields) {
    const col = columns.find((c) => !taken.has(c) && names(f).includes(normaliseHeader(c)));
    if (col) {
      mapped[f.name] = col;
      taken.add(col);
    }
  }
  for (const f of fields) {
    if (mapped[f.name] || f.type === 'id') continue;
    const candidates = names(f).filter((n) => n.length >= 2);
    const col = columns.find((c) => !taken.has(c) && candidates.some((n) => normaliseHeader(c).includes(n)));
    if (col) {
      mapped[f.name] = col;
      taken.add(col);
    }
  }
  return {
    mapping: { fields: mapped, defaults: {}, geometry },
    ignored: columns.filter((c) => !taken.has(c)),
    missingRequired: fields.filter((f) => f.required && !mapped[f.name]).map((f) => f.name),
  };
}

/** Problems with a mapping the user sent: unknown fields, columns the file does not have. */
export function mappingProblems(layer: DataLayer, mapping: ColumnMapping, columns: readonly string[]): string[] {
  const known = new Set(LAYER_FIELDS[layer].map((f) => f.name));
  const have = new Set(columns);
  const out: string[] = [];
  for (const [field, column] of Object.entries(mapping.fields)) {
    if (!known.has(field)) out.push(`"${field}" is not a field of ${layer}; fields are: ${[...known].join(', ')}`);
    else if (!have.has(column)) out.push(`field "${field}" is mapped to column "${column}", which the file does not have`);
  }
  for (const field of Object.keys(mapping.defaults)) {
    if (!known.has(field)) out.push(`default given for "${field}", which is not a field of ${layer}`);
  }
  const g = mapping.geometry;
  const cols = g.kind === 'lnglat' ? [g.lng, g.lat] : g.kind === 'wkt' ? [g.column] : [];
  for (const c of cols) if (!have.has(c)) out.push(`the geometry column "${c}" is not in the file`);
  for (const f of LAYER_FIELDS[layer]) {
    if (f.required && !mapping.fields[f.name] && !mapping.defaults[f.name]) out.push(`required field "${f.name}" has no column and no default`);
  }
  return out;
}
