import { describe, expect, it } from 'vitest';
import { ageBand, computeCoverage, type UnitCoverage } from '../../../shared/coverage/engine';
import { moveBuildings } from '../../../shared/coverage/incremental';
import { toyInput } from './toy';

const YEAR = 2026;

describe('building reach and states (toy sub-district)', () => {
  const result = computeCoverage(toyInput(), YEAR);
  const b = (id: number) => result.buildings.get(id);

  it('counts lead links, capped at the building, and liaisons as whole buildings', () => {
    expect(b(1)).toMatchObject({ reached: 10, state: 'partly_covered', residentMembers: 1, leads: 1 });
    expect(b(2)).toMatchObject({ reached: 10, state: 'covered' });
    // Liaison for neighbourhood 103 reaches both its buildings whole.
    expect(b(4)).toMatchObject({ reached: 12, state: 'covered' });
    expect(b(5)).toMatchObject({ reached: 8, state: 'covered' });
    // Liaison for building 10 covers all 6 households, whatever the lead links add.
    expect(b(10)).toMatchObject({ reached: 6, state: 'covered' });
  });

  it('tells gaps from buildings where a member lives but reaches no one', () => {
    expect(b(3)?.state).toBe('gap');
    // Only a lost-contact member lives in 6 and his lead links do not count.
    expect(b(6)).toMatchObject({ reached: 0, residentMembers: 0, leads: 0, state: 'gap' });
    expect(b(7)).toMatchObject({ reached: 0, residentMembers: 1, state: 'resident_only' });
    expect(b(8)?.state).toBe('no_households');
  });
});

describe('a household-lead who moved away', () => {
  it('reaches nobody once their member no longer lives in the lead building (relocated, say)', () => {
    const input = toyInput();
    // Member 1, lead of building 1, moves to building 7 (as a relocation's destination would put them).
    const moved = input.members.map((m) => (m.id === 1 ? { ...m, buildingId: 7 } : m));
    const result = computeCoverage({ ...input, members: moved }, YEAR);
    expect(result.buildings.get(1)).toMatchObject({ reached: 0, leads: 0, residentMembers: 0, state: 'gap' });
    expect(result.buildings.get(2)).toMatchObject({ reached: 0, state: 'gap' });
    // Lead 2 (member 5, still at home in building 9) keeps reaching as before.
    expect(result.buildings.get(9)).toMatchObject({ reached: 10, leads: 1 });
  });

  it('reaches nobody when their member has no home in the sub-district (moved outside)', () => {
    const input = toyInput();
    const moved = input.members.map((m) => (m.id === 5 ? { ...m, buildingId: null } : m));
    const result = computeCoverage({ ...input, members: moved }, YEAR);
    expect(result.buildings.get(9)).toMatchObject({ reached: 0, leads: 0 });
    // Building 10 stays covered by its liaison.
    expect(result.buildings.get(10)).toMatchObject({ reached: 6, state: 'covered' });
  });
});

