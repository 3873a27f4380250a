import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/open';
import { dataVersion } from '../../../server/db/version';
import { loadDataset } from '../../../server/seed/load';
import { coverageService } from '../../../server/services/coverage';
import { DEFAULT_RULES } from '../../../shared/rules/config';
import { tinyDataset } from '../fixtures/tiny-dataset';

function setup() {
  const db = openDatabase(':memory:');
  loadDataset(db, tinyDataset());
  const version = dataVersion(db);
  return { db, version, service: coverageService(db, version, DEFAULT_RULES, () => 2026) };
}

describe('coverage service', () => {
  it('recomputes after an unannounced write', () => {
    const { db, version, service } = setup();
    expect(service.current().result.branches.get(1)?.households).toBe(50);
    db.transaction(() => {
      db.prepare('UPDATE building SET households = 35 WHERE id = 1').run();
      version.bump();
    })();
    expect(service.current().result.branches.get(1)?.households).toBe(55);
    expect(service.fullRecomputes).toBe(2);
  });

  it('carries the model over a write that changes nothing it counts', () => {
    const { version, service } = setup();
    const before = service.current();
    const from = version.get();
    const to = version.bump();
    service.carryForward(from, to, { kind: 'unrelated' });
    expect(service.current()).toBe(before);
    expect(service.current().version).toBe(to);
    expect(service.fullRecomputes).toBe(1);
  });

  it('applies building moves incrementally, equal to a full recompute', () => {
    const { db, version, service } = setup();
    service.current();
    const from = version.get();
    const to = db.transaction(() => {
      db.prepare('UPDATE building SET branch_id = 1 WHERE id = 4').run();
      return version.bump();
    })();
    service.carryForward(from, to, { kind: 'moves', moves: [{ buildingId: 4, toBranchId: 1 }] });
    const carried = service.current();
    expect(service.fullRecomputes).toBe(1);
    const fresh = coverageService(db, version, DEFAULT_RULES, () => 2026).current();
    expect(carried.result.branches).toEqual(fresh.result.branches);
    expect(carried.result.communities).toEqual(fresh.result.communities);
    expect(carried.result.subdistricts).toEqual(fresh.result.subdistricts);
    expect(carried.result.neighbourhoods).toEqual(fresh.result.neighbourhoods);
    expect(carried.result.unassigned).toEqual(fresh.result.unassigned);
    expect(carried.result.buildings).toEqual(fresh.result.buildings);
    expect(carried.violations).toEqual(fresh.violations);
    expect(carried.directory.buildings.get(4)?.parentId).toBe(1);
  });

  it('ignores a stale announcement: the next read recomputes', () => {
    const { version, service } = setup();
    service.current();
    version.bump();
    const from = version.get();
    const to = version.bump();
    service.carryForward(from, to, { kind: 'unrelated' });
    service.current();
    expect(service.fullRecomputes).toBe(2);
  });
});

describe('coverage service topology', () => {
  it('rechecks a community whose grids changed, and only then', () => {
    const { db, version, service } = setup();
    expect(service.topology()).toEqual([]);
    // Grid 2 grows 0.001° north into grid 1: an overlap of about 0.01 × 0.001° ≈ 100,000 m².
    db.transaction(() => {
      const poly = { type: 'Polygon', coordinates: [[[120.3, 36.08], [120.31, 36.08], [120.31, 36.086], [120.3, 36.086], [120.3, 36.08]]] };
      db.prepare('UPDATE grid_branch SET polygon = ? WHERE id = 2').run(JSON.stringify(poly));
      version.bump();
    })();
    const found = service.topology();
    expect(found.map((v) => [v.rule, v.id, v.otherId])).toEqual([['grid_overlap', 1, 2]]);
    expect(found[0]?.areaM2).toBeGreaterThan(80_000);
    version.bump();
    expect(service.topology()).toEqual(found);
  });
});
