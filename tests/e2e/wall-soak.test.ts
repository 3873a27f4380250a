/**
 * The soak in short (what CI runs; the hour-long run is `npm run bench -- wall-soak`): the wall
 * touring every 3 s for 90 s while a change is written every 2 s, on the real server and the
 * real client in Chromium. Nothing logged, every change shown, heap and DOM flat; and the
 * verdict that decides the long run's exit code flags a growing heap or DOM, errors and
 * failed tiles.
 */
import { describe, expect, it } from 'vitest';
import { runWallSoak, slope, verdict, type SoakReport, type SoakSample } from '../../bench/wall-soak';
import { buildClientOnce } from './harness';

/** A report of `n` samples 30 s apart whose heap and DOM follow `heap(i)` and `dom(i)`. */
function report(n: number, heap: (i: number) => number, dom: (i: number) => number, extra: Partial<SoakReport> = {}): SoakReport {
  const samples: SoakSample[] = Array.from({ length: n }, (_, i) => ({ at: i * 30, heapMB: heap(i), domNodes: dom(i), listeners: 200, steps: i, changes: 2 * i, versionLag: 0 }));
  return {
    options: { minutes: (n * 30) / 60, scale: 'demo', intervalS: 8, changeEveryS: 4, sampleEveryS: 30, viewport: { width: 1920, height: 1080 }, paintRuns: 0 },
    firstPaint: [], mapIdle: [], samples, errors: [], mapErrors: 0, ...extra,
  };
}

describe('the soak verdict', () => {
  it('passes a heap and DOM that wobble around a level, after a warm-up climb', () => {
    const v = verdict(report(40, (i) => (i < 10 ? 8 + i / 2 : 13 + (i % 3) * 0.4), (i) => 417 + (i % 2) * 55));
    expect(v.flat).toBe(true);
    expect(v.passed).toBe(true);
    expect(Math.abs(v.heapMBPerHour)).toBeLessThan(1);
  });

  it('fails a heap that keeps growing, a DOM that keeps growing, errors and failed tiles', () => {
    expect(verdict(report(40, (i) => 12 + i * 0.2, () => 420)).passed).toBe(false);
    expect(verdict(report(40, () => 12, (i) => 420 + i * 5)).passed).toBe(false);
    expect(verdict(report(40, () => 12, () => 420, { errors: ['pageerror: boom'] })).passed).toBe(false);
    expect(verdict(report(40, () => 12, () => 420, { mapErrors: 1 })).passed).toBe(false);
  });

  it('reports the growth per hour as a least-squares slope', () => {
    expect(slope([[0, 1], [1, 3], [2, 5]])).toBeCloseTo(2, 9);
    expect(slope([[0, 4]])).toBe(0);
    expect(verdict(report(41, (i) => 10 + i * 0.01, () => 420)).heapMBPerHour).toBeCloseTo(0.01 * 120, 6);
  });
});

/**
 * Growth allowed in 90 s, last quarter's mean over the second's: wider than the long run's
 * (bench/wall-soak.ts), as the short run is still warming up (tiles cached, code compiled:
 * the heap climbs from 8 to 11 MB in its first minute) and a quarter is four samples. The DOM
 * moves by a tenth with what the tour step shows (alert rows, focus figures).
 */
const SHORT_TOLERANCE = { heap: 0.25, dom: 0.1 } as const;

describe('a short soak of the touring wall', () => {
  it('logs nothing, keeps up with every change and keeps its heap and DOM flat', async () => {
    await buildClientOnce();
    const r = await runWallSoak({ minutes: 1.5, scale: 'demo', intervalS: 3, changeEveryS: 2, sampleEveryS: 5, viewport: { width: 1920, height: 1080 }, paintRuns: 0 });
    expect(r.errors).toEqual([]);
    expect(r.mapErrors).toBe(0);
    // Every 5 s, a change every 2 s, a step every 3 s: less on a busy machine, but not much.
    expect(r.samples.length).toBeGreaterThanOrEqual(12);
    const last = r.samples.at(-1);
    expect(last?.changes).toBeGreaterThanOrEqual(30);
    expect(last?.steps).toBeGreaterThanOrEqual(15);
    // A change written just before the last sample may still be on its way.
    expect(last?.versionLag).toBeLessThanOrEqual(1);
    for (const s of r.samples) {
      expect(s.heapMB).toBeGreaterThan(1);
      expect(s.domNodes).toBeGreaterThan(100);
    }
    // The last quarter against the second (the first is warm-up), as the long run judges.
    const v = verdict(r);
    expect(v.heapGrowth, JSON.stringify(r.samples)).toBeLessThan(SHORT_TOLERANCE.heap);
    expect(v.domGrowth, JSON.stringify(r.samples)).toBeLessThan(SHORT_TOLERANCE.dom);
  }, 240_000);
});
