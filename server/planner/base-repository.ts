/**
 * Reads the planner base (shared/planner/types.ts `PlannerBase`) out of SQLite: the current
 * grid with branch revisions and locks, buildings with their community and point, and members
 * without personal data. One read transaction, so every part is of one data version.
 */
import type { Database } from 'better-sqlite3';
import type { AreaGeometry } from '../../shared/model';
import { geometryBBox } from '../../shared/geo/bbox';
import { pointInRing } from '../../shared/planner/points';
import type { BaseBranch, BaseBuilding, PlannerBase } from '../../shared/planner/types';

type BuildingRow = Omit<BaseBuilding, 'at'> & { x: number; y: number };
type BranchRow = Omit<BaseBranch, 'lock'> & { lockedBy: string | null; lockedAt: string | null; lockNote: string };

/** Whether `[lng, lat]` lies in an area (outer rings minus holes). */
export function pointInArea(pt: [number, number], area: AreaGeometry): boolean {
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polys.some((rings) => pointInRing(pt, rings[0] as [number, number][]) && !rings.slice(1).some((hole) => pointInRing(pt, hole as [number, number][])));
}

export function plannerBaseRepository(db: Database) {
  const q = {
    version: db.prepare('SELECT version FROM data_version WHERE id = 1').pluck(),
    communities: db.prepare('SELECT id, code, name, max_lat AS northLat FROM community ORDER BY id'),
    boundaries: db.prepare('SELECT id, boundary FROM community ORDER BY id'),
    branches: db.prepare(`SELECT g.id, g.community_id AS communityId, g.code, g.name, g.secretary_member_id AS secretaryMemberId,
        coalesce(s.revision, 0) AS revision, s.locked_by AS lockedBy, s.locked_at AS lockedAt, coalesce(s.lock_note, '') AS lockNote
      FROM grid_branch g LEFT JOIN planner_branch_state s ON s.branch_id = g.id
      WHERE g.valid_to IS NULL ORDER BY g.id`),
    neighbourhoods: db.prepare('SELECT id, community_id AS communityId, name FROM neighbourhood ORDER BY id'),
    buildings: db.prepare(`SELECT b.id, coalesce(n.community_id, g.community_id, c.community_id) AS communityId, b.neighbourhood_id AS neighbourhoodId,
        g.id AS branchId, b.address, b.households, b.residents, b.use,
        (b.min_lng + b.max_lng) / 2 AS x, (b.min_lat + b.max_lat) / 2 AS y
      FROM building b
        LEFT JOIN neighbourhood n ON n.id = b.neighbourhood_id
        LEFT JOIN grid_branch g ON g.id = b.branch_id AND g.valid_to IS NULL
        LEFT JOIN planner_cell c ON c.building_id = b.id
      WHERE b.valid_to IS NULL AND b.status != 'demolished' ORDER BY b.id`),
    members: db.prepare(`SELECT id, branch_id AS branchId, building_id AS buildingId, status, membership = 'full' AS full FROM member ORDER BY id`),
    leads: db.prepare('SELECT id, member_id AS memberId, building_id AS buildingId FROM household_lead ORDER BY id'),
    links: db.prepare('SELECT lead_id AS leadId, building_id AS buildingId, households FROM lead_link ORDER BY lead_id, building_id'),
    liaisons: db.prepare('SELECT member_id AS memberId, target_kind AS targetKind, target_id AS targetId FROM liaison ORDER BY id'),
  };

  /** The community whose boundary holds each point, for buildings nothing else places. */
  const placeByBoundary = (rows: BuildingRow[]): void => {
    const lost = rows.filter((r) => r.communityId === null);
    if (lost.length === 0) return;
    const areas = (q.boundaries.all() as { id: number; boundary: string }[]).map((r) => {
      const g = JSON.parse(r.boundary) as AreaGeometry;
      return { id: r.id, g, box: geometryBBox(g) };
    });
    for (const r of lost) {
      const hit = areas.find((a) => r.x >= a.box[0] && r.x <= a.box[2] && r.y >= a.box[1] && r.y <= a.box[3] && pointInArea([r.x, r.y], a.g));
      r.communityId = hit?.id ?? null;
    }
  };

  return {
    /** The whole base at the current data version. */
    read(): PlannerBase {
      return db.transaction((): PlannerBase => {
        const buildingRows = q.buildings.all() as BuildingRow[];
        placeByBoundary(buildingRows);
        const leads = (q.leads.all() as Omit<PlannerBase['leads'][number], 'links'>[]).map((l) => ({ ...l, links: [] as PlannerBase['leads'][number]['links'] }));
        const byId = new Map(leads.map((l) => [l.id, l]));
        for (const link of q.links.all() as { leadId: number; buildingId: number; households: number }[]) {
          byId.get(link.leadId)?.links.push({ buildingId: link.buildingId, households: link.households });
        }
        return {
          version: q.version.get() as number,
          communities: q.communities.all() as PlannerBase['communities'],
          branches: (q.branches.all() as BranchRow[]).map(({ lockedBy, lockedAt, lockNote, ...b }) => ({
            ...b, lock: lockedBy !== null && lockedAt !== null ? { by: lockedBy, at: lockedAt, note: lockNote } : null,
          })),
          neighbourhoods: q.neighbourhoods.all() as PlannerBase['neighbourhoods'],
          buildings: buildingRows.map(({ x, y, ...b }) => ({ ...b, at: [x, y] })),
          members: (q.members.all() as (Omit<PlannerBase['members'][number], 'full'> & { full: number })[]).map((m) => ({ ...m, full: m.full === 1 })),
          leads,
          liaisons: q.liaisons.all() as PlannerBase['liaisons'],
        };
      })();
    },
  };
}

export type PlannerBaseRepository = ReturnType<typeof plannerBaseRepository>;
