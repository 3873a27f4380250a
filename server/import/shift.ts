/**
 * Warns before an import when a layer sits hundreds of metres off the data already there —
 * the usual sign of GCJ-02 (AMap, Tencent) or BD-09 (Baidu) coordinates taken for WGS-84.
 *
 * A sample of the file's features (their box centres, in the file's own coordinates) is
 * converted as each candidate system would convert it. Where the layer's table already has
 * features nearby, the median distance to the nearest existing feature decides; where it
 * has none, the share of the sample that falls inside the sub-district's communities does.
 * The chosen system is questioned only when another one fits clearly better.
 */
import * as turf from '@turf/turf';
import type { Database } from 'better-sqlite3';
import type { MultiPolygon, Polygon } from 'geojson';
import { metresBetween, toWgs84, type SourceCrs } from '../../shared/crs/systems';
import type { DataLayer } from '../../shared/import/layers';
import type { ImportIssue } from '../../shared/import/report';
import { LAYER_TABLE } from './resolve-common';

type Pt = [number, number];

/** Keeps a fixed-size, evenly spread sample of the points it is offered (reservoir sampling, seeded). */
export class PointSample {
  readonly points: Pt[] = [];
  private seen = 0;
  private seed = 12345;

  constructor(private readonly size = 400) {}

  offer(p: Pt): void {
    this.seen += 1;
    if (this.points.length < this.size) {
      this.points.push(p);
      return;
    }
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    const k = this.seed % this.seen;
    if (k < this.size) this.points[k] = p;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Infinity;
};

/** Median distance (m) from each point to the nearest anchor, through a 0.005° grid hash. */
function medianNearest(points: Pt[], anchors: Pt[]): number {
  const cell = 0.005;
  const grid = new Map<string, Pt[]>();
  for (const a of anchors) {
    const key = `${Math.floor(a[0] / cell)},${Math.floor(a[1] / cell)}`;
    (grid.get(key) ?? grid.set(key, []).get(key))?.push(a);
  }
  const far = 2000;
  return median(points.map((p) => {
    const cx = Math.floor(p[0] / cell);
    const cy = Math.floor(p[1] / cell);
    // Nearest by a flat approximation (cos of the latitude), measured properly once found.
    const k = Math.cos((p[1] * Math.PI) / 180) ** 2;
    let best: Pt | null = null;
    let bestD = Infinity;
    for (let dx = -2; dx <= 2; dx++) {
      for (let dy = -2; dy <= 2; dy++) {
        for (const a of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d = (a[0] - p[0]) ** 2 * k + (a[1] - p[1]) ** 2;
          if (d < bestD) [best, bestD] = [a, d];
        }
      }
    }
    return best ? Math.min(far, metresBetween(p, best)) : far;
  }));
}

/** A warning when the sample's centre lies more than 20 km from the sub-district. */
function farAway(db: Database, chosenPts: Pt[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  const sub = db.prepare('SELECT min_lng, min_lat, max_lng, max_lat FROM subdistrict').all() as { min_lng: number; min_lat: number; max_lng: number; max_lat: number }[];
  if (sub.length > 0) {
    const centre: Pt = [median(chosenPts.map((p) => p[0])), median(chosenPts.map((p) => p[1]))];
    const km = Math.min(...sub.map((s) => metresBetween(centre, [Math.min(Math.max(centre[0], s.min_lng), s.max_lng), Math.min(Math.max(centre[1], s.min_lat), s.max_lat)]))) / 1000;
    if (km > 20) out.push({ row: 0, severity: 'warning', code: 'far_away', message: `the features lie about ${Math.round(km)} km from the sub-district; is this the right file and coordinate system?` });
  }
  return out;
}

const CANDIDATES: SourceCrs[] = ['wgs84', 'gcj02', 'bd09'];
const LABEL: Record<SourceCrs, string> = { wgs84: 'WGS-84', cgcs2000: 'CGCS2000', gcj02: 'GCJ-02 (AMap, Tencent)', bd09: 'BD-09 (Baidu)' };

/** File-level warnings about where the sample lies; empty when it fits the chosen system. */
export function detectShift(db: Database, layer: DataLayer, chosen: SourceCrs, sample: readonly Pt[]): ImportIssue[] {
  if (sample.length === 0) return [];
  const out = farAway(db, sample.map(([x, y]) => toWgs84(chosen)(x, y)));
  if (sample.length < 3) return out;
  const base: SourceCrs = chosen === 'cgcs2000' ? 'wgs84' : chosen;
  const converted = new Map<SourceCrs, Pt[]>(CANDIDATES.map((c) => [c, sample.map(([x, y]) => toWgs84(c)(x, y))]));
  const chosenPts = converted.get(base) as Pt[];
  const all = [...converted.values()].flat();
  const box = { w: Math.min(...all.map((p) => p[0])) - 0.01, e: Math.max(...all.map((p) => p[0])) + 0.01, s: Math.min(...all.map((p) => p[1])) - 0.01, n: Math.max(...all.map((p) => p[1])) + 0.01 };

  const table = LAYER_TABLE[layer];
  const anchors = (table === 'household_lead'
    ? db.prepare('SELECT lng AS x, lat AS y FROM household_lead WHERE lng BETWEEN @w AND @e AND lat BETWEEN @s AND @n LIMIT 50000').all(box)
    : db.prepare(`SELECT (min_lng + max_lng) / 2 AS x, (min_lat + max_lat) / 2 AS y FROM ${table}_rtree
        WHERE max_lng >= @w AND min_lng <= @e AND max_lat >= @s AND min_lat <= @n LIMIT 50000`).all(box)) as { x: number; y: number }[];
  let scores: [SourceCrs, number][];
  let better: (best: number, mine: number) => boolean;
  let unit: (v: number) => string;
  if (anchors.length >= 3) {
    const pts = anchors.map((a) => [a.x, a.y] as Pt);
    scores = CANDIDATES.map((c) => [c, medianNearest(converted.get(c) as Pt[], pts)]);
    better = (best, mine) => best < mine / 3 && mine > 20;
    unit = (v) => `median ${v >= 2000 ? 'over 2 km' : `${v.toFixed(1)} m`} from the nearest existing feature`;
  } else {
    const areas = (db.prepare('SELECT boundary FROM community').pluck().all() as string[]).map((g) => JSON.parse(g) as Polygon | MultiPolygon);
    if (areas.length === 0) return out;
    const inside = (pts: Pt[]) => pts.filter((p) => areas.some((a) => turf.booleanPointInPolygon(p, a))).length / pts.length;
    scores = CANDIDATES.map((c) => [c, -inside(converted.get(c) as Pt[])]);
    better = (best, mine) => -best >= 0.6 && -best + mine >= 0.3;
    unit = (v) => `${Math.round(-v * 100)}% inside the sub-district's communities`;
  }
  const mine = scores.find(([c]) => c === base)?.[1] ?? Infinity;
  const [bestCrs, best] = [...scores].sort((a, b) => a[1] - b[1])[0] as [SourceCrs, number];
  if (bestCrs !== base && better(best, mine)) {
    const shiftM = median(chosenPts.map((p, i) => metresBetween(p, (converted.get(bestCrs) as Pt[])[i] as Pt)));
    out.push({
      row: 0, severity: 'warning', code: 'crs_shift', field: 'crs',
      message: `read as ${LABEL[chosen]} the features sit about ${Math.round(shiftM)} m off the data already here (${unit(mine)}); read as ${LABEL[bestCrs]} they fit (${unit(best)}). The file is probably in ${LABEL[bestCrs]}: import it with crs ${bestCrs}.`,
    });
  }
  return out;
}
