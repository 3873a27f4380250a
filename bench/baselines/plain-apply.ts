/**
 * The baseline the planner's apply (`POST /api/planner/plans/:id/apply`) is measured against:
 * the same building → branch reassignments written with plain SQL in one `db.transaction`,
 * with the history the apply keeps (server/planner/grid-writes.ts, migration 008). For each
 * moved building, its current assignment period is closed into `building_assignment_history`
 * (from the later of its last history row's end and the building's `valid_from`, to `on`) and
 * `building.branch_id` is set; its residents organised in the branch it leaves (and not
 * transferred out or deceased) follow it, their periods closed into `member_branch_history`
 * from the end of their last one (or the beginning of records). A second change on the same
 * day replaces that day's state without a zero-length period, as the apply does.
 *
 * It is the floor: the rows any way of making this change must write, and nothing else. Left
 * out, because they are what the planner adds on top and what the benchmark prices:
 * - plan evaluation (folding the plan, rule findings, conflicts, the prepared base it needs);
 * - building cells and the recomputed grid polygons, codes and bounding boxes;
 * - the topology check of the touched communities before and after;
 * - plan status and revision, branch revisions, the audit entry, the data version bump and
 *   carrying the coverage model forward.
 * It handles moves between existing branches only (no new, dissolved or unassigned grids, no
 * members set by hand) and writes history rows with no plan id. It assumes `on` is not before
 * any touched period's start, which the apply checks and `firstApplyDay` guarantees.
 */
import * as turf from '@turf/turf';
import type { Database } from 'better-sqlite3';
import { BEGINNING } from '../../server/planner/grid-writes';
import type { PreparedBase } from '../../shared/planner/prepare';
import { addDays } from '../../shared/as-of/days';

/** One reassignment: these buildings go to existing branch `to`. */
export interface PlainMove {
  buildingIds: readonly number[];
  to: number;
}

/** What the plain transaction changed. */
export interface PlainApplyResult {
  /** Buildings whose branch changed (those already in `to` are left alone). */
  buildings: number;
  /** Members who followed their building. */
  members: number;
}

/** The residents who follow a building out of branch `from`: all but the transferred-out and deceased (the planner's STAYING). */
const FOLLOWERS = `m.building_id = @building AND m.branch_id = @from AND m.status NOT IN ('transferred_out', 'deceased')`;

/** Prepared statements for `plainApply` on `db`; prepare once, apply many times. */
export function plainApplier(db: Database): (moves: readonly PlainMove[], on: string) => PlainApplyResult {
  const q = {
    building: db.prepare(`SELECT b.branch_id AS branchId,
      coalesce((SELECT max(valid_to) FROM building_assignment_history WHERE building_id = b.id), b.valid_from) AS start
      FROM building b WHERE b.id = ?`),
    closeBuilding: db.prepare('INSERT INTO building_assignment_history (building_id, branch_id, valid_from, valid_to, plan_id) VALUES (?, ?, ?, ?, NULL)'),
    setBuilding: db.prepare('UPDATE building SET branch_id = ? WHERE id = ?'),
    closeMembers: db.prepare(`INSERT INTO member_branch_history (member_id, branch_id, valid_from, valid_to, plan_id)
      SELECT id, branch_id, start, @on, NULL FROM (
        SELECT m.id, m.branch_id, coalesce((SELECT max(valid_to) FROM member_branch_history h WHERE h.member_id = m.id), '${BEGINNING}') AS start
        FROM member m WHERE ${FOLLOWERS})
      WHERE start < @on`),
    setMembers: db.prepare(`UPDATE member AS m SET branch_id = @to WHERE ${FOLLOWERS}`),
  };
  return db.transaction((moves: readonly PlainMove[], on: string): PlainApplyResult => {
    const out: PlainApplyResult = { buildings: 0, members: 0 };
    for (const move of moves) {
      for (const building of move.buildingIds) {
        const now = q.building.get(building) as { branchId: number | null; start: string } | undefined;
        if (!now) throw new Error(`No building ${building}.`);
        if (now.branchId === move.to) continue;
        if (now.start < on) q.closeBuilding.run(building, now.branchId, now.start, on);
        q.setBuilding.run(move.to, building);
        out.buildings += 1;
        // Residents of an unassigned building keep their branch, as in the planner.
        if (now.branchId === null) continue;
        q.closeMembers.run({ building, from: now.branchId, on });
        out.members += q.setMembers.run({ building, from: now.branchId, to: move.to }).changes;
      }
    }
    return out;
  });
}

/** Applies `moves` from day `on` (YYYY-MM-DD) in one transaction; see the file comment. */
export function plainApply(db: Database, moves: readonly PlainMove[], on: string): PlainApplyResult {
  return plainApplier(db)(moves, on);
}

/** The change both sides of the apply benchmark make, and the moves that undo it. */
export interface BenchMoves {
  forward: PlainMove[];
  back: PlainMove[];
}

/**
 * About 200 buildings (at most `limit`): pairs of grids (A, B) of one community, community
 * after community; up to 20 of A's buildings nearest B's middle go to B (A keeps at least 5,
 * so none is dissolved). `back` returns each group to the grid it came from.
 */
export function benchMoves(db: Database, p: PreparedBase, limit = 200): BenchMoves {
  const centres = new Map((db.prepare('SELECT id, (min_lng + max_lng) / 2 AS x, (min_lat + max_lat) / 2 AS y FROM grid_branch WHERE valid_to IS NULL').all() as { id: number; x: number; y: number }[]).map((g) => [g.id, [g.x, g.y]]));
  const forward: PlainMove[] = [];
  const back: PlainMove[] = [];
  let total = 0;
  for (const [, branchIds] of p.branchesByCommunity) {
    for (let k = 0; k + 1 < branchIds.length && total < limit; k += 2) {
      const a = branchIds[k] as number;
      const b = branchIds[k + 1] as number;
      const centre = centres.get(b);
      const mine = p.base.buildings.filter((x) => x.branchId === a);
      const take = Math.min(20, mine.length - 5, limit - total);
      if (!centre || take <= 0) continue;
      const nearest = mine.sort((x, y) => turf.distance(x.at, centre) - turf.distance(y.at, centre)).slice(0, take).map((x) => x.id);
      forward.push({ buildingIds: nearest, to: b });
      back.push({ buildingIds: nearest, to: a });
      total += nearest.length;
    }
  }
  return { forward, back };
}

/**
 * The first day (YYYY-MM-DD) on which applies can take effect over any buildings of `db`: the
 * day after the latest start of a grid, a building or an assignment period, since an apply
 * cannot end a period before it began. The demo's dates move with the day it is generated
 * for (server/seed/shift.ts), so the benchmark cannot use fixed days.
 */
export function firstApplyDay(db: Database): string {
  const latest = db.prepare(`SELECT max(d) FROM (
      SELECT max(valid_from) AS d FROM grid_branch UNION ALL SELECT max(valid_from) FROM building
      UNION ALL SELECT max(valid_from) FROM building_assignment_history UNION ALL SELECT max(valid_from) FROM member_branch_history)`).pluck().get() as string | null;
  if (!latest) throw new Error('the database holds no grids or buildings; load the demo data first');
  return addDays(latest, 1);
}
