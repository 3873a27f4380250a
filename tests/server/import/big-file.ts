/**
 * Writes large synthetic building files for the kill test and the import benchmark: `n`
 * small square footprints on a lattice filling `box`, with Chinese attribute names, written
 * in pieces so that even a million features never sit in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Writes `n` buildings as a GeoJSON FeatureCollection to `path`; `box` is `[w, s, e, n]` in degrees. */
export function writeBuildingsGeoJson(path: string, n: number, box: readonly [number, number, number, number]): void {
  const [w, s, e, north] = box;
  const cols = Math.ceil(Math.sqrt((n * (e - w)) / (north - s)));
  const rows = Math.ceil(n / cols);
  const dx = (e - w) / cols;
  const dy = (north - s) / rows;
  const size = Math.min(dx, dy) * 0.6;
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[\n');
    let chunk: string[] = [];
    for (let i = 0; i < n; i++) {
      const x = w + (i % cols) * dx + dx * 0.2;
      const y = s + Math.floor(i / cols) * dy + dy * 0.2;
      const ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]].map(([a, b]) => `[${(a as number).toFixed(7)},${(b as number).toFixed(7)}]`).join(',');
      chunk.push(`{"type":"Feature","properties":{"地址":"压测路${i + 1}号","户数":${i % 40},"层数":${1 + (i % 20)}},"geometry":{"type":"Polygon","coordinates":[[${ring}]]}}`);
      if (chunk.length === 5000 || i === n - 1) {
        writeSync(fd, chunk.join(',\n') + (i === n - 1 ? '\n' : ',\n'));
        chunk = [];
      }
    }
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
}
