/**
 * Keeps the coverage model in step with the database. The engine's figures, the unit
 * directory and the rule findings are computed once per data version and reused by every
 * request, layer and tile until the next write bumps the version, so two views of the same
 * version can never disagree. Grid topology (turf polygon overlay, the slow part) is
 * computed on first demand per version.
 */
import type { Database } from 'better-sqlite3';
import { computeCoverage, type CoverageResult } from '../../shared/coverage/engine';
import { moveBuildings, type BuildingMove } from '../../shared/coverage/incremental';
import { checkRules, type Violation } from '../../shared/rules/check';
import { topologyMemo, type TopologyMemo } from './topology-memo';
import type { RuleConfig } from '../../shared/rules/config';
import type { AreaGeometry, BBox } from '../../shared/model';
import type { DataVersion } from '../db/version';
import { coverageInputRepository } from '../repositories/coverage-input';
import { unitRepository, type TopologyRows, type UnitDirectory } from '../repositories/units';

export interface CoverageSnapshot {
  version: number;
  /** The year ages were counted at: a new year means a recompute even with no write. */
  year: number;
  result: CoverageResult;
  directory: UnitDirectory;
  /** Rule findings that need no geometry. */
  violations: Violation[];
}

/**
 * What a committed write changed, for carrying the model forward without a full recompute:
 * `unrelated` (contacts, verifications: nothing coverage counts) or `moves` (buildings moved
 * between grids, applied incrementally). Any other write simply bumps the version and the
 * next read recomputes in full.
 */
export type CoverageChange =
  | { kind: 'unrelated' }
  /** `branchBoxes`: new boxes of grids whose polygons the moves redrew (the planner's apply). */
  | { kind: 'moves'; moves: BuildingMove[]; branchBoxes?: { id: number; bbox: BBox }[] };

export interface CoverageService {
  rules: RuleConfig;
  /** The model for the current data version (recomputed after a write). */
  current(): CoverageSnapshot;
  /** Grid overlaps, gaps and grids outside their community, for the current version. */
  topology(): Violation[];
  /** The model of the grid as it stood on `asOf` (YYYY-MM-DD; see server/planner/as-of-sql.ts). */
  at(asOf: string): CoverageSnapshot;
  /** The topology findings of the grid as it stood on `asOf`. */
  topologyAt(asOf: string): Violation[];
  /**
   * Tells the service that the write which moved the version from `from` to `to` made
   * `change`. If the model is at `from` it is carried to `to` cheaply; otherwise nothing
   * happens and the next read recomputes.
   */
  carryForward(from: number, to: number, change: CoverageChange): void;
  /** How many full recomputes have run (for tests and benchmarks). */
  readonly fullRecomputes: number;
  /** Topology findings by community geometry, shared with the planner's apply. */
  readonly topologyMemo: TopologyMemo;
}

export function coverageService(db: Database, version: DataVersion, rules: RuleConfig, year: () => number = () => new Date().getFullYear()): CoverageService {
  const inputs = coverageInputRepository(db);
  const units = unitRepository(db);
  let snapshot: CoverageSnapshot | null = null;
  let topology: { version: number; violations: Violation[] } | null = null;
  /** Findings per community, keyed by its boundary and grids' stored text: polygon overlay
   * (the slow part) reruns only for communities whose geometry changed. */
  const memo = topologyMemo(rules.topologyToleranceM2);
  /** Models of past days, for the current version only; a handful is plenty. */
  const past = new Map<string, CoverageSnapshot>();
  const pastTopology = new Map<string, { version: number; violations: Violation[] }>();
  const PAST_KEPT = 8;
  let fullRecomputes = 0;

  const findings = (result: CoverageResult, directory: UnitDirectory): Violation[] =>
    checkRules(
      {
        coverage: result,
        branches: [...directory.branches.values()].map((b) => ({ id: b.id, hasSecretary: b.hasSecretary })),
        leads: [...directory.leads.values()].map((l) => ({ id: l.id, linkedHouseholds: l.linkedHouseholds })),
        communityLevels: [...directory.communities.values()].map((c) => ({ id: c.id, level: c.partyOrgLevel })),
      },
      rules,
    );

  /** Keeps at most PAST_KEPT entries, dropping the oldest. */
  const remember = <T>(map: Map<string, T>, key: string, value: T): void => {
    map.delete(key);
    map.set(key, value);
    for (const k of map.keys()) if (map.size > PAST_KEPT) map.delete(k);
  };

  /**
   * Findings of every community, reusing the memo where the stored geometry is unchanged.
   * `current` keeps the answers (and drops communities that are gone); past days do not.
   */
  const topologyOf = (rows: TopologyRows, current = true): Violation[] => {
    const violations: Violation[] = [];
    const seen = new Set<number>();
    for (const c of [...rows.communities].sort((a, b) => a.id - b.id)) {
      seen.add(c.id);
      const grids = rows.grids.filter((g) => g.communityId === c.id);
      violations.push(...memo.findings({ id: c.id, boundary: c.boundary, grids }, current));
    }
    if (current) memo.keepOnly(seen);
    return violations;
  };

  return {
    rules,
    topologyMemo: memo,
    get fullRecomputes() {
      return fullRecomputes;
    },
    current() {
      const v = version.get();
      const y = year();
      if (snapshot?.version === v && snapshot.year === y) return snapshot;
      fullRecomputes += 1;
      const result = computeCoverage(inputs.read(), y);
      const directory = units.directory();
      snapshot = { version: v, year: y, result, directory, violations: findings(result, directory) };
      return snapshot;
    },
    carryForward(from, to, change) {
      if (!snapshot || snapshot.version !== from) return;
      if (change.kind === 'moves') {
        moveBuildings(snapshot.result, change.moves);
        for (const m of change.moves) {
          const b = snapshot.directory.buildings.get(m.buildingId);
          if (b) b.parentId = m.toBranchId;
        }
        for (const { id, bbox } of change.branchBoxes ?? []) {
          const branch = snapshot.directory.branches.get(id);
          if (branch) branch.bbox = bbox;
        }
        snapshot.violations = findings(snapshot.result, snapshot.directory);
      }
      snapshot.version = to;
    },
    topology() {
      const v = version.get();
      if (topology?.version === v) return topology.violations;
      topology = { version: v, violations: topologyOf(units.topologyRows()) };
      return topology.violations;
    },
    at(asOf) {
      const v = version.get();
      const y = year();
      const hit = past.get(asOf);
      if (hit?.version === v && hit.year === y) return hit;
      // Ages as they were that year.
      const result = computeCoverage(inputs.read(asOf), Math.min(y, Number(asOf.slice(0, 4))));
      const directory = units.directory(asOf);
      const snap = { version: v, year: y, result, directory, violations: findings(result, directory) };
      remember(past, asOf, snap);
      return snap;
    },
    topologyAt(asOf) {
      const v = version.get();
      const hit = pastTopology.get(asOf);
      if (hit?.version === v) return hit.violations;
      const violations = topologyOf(units.topologyRows(asOf), false);
      remember(pastTopology, asOf, { version: v, violations });
      return violations;
    },
  };
}
