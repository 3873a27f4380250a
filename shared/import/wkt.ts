/**
 * Well-Known Text for the geometry column of CSV and XLSX files: read (POINT, LINESTRING,
 * POLYGON and their MULTI forms, with Z/M ordinates and an optional `SRID=…;` prefix) and
 * write (2-D, shortest exact decimal form, so a CSV round trip loses nothing).
 * Positions are `x y` = `lng lat`.
 */
import type { Geometry, Position } from 'geojson';

type Nested = Position | Nested[];

/** The geometry `text` describes, or an error message naming what is wrong. */
export function parseWkt(text: string): Geometry | { error: string } {
  const src = text.trim().replace(/^SRID=\d+;/i, '');
  const head = /^([A-Za-z]+)\s*(ZM|Z|M)?\s*/.exec(src);
  if (!head?.[1]) return { error: `"${src.slice(0, 30)}" is not WKT: it must start with a type such as POLYGON` };
  const type = head[1].toUpperCase();
  const body = src.slice(head[0].length).trim();
  const names: Record<string, Geometry['type']> = {
    POINT: 'Point', MULTIPOINT: 'MultiPoint', LINESTRING: 'LineString', MULTILINESTRING: 'MultiLineString', POLYGON: 'Polygon', MULTIPOLYGON: 'MultiPolygon',
  };
  const geoType = names[type];
  if (!geoType) return { error: `WKT type ${type} is not supported (use POINT, LINESTRING, POLYGON or their MULTI forms)` };
  if (/^EMPTY$/i.test(body)) return { error: `the ${type} is EMPTY` };
  let pos = 0;
  const parse = (): Nested => {
    if (body[pos] !== '(') {
      const m = /^[^,()]+/.exec(body.slice(pos));
      if (!m) throw new Error(`expected a position at character ${pos + 1}`);
      pos += m[0].length;
      const nums = m[0].trim().split(/\s+/).map(Number);
      if (nums.length < 2 || nums.some((n) => !Number.isFinite(n))) throw new Error(`"${m[0].trim()}" is not a position of numbers`);
      return nums;
    }
    pos += 1;
    const items: Nested[] = [];
    for (;;) {
      while (body[pos] === ' ') pos++;
      items.push(parse());
      while (body[pos] === ' ') pos++;
      if (body[pos] === ',') pos += 1;
      else if (body[pos] === ')') {
        pos += 1;
        return items;
      } else throw new Error(`expected "," or ")" at character ${pos + 1}`);
    }
  };
  try {
    let coords = parse();
    if (pos < body.length && body.slice(pos).trim() !== '') throw new Error(`unexpected text after the geometry: "${body.slice(pos, pos + 20)}"`);
    // POINT (1 2) parses as [[1, 2]]; MULTIPOINT ((1 2), (3 4)) or (1 2, 3 4) both become positions.
    if (geoType === 'Point') coords = (coords as Nested[])[0] as Nested;
    if (geoType === 'MultiPoint') coords = (coords as Nested[]).map((c) => (Array.isArray(c[0]) ? (c as Nested[])[0] as Nested : c));
    return { type: geoType, coordinates: coords } as Geometry;
  } catch (e) {
    return { error: `bad WKT: ${(e as Error).message}` };
  }
}

const pos2 = (p: Position): string => `${p[0]} ${p[1]}`;
const line = (l: Position[]): string => `(${l.map(pos2).join(', ')})`;
const poly = (rings: Position[][]): string => `(${rings.map(line).join(', ')})`;

/** WKT of `geometry` (2-D). GeometryCollections are written member by member. */
export function toWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT (${pos2(geometry.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${geometry.coordinates.map((p) => `(${pos2(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${line(geometry.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${geometry.coordinates.map(line).join(', ')})`;
    case 'Polygon':
      return `POLYGON ${poly(geometry.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${geometry.coordinates.map(poly).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${geometry.geometries.map(toWkt).join(', ')})`;
  }
}
