/**
 * Reads what the coverage engine needs (ids, counts, statuses and links; no geometry and
 * no personal data) for the current grid: current branches and buildings only. With `asOf`
 * (YYYY-MM-DD) the grid as it stood that day: its branches, buildings and assignments, and
 * members' branches, homes and statuses (server/planner/as-of-sql.ts); leads and liaisons as today.
 */
import type { Database } from 'better-sqlite3';
import type { CoverageInput } from '../../shared/coverage/types';
import { branchExistsOn, buildingBranchOn, buildingExistsOn, memberBranchOn, memberBuildingOn, memberStatusOn } from '../planner/as-of-sql';

export function coverageInputRepository(db: Database): { read(asOf?: string): CoverageInput } {
  const q = {
    communities: db.prepare('SELECT id, subdistrict_id AS subdistrictId FROM community ORDER BY id'),
    branches: db.prepare('SELECT id, community_id AS communityId FROM grid_branch WHERE valid_to IS NULL ORDER BY id'),
    neighbourhoods: db.prepare('SELECT id, community_id AS communityId FROM neighbourhood ORDER BY id'),
    buildings: db.prepare(`SELECT b.id, g.id AS branchId, b.neighbourhood_id AS neighbourhoodId, b.households, b.residents
      FROM building b LEFT JOIN grid_branch g ON g.id = b.branch_id AND g.valid_to IS NULL
      WHERE b.valid_to IS NULL AND b.status != 'demolished' ORDER BY b.id`),
    members: db.prepare(`SELECT id, status, membership, category, birth_year AS birthYear, branch_id AS branchId, building_id AS buildingId
      FROM member ORDER BY id`),
    leads: db.prepare('SELECT id, member_id AS memberId, building_id AS buildingId FROM household_lead ORDER BY id'),
    links: db.prepare('SELECT lead_id AS leadId, building_id AS buildingId, households FROM lead_link'),
    liaisons: db.prepare('SELECT member_id AS memberId, target_kind AS targetKind, target_id AS targetId FROM liaison ORDER BY id'),
  };
  const past = {
    branches: db.prepare(`SELECT id, community_id AS communityId FROM grid_branch g WHERE ${branchExistsOn('g')} ORDER BY id`),
    buildings: db.prepare(`SELECT b.id, g.id AS branchId, b.neighbourhood_id AS neighbourhoodId, b.households, b.residents
      FROM building b LEFT JOIN grid_branch g ON g.id = ${buildingBranchOn('b')} AND ${branchExistsOn('g')}
      WHERE ${buildingExistsOn('b')} ORDER BY b.id`),
    members: db.prepare(`SELECT id, ${memberStatusOn('m')} AS status, membership, category, birth_year AS birthYear,
        ${memberBranchOn('m')} AS branchId, ${memberBuildingOn('m')} AS buildingId
      FROM member m ORDER BY id`),
  };
  return {
    read(asOf?: string): CoverageInput {
      return db.transaction((): CoverageInput => {
        const leads = (q.leads.all() as { id: number; memberId: number; buildingId: number }[]).map((l) => ({ ...l, links: [] as { buildingId: number; households: number }[] }));
        const byId = new Map(leads.map((l) => [l.id, l]));
        for (const link of q.links.all() as { leadId: number; buildingId: number; households: number }[]) {
          byId.get(link.leadId)?.links.push({ buildingId: link.buildingId, households: link.households });
        }
        return {
          communities: q.communities.all() as CoverageInput['communities'],
          branches: (asOf ? past.branches.all({ asOf }) : q.branches.all()) as CoverageInput['branches'],
          neighbourhoods: q.neighbourhoods.all() as CoverageInput['neighbourhoods'],
          buildings: (asOf ? past.buildings.all({ asOf }) : q.buildings.all()) as CoverageInput['buildings'],
          members: (asOf ? past.members.all({ asOf }) : q.members.all()) as CoverageInput['members'],
          leads,
          liaisons: q.liaisons.all() as CoverageInput['liaisons'],
        };
      })();
    },
  };
}
