/**
 * The coordinate systems imports arrive in, and conversion of whole geometries to WGS-84.
 *
 * - `wgs84`: GPS, OpenStreetMap, most GIS exports (EPSG:4326).
 * - `cgcs2000`: China Geodetic Coordinate System 2000 (EPSG:4490), the national survey
 *   datum. It differs from WGS-84 by centimetres, well under what a grid map can show, so it
 *   is taken as WGS-84 (the usual practice) but remembered per feature.
 * - `gcj02`: AMap/高德, Tencent, Google China.
 * - `bd09`: Baidu.
 */
import type { Geometry, Position } from 'geojson';
import { bd09ToWgs84, wgs84ToBd09 } from './bd09';
import { gcj02ToWgs84, wgs84ToGcj02 } from './gcj02';

export const SOURCE_CRS = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;
export type SourceCrs = (typeof SOURCE_CRS)[number];

const ALIASES: Record<string, SourceCrs> = {
  wgs84: 'wgs84', 'wgs-84': 'wgs84', wgs: 'wgs84', 'epsg:4326': 'wgs84', '4326': 'wgs84', osm: 'wgs84', gps: 'wgs84',
  cgcs2000: 'cgcs2000', 'cgcs-2000': 'cgcs2000', 'epsg:4490': 'cgcs2000', '4490': 'cgcs2000', '国家2000': 'cgcs2000',
  gcj02: 'gcj02', 'gcj-02': 'gcj02', gcj: 'gcj02', amap: 'gcj02', gaode: 'gcj02', tencent: 'gcj02', qq: 'gcj02', '高德': 'gcj02', '火星': 'gcj02',
  bd09: 'bd09', 'bd-09': 'bd09', baidu: 'bd09', '百度': 'bd09',
};

/** The system a user or a file names (`GCJ-02`, `amap`, `EPSG:4490`, `百度`…), or null when unknown. */
export function parseCrs(text: string): SourceCrs | null {
  return ALIASES[text.trim().toLowerCase().replace(/\s+/g, '')] ?? null;
}

export type PositionTransform = (lng: number, lat: number) => [number, number];

const identity: PositionTransform = (lng, lat) => [lng, lat];

/** The function that takes a `[lng, lat]` in `crs` to WGS-84. */
export function toWgs84(crs: SourceCrs): PositionTransform {
  switch (crs) {
    case 'wgs84':
    case 'cgcs2000':
      return identity;
    case 'gcj02':
      return gcj02ToWgs84;
    case 'bd09':
      return bd09ToWgs84;
  }
}

/** The function that takes a WGS-84 `[lng, lat]` to `crs` (for tests and for the shift detector). */
export function fromWgs84(crs: SourceCrs): PositionTransform {
  switch (crs) {
    case 'wgs84':
    case 'cgcs2000':
      return identity;
    case 'gcj02':
      return wgs84ToGcj02;
    case 'bd09':
      return wgs84ToBd09;
  }
}

function mapPosition(p: Position, f: PositionTransform): Position {
  const [lng, lat] = f(p[0] ?? NaN, p[1] ?? NaN);
  return p.length > 2 ? [lng, lat, ...p.slice(2)] : [lng, lat];
}

/** A copy of `geometry` with every position passed through `f` (extra ordinates kept). */
export function transformGeometry<G extends Geometry>(geometry: G, f: PositionTransform): G {
  const g: Geometry = geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: mapPosition(g.coordinates, f) } as G;
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map((p) => mapPosition(p, f)) } as G;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((l) => l.map((p) => mapPosition(p, f))) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map((l) => l.map((p) => mapPosition(p, f)))) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((c) => transformGeometry(c, f)) } as G;
  }
}

/** Great-circle distance in metres between two `[lng, lat]` positions (haversine, mean radius 6,371,008.8 m). */
export function metresBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
