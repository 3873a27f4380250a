import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { coverageInputRepository } from '../../../server/repositories/coverage-input';
import { computeCoverage } from '../../../shared/coverage/engine';
import type { CoverageInput } from '../../../shared/coverage/types';
import { plainCoverage, readPlainGeometry, type PlainGeometry } from '../../../bench/baselines/plain-coverage';
import { demoDatabase } from '../demo-db';

let db: Database;
let input: CoverageInput;
let geometry: PlainGeometry;
beforeAll(() => {
  db = demoDatabase();
  input = coverageInputRepository(db).read();
  geometry = readPlainGeometry(db, input);
});

describe('the plain coverage loop (benchmark baseline)', () => {
  it('reads one footprint per engine building and every current grid', () => {
    expect(geometry.buildings.map((b) => b.id)).toEqual(input.buildings.map((b) => b.id));
    expect(geometry.grids.map((g) => g.id)).toEqual(input.branches.map((b) => b.id));
  });

  it.each([false, true])('counts the same households and reached households per grid as the engine (bbox pre-check %s)', (pre) => {
    const engine = computeCoverage(input, 2026);
    const plain = plainCoverage(geometry, input, pre);
    expect(plain.size).toBe(engine.branches.size);
    for (const [id, figures] of plain) {
      const u = engine.branches.get(id);
      expect([id, figures.households, figures.reached]).toEqual([id, u?.households, u?.reached]);
    }
    const reached = [...plain.values()].reduce((s, f) => s + f.reached, 0);
    expect(reached).toBeGreaterThan(0);
  });

  it('drops a liaison whose member is no longer active', () => {
    const liaison = input.liaisons.find((l) => l.targetKind === 'building');
    expect(liaison).toBeDefined();
    const before = plainCoverage(geometry, input, true);
    const members = input.members.map((m) => (m.id === liaison?.memberId ? { ...m, status: 'deceased' as const } : m));
    const after = plainCoverage(geometry, { ...input, members }, true);
    const total = (m: Map<number, { reached: number }>): number => [...m.values()].reduce((s, f) => s + f.reached, 0);
    expect(total(after)).toBeLessThanOrEqual(total(before));
    expect(total(after)).toBe([...computeCoverage({ ...input, members }, 2026).branches.values()].reduce((s, u) => s + u.reached, 0));
  });
});