describe('roll-up', () => {
  const result = computeCoverage(toyInput(), YEAR);

  it('gives branch figures worked by hand', () => {
    // Branch 11: households 20+10+30 = 60, reached 10+10+0 = 20 → 1/3.
    expect(result.branches.get(11)).toMatchObject({ households: 60, reached: 20, coverage: 1 / 3, buildings: 3, gapBuildings: 1, partlyCoveredBuildings: 1, coveredBuildings: 1, members: 1, fullMembers: 1, leads: 1, gapNeighbourhoods: 1 });
    // Branch 21: 40+25+0 = 65 households, none reached; members: #4 active probationary (#3 lost).
    expect(result.branches.get(21)).toMatchObject({ households: 65, reached: 0, coverage: 0, members: 1, fullMembers: 0, gapNeighbourhoods: 1 });
    // Branch 22: 50+6 households; reached min(50,10) + 6 = 16.
    expect(result.branches.get(22)).toMatchObject({ households: 56, reached: 16, leads: 1 });
  });

  it('counts members by category and age band (ages at 2026)', () => {
    const s = result.subdistricts.get(1) as UnitCoverage;
    // Active members: 1 (in service, 36), 2 (retired, 76), 4 (self-employed, 46), 5 (retired, 86), 6 (retired, 64).
    expect(s.members).toBe(5);
    expect(s.byCategory).toMatchObject({ in_service: 1, retired: 3, self_employed: 1, floating: 0 });
    expect(s.byAgeBand).toEqual({ upTo35: 0, from36to45: 1, from46to59: 1, from60to69: 1, from70to79: 1, from80: 1 });
  });

  it('leaves unassigned buildings out of every total and lists them', () => {
    expect(result.unassigned).toEqual([11]);
    // Σ assigned households = 60 + 20 + 65 + 56 = 201 (building 11's 15 are not in it).
    expect(result.subdistricts.get(1)?.households).toBe(201);
  });

  it('marks neighbourhood gaps: no active resident and nobody reached', () => {
    const gaps = [...result.neighbourhoods.values()].filter((n) => n.gap).map((n) => n.id);
    // 102 (building 3, empty) and 201 (building 6, only a lost-contact member). 202 has member 4.
    expect(gaps).toEqual([102, 201]);
  });

  it('makes every level the exact sum of its children', () => {
    for (const [parentMap, childMap] of [[result.communities, result.branches], [result.subdistricts, result.communities]] as const) {
      for (const parent of parentMap.values()) {
        const kids = [...childMap.values()].filter((c) => c.parentId === parent.id);
        for (const key of ['households', 'reached', 'residents', 'buildings', 'members', 'fullMembers', 'leads', 'gapNeighbourhoods', 'gapBuildings'] as const) {
          expect(parent[key], key).toBe(kids.reduce((s, k) => s + k[key], 0));
        }
      }
    }
  });
});

describe('ageBand', () => {
  it.each([
    [1991, 'upTo35'], [1990, 'from36to45'], [1981, 'from36to45'], [1980, 'from46to59'],
    [1967, 'from46to59'], [1966, 'from60to69'], [1957, 'from60to69'], [1956, 'from70to79'], [1946, 'from80'],
  ])('born %i is in %s at 2026', (year, band) => {
    expect(ageBand(year, YEAR)).toBe(band);
  });
});

describe('moveBuildings (incremental)', () => {
  it('gives the same figures as a full recompute', () => {
    const input = toyInput();
    const inc = computeCoverage(input, YEAR);
    // Move the gap building 3 from branch 11 to 12, and building 7 out of any grid.
    const touched = moveBuildings(inc, [{ buildingId: 3, toBranchId: 12 }, { buildingId: 7, toBranchId: null }]);
    expect([...touched].sort()).toEqual([11, 12, 21]);
    for (const b of input.buildings) {
      if (b.id === 3) b.branchId = 12;
      if (b.id === 7) b.branchId = null;
    }
    const full = computeCoverage(input, YEAR);
    expect(inc.branches).toEqual(full.branches);
    expect(inc.communities).toEqual(full.communities);
    expect(inc.subdistricts).toEqual(full.subdistricts);
    expect(inc.unassigned).toEqual([7, 11]);
    expect(inc.neighbourhoods.get(102)?.homeBranchId).toBe(12);
  });

  it('refuses an unknown building or branch without changing anything', () => {
    const r = computeCoverage(toyInput(), YEAR);
    const before = structuredClone(r.branches);
    expect(() => moveBuildings(r, [{ buildingId: 1, toBranchId: 12 }, { buildingId: 999, toBranchId: 12 }])).toThrow(/Building 999/);
    expect(() => moveBuildings(r, [{ buildingId: 1, toBranchId: 99 }])).toThrow(/branch 99/);
    expect(r.branches).toEqual(before);
  });
});

describe('unit templates', () => {
  it('count every member category and age band, no more and no fewer', async () => {
    const { MEMBER_CATEGORIES } = await import('../../../shared/model');
    const { AGE_BANDS } = await import('../../../shared/coverage/types');
    const unit = computeCoverage(toyInput(), YEAR).branches.get(11);
    expect(Object.keys(unit?.byCategory ?? {}).sort()).toEqual([...MEMBER_CATEGORIES].sort());
    expect(Object.keys(unit?.byAgeBand ?? {}).sort()).toEqual([...AGE_BANDS].sort());
  });
});
